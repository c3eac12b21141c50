package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The boundary cases of issue 15 through the command: each is refused with
// a clear error at its line and field, or (open-ended) evaluated, and no
// error quotes text typed into a code or date field.
func TestEvaluate_BoundaryCases(t *testing.T) {
	nurse, err := os.ReadFile(wardNurse)
	require.NoError(t, err)
	const period = "period: 2026-06-08/2026-06-19"
	edit := func(old, new string) string {
		require.Contains(t, string(nurse), old)
		return strings.Replace(string(nurse), old, new, 1)
	}
	// pos gives the position of the first "key: value" line old in the
	// sample case, of its value or of its key, as the decoder reports it
	// (line:column, counted from 1), so that the sample case can grow
	// without these expectations changing.
	pos := func(old string, value bool) string {
		require.Contains(t, string(nurse), old)
		i := strings.Index(string(nurse), old)
		if value {
			i += strings.Index(old, ": ") + 2
		}
		line := strings.Count(string(nurse[:i]), "\n") + 1
		col := i - strings.LastIndex(string(nurse[:i]), "\n")
		return fmt.Sprintf("stdin:%d:%d", line, col)
	}
	at := func(old string) string { return pos(old, true) }     // a value the decoder refuses
	atKey := func(old string) string { return pos(old, false) } // a number the library refuses
	// An absence still running: no end date, and so no return yet.
	open := strings.Replace(edit(period, "period: 2026-06-08/.."), "    returned: 2026-06-22\n", "", 1)
	for _, c := range []struct{ name, in, want string }{
		{"9999-12-31, the HR systems' no end date", edit(period, "period: 2026-06-08/9999-12-31"),
			at(period) + `: absence 3, period: 9999-12-31, the "no end date" of some HR systems, is not read as one: for an absence still running, write its first day and "/.." (e.g. 2026-06-08/..)`},
		{"a year typed 0001", edit(period, "period: 0001-06-08/2026-06-19"),
			at(period) + ": absence 3, period: date outside the years 1900 to 2200: 0001-06-08\n"},
		{"health text in a code field", edit("reason: stress", `reason: "miscarriage at 12 weeks"`),
			at("reason: stress") + `: absence 3, reason: not one of the codes: use "musculoskeletal", "mental-health", "stress", `},
		{"health text in a date field", edit("returned: 2026-06-22", "returned: chemo at Christie last week"),
			at("returned: 2026-06-22") + ": absence 3, returned: not a valid calendar date; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)\n"},
		{"an absurd number of hours", edit("standardDayHours: 7.5", "standardDayHours: 1"+strings.Repeat("0", 400)),
			atKey("standardDayHours: 7.5") + ": employee.standardDayHours: hours must be more than 0 and at most 24\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, args := range [][]string{{"evaluate", "-"}, {"evaluate", "--json", "-"}} {
				var out, errb strings.Builder
				code := run(context.Background(), args, strings.NewReader(c.in), &out, &errb)
				assert.Equal(t, exitFail, code)
				assert.Empty(t, out.String(), "nothing on standard output")
				assert.Contains(t, errb.String(), c.want)
				for _, leak := range []string{"miscarriage", "chemo", "viral gastroenteritis", "00000000000000000000"} {
					assert.NotContains(t, errb.String(), leak)
				}
			}
		})
	}
	t.Run("open-ended absence", func(t *testing.T) {
		var out, errb strings.Builder
		code := run(context.Background(), []string{"evaluate", "--json", "-"}, strings.NewReader(open), &out, &errb)
		require.Equal(t, exitOK, code, errb.String())
		var r struct {
			Notes    []string
			Episodes []struct{ Period string }
		}
		require.NoError(t, json.Unmarshal([]byte(out.String()), &r), "the JSON is complete")
		assert.Contains(t, r.Notes, "record A3 has no end date yet: it is evaluated up to the as-of date, 2026-06-22")
		assert.Equal(t, "2026-06-08/2026-06-22", r.Episodes[len(r.Episodes)-1].Period)
		out.Reset()
		code = run(context.Background(), []string{"evaluate", "--as-of", "2026-07-01", "-"}, strings.NewReader(open), &out, &errb)
		require.Equal(t, exitOK, code, errb.String())
		assert.Contains(t, out.String(), "evaluated up to the as-of date, 2026-07-01")
	})
}

// "hr14 test" counts its files in good English.
func TestTest_SummaryPlurals(t *testing.T) {
	for s, want := range map[summary]string{
		{passed: 1}:                       "1 passed, 0 failed",
		{passed: 2, failed: 1, errors: 1}: "2 passed, 1 failed, 1 file with errors",
		{errors: 3}:                       "0 passed, 0 failed, 3 files with errors",
		{}:                                "no scenario matched",
	} {
		assert.Equal(t, want, s.String())
	}
}

// hr14 batch writes nothing before the rows it writes are validated: a bad
// row in the first chunk leaves the output empty (not even the header), a
// bad row later leaves only the whole chunks before it, and the report
// file is not created at all.
func TestBatch_NothingBeforeValidation(t *testing.T) {
	emps := empHead + "1,1.00,MTWTF..\n2,1.00,MTWTF..\n3,1.00,MTWTF..\n"
	for _, bad := range []string{"2,2024-02-30,2024-03-01,GI,,\n", "2,2024-06-03,9999-12-31,GI,,\n", "2,0001-06-03,2024-06-03,GI,,\n", "2,2024-06-03,2024-06-03,broke my wrist,,\n"} {
		files := map[string][]byte{"employees.csv": []byte(emps), "absences.csv": []byte(absHead + bad + "3,2024-03-04,2024-03-04,MSK,,\n")}
		for _, report := range []string{"timeline", "windows"} {
			code, out, errs := batch(t, files, "--report", report, "--employees", "employees.csv", "--absences", "absences.csv")
			assert.Equal(t, exitFail, code, errs)
			assert.Empty(t, out, "%s %s: output before validation", report, bad)
			assert.Contains(t, errs, "absences.csv:2: employee 2: ")
			assert.NotContains(t, errs, "wrist")
		}
		dir := t.TempDir()
		for name, b := range files {
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
		}
		outFile := filepath.Join(dir, "report.csv")
		code := run(context.Background(), []string{"batch", "--out", outFile, "--employees", filepath.Join(dir, "employees.csv"), "--absences", filepath.Join(dir, "absences.csv")}, strings.NewReader(""), &strings.Builder{}, &strings.Builder{})
		assert.Equal(t, exitFail, code)
		assert.NoFileExists(t, outFile)
	}
	// Later chunks: the whole chunks before the bad one, with the header.
	var many, manyEmps strings.Builder
	manyEmps.WriteString(empHead)
	many.WriteString(absHead)
	for id := 1; id <= 40; id++ {
		fmt.Fprintf(&manyEmps, "%d,1.00,MTWTF..\n", id)
		fmt.Fprintf(&many, "%d,2024-01-08,2024-01-09,COLD_FLU,,\n%d,2024-02-05,2024-02-05,GI,,\n", id, id)
	}
	many.WriteString("40,2024-02-30,2024-03-01,GI,,\n")
	out, err := runJob(t, []byte(manyEmps.String()), []byte(many.String()), true, 2, 40)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(string(out), "employee_id,episode_start,"), "%q", out)
	assert.Contains(t, string(out), "\n1,2024-01-08,")
	assert.NotContains(t, string(out), "\n40,", "nothing of the chunk with the bad row")
	// No rows at all: the header alone.
	out, err = runJob(t, []byte(empHead), []byte(absHead), false, 2, 40)
	require.NoError(t, err)
	assert.Equal(t, timelineHeader, string(out))
}
