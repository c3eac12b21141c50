package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// batch runs "hr14 batch" with the given files (name → content) written to
// a temporary directory; an argument naming one of the files is replaced by
// its path.
func batch(t *testing.T, files map[string][]byte, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), content, 0o644))
	}
	full := []string{"batch"}
	for _, a := range args {
		if _, ok := files[a]; ok || strings.HasSuffix(a, ".out") {
			a = filepath.Join(dir, a)
		}
		full = append(full, a)
	}
	var out, errb bytes.Buffer
	code = run(context.Background(), full, strings.NewReader(""), &out, &errb)
	return code, out.String(), strings.ReplaceAll(errb.String(), dir+string(filepath.Separator), "")
}

// runJob runs a batchJob on in-memory files with a small chunk size, so that
// chunk boundaries fall everywhere.
func runJob(t *testing.T, emp, abs []byte, windows bool, workers, block int) ([]byte, error) {
	t.Helper()
	var out, errb bytes.Buffer
	j := &batchJob{absName: "absences.csv", empName: "employees.csv", abs: bytes.NewReader(abs), emp: bytes.NewReader(emp),
		pol: triggers.HR14(), windows: windows, workers: workers, block: block, out: &out, log: &batchLog{w: &errb}}
	err := j.run(context.Background())
	return out.Bytes(), err
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "batch", name))
	require.NoError(t, err)
	return b
}

// TestBatchWindowsEdge: the windows report of the bench's hand-made edge
// set (month-end clamping, leap days, a Saturday start, part days of exactly
// and just under half a shift, an episode across the window start, 27 and
// 28 days, days12 exactly 10 × FTE, an employee with no absences, one whose
// only record is ignored) is byte for byte the hand-computed expected.csv,
// which the SQL baseline and the Python reference also reproduce.
func TestBatchWindowsEdge(t *testing.T) {
	files := map[string][]byte{"employees.csv": readTestdata(t, "edge/employees.csv"), "absences.csv": readTestdata(t, "edge/absences.csv")}
	code, out, errs := batch(t, files, "--report", "windows", "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, string(readTestdata(t, "edge/expected.csv")), out)
}

// TestGeneratorMatchesBench: the Go port of the bench generator writes the
// bench's 10k data set byte for byte (the input checksums of its README).
func TestGeneratorMatchesBench(t *testing.T) {
	emp, abs, attrs := workforceAttrs(t, 10000, 42)
	assert.Equal(t, benchSums["small"].employees, sum(emp))
	assert.Equal(t, benchSums["small"].absences, sum(abs))
	assert.Equal(t, smallAttributesSum, sum(attrs), "attributes.csv of the bench's generator, -n 10000 -seed 42 -attributes")
}

// smallAttributesSum is the sha256 of attributes.csv as the bench's
// generator writes it with -n 10000 -seed 42 -attributes.
const smallAttributesSum = "b73f63caaed01514bcfdbfd16cdae0e799da54a7fd39dd495e04ff5f1922934c"

// TestWindowsSmallMatchesSQL: the windows report of the bench's 10k set
// (seed 42, 133,530 absence rows) has the SQL baseline's sha256, whatever the
// number of workers and the chunk size.
func TestWindowsSmallMatchesSQL(t *testing.T) {
	emp, abs := workforce(t, 10000, 42)
	code, out, errs := batch(t, map[string][]byte{"e.csv": emp, "a.csv": abs}, "--report", "windows", "--employees", "e.csv", "--absences", "a.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, benchSums["small"].windows, sum([]byte(out)))
	for _, c := range []struct{ workers, block int }{{1, 1 << 20}, {3, 4096}, {5, 300}} {
		got, err := runJob(t, emp, abs, true, c.workers, c.block)
		require.NoError(t, err)
		assert.Equal(t, benchSums["small"].windows, sum(got), "workers %d, block %d", c.workers, c.block)
	}
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// TestBatchTimelineEqualsMonitor: the timeline report of a generated
// workforce is, employee by employee, the timeline of triggers.Monitor built
// from the same rows read independently (encoding/csv, absence.ParseDate,
// decimal), for any number of workers and chunk size.
func TestBatchTimelineEqualsMonitor(t *testing.T) {
	emp, abs := workforce(t, 1500, 7)
	want := referenceTimeline(t, emp, abs)
	code, out, errs := batch(t, map[string][]byte{"e.csv": emp, "a.csv": abs}, "--employees", "e.csv", "--absences", "a.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, want, out)
	for _, c := range []struct{ workers, block int }{{1, 1 << 20}, {4, 1000}} {
		got, err := runJob(t, emp, abs, false, c.workers, c.block)
		require.NoError(t, err)
		assert.Equal(t, want, string(got), "workers %d, block %d", c.workers, c.block)
	}
}

// referenceTimeline evaluates each employee with the library alone.
func referenceTimeline(t *testing.T, emp, abs []byte) string {
	t.Helper()
	emps := map[string]absence.Employee{}
	var order []string
	for _, row := range readCSV(t, emp) {
		w, err := absence.ParseWeekMask(row[2], decimal.RequireFromString("7.5"))
		require.NoError(t, err)
		emps[row[0]] = absence.Employee{ID: row[0], FTE: decimal.RequireFromString(row[1]), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: w}
		order = append(order, row[0])
	}
	recs := map[string][]absence.Record{}
	reasons := map[string]absence.Reason{"COLD_FLU": absence.Infection, "GI": absence.Infection, "MSK": absence.Musculoskeletal,
		"STRESS": absence.Stress, "SURGERY": absence.SurgeryPlanned, "OTHER": absence.Other}
	for _, row := range readCSV(t, abs) {
		p, err := absence.ParsePeriod(row[1] + "/" + row[2])
		require.NoError(t, err)
		r := absence.Record{Period: p, Reason: reasons[row[3]]}
		if row[4] != "" {
			r.PartDay = &absence.PartDay{Worked: decimal.RequireFromString(row[4]), Shift: decimal.RequireFromString(row[5])}
		}
		recs[row[0]] = append(recs[row[0]], r)
	}
	var b strings.Builder
	b.WriteString(timelineHeader)
	for _, id := range order {
		if len(recs[id]) == 0 {
			continue
		}
		h, err := absence.NewHistory(emps[id], recs[id], absence.HR14())
		require.NoError(t, err)
		m, err := triggers.New(h, triggers.HR14())
		require.NoError(t, err)
		for _, a := range m.Timeline() {
			ev := a.Evidence
			fmt.Fprintf(&b, "%s,%s,%s,%s,%s,%d,%d,%s\n", id, a.Trigger, a.Date, ev.Window.Start, ev.Window.End,
				ev.Episodes, ev.WorkingDays, ev.Threshold.Value)
		}
	}
	return b.String()
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	require.NoError(t, err)
	return rows[1:]
}

// TestWindowsAgreesWithEvaluate cross-checks the windows report with the
// trigger engine: on generated data (a worked day always separates two
// records, so the bench's episodes are HR14's, except a record with no
// scheduled day, which HR14 does not count as an episode: §4.4, ABS-2), for
// every counted episode starting on D, Monitor.Evaluate(D) finds the same
// episodes (less the records with no scheduled day in the window) and
// working days in the TRIG-1 … TRIG-4 windows, "triggered" is TRIG-1 … TRIG-4
// active on D or long (where no such record is in the 12 months), and "long"
// is TRIG-5 active on D or the episode itself being 28 days or more (the
// report knows its whole length in advance).
func TestWindowsAgreesWithEvaluate(t *testing.T) {
	emp, abs := workforce(t, 600, 11)
	code, out, errs := batch(t, map[string][]byte{"e.csv": emp, "a.csv": abs}, "--report", "windows", "--employees", "e.csv", "--absences", "a.csv")
	require.Equal(t, exitOK, code, errs)
	rows := readCSV(t, []byte(out))
	monitors := map[string]*triggers.Monitor{}
	lengths := map[string]int{} // "id,start" → calendar days of the episode
	emps := map[string]absence.Employee{}
	for _, row := range readCSV(t, emp) {
		w, err := absence.ParseWeekMask(row[2], decimal.RequireFromString("7.5"))
		require.NoError(t, err)
		emps[row[0]] = absence.Employee{ID: row[0], FTE: decimal.RequireFromString(row[1]), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: w}
	}
	recs := map[string][]absence.Record{}
	noShift := map[string][]absence.Period{} // records with no scheduled day: no episode in HR14
	for _, row := range readCSV(t, abs) {
		p, err := absence.ParsePeriod(row[1] + "/" + row[2])
		require.NoError(t, err)
		r := absence.Record{Period: p, Reason: absence.Other}
		if row[4] != "" {
			r.PartDay = &absence.PartDay{Worked: decimal.RequireFromString(row[4]), Shift: decimal.RequireFromString(row[5])}
		}
		recs[row[0]] = append(recs[row[0]], r)
		lengths[row[0]+","+row[1]] = p.Days()
		if emps[row[0]].Schedule.ScheduledDays(p) == 0 {
			noShift[row[0]] = append(noShift[row[0]], p)
		}
	}
	// notEpisodes returns how many of id's records with no scheduled day
	// have a day in the window of the months ending on d.
	notEpisodes := func(id string, d absence.Date, months int) int {
		w, n := absence.RollingWindow(d, months), 0
		for _, p := range noShift[id] {
			if p.Overlaps(w) {
				n++
			}
		}
		return n
	}
	sawNoShift := false
	for id, rs := range recs {
		h, err := absence.NewHistory(emps[id], rs, absence.HR14())
		require.NoError(t, err)
		monitors[id], err = triggers.New(h, triggers.HR14())
		require.NoError(t, err)
	}
	require.NotEmpty(t, rows)
	for _, row := range rows {
		m := monitors[row[0]]
		st, err := m.Evaluate(dateOf(t, row[1]))
		require.NoError(t, err)
		c := func(tr triggers.Trigger) triggers.Check { ch, _ := st.Check(tr); return ch }
		where := strings.Join(row, ",")
		d := dateOf(t, row[1])
		n6, n12 := notEpisodes(row[0], d, 6), notEpisodes(row[0], d, 12)
		sawNoShift = sawNoShift || n12 > 0
		assert.Equal(t, row[2], strconv.Itoa(c(triggers.TRIG1).Evidence.Episodes+n6), "episodes6: %s", where)
		assert.Equal(t, row[3], strconv.Itoa(c(triggers.TRIG2).Evidence.WorkingDays), "days6: %s", where)
		assert.Equal(t, row[4], strconv.Itoa(c(triggers.TRIG3).Evidence.Episodes+n12), "episodes12: %s", where)
		assert.Equal(t, row[5], strconv.Itoa(c(triggers.TRIG4).Evidence.WorkingDays), "days12: %s", where)
		long := c(triggers.TRIG5).Active || lengths[row[0]+","+row[1]] >= 28
		assert.Equal(t, row[6] == "1", long, "long: %s", where)
		if n12 == 0 {
			active := c(triggers.TRIG1).Active || c(triggers.TRIG2).Active || c(triggers.TRIG3).Active || c(triggers.TRIG4).Active
			assert.Equal(t, row[7] == "1", active || long, "triggered: %s", where)
		}
	}
	assert.True(t, sawNoShift, "the generated data has records with no scheduled day")
}

func dateOf(t *testing.T, s string) absence.Date {
	t.Helper()
	d, err := absence.ParseDate(s)
	require.NoError(t, err)
	return d
}

const (
	empHead = "employee_id,fte,pattern\n"
	absHead = "employee_id,start_date,end_date,reason,hours_worked,shift_hours\n"
)

// TestBatchBadInput: a bad row stops the run with exit status 1 and its file,
// line and employee; with --skip-invalid the row is skipped, the others are
// evaluated, and the count and the row are reported. Input out of order always
// stops the run. Messages never repeat free text (a misplaced diagnosis).
func TestBatchBadInput(t *testing.T) {
	emps := empHead + "1,1.00,MTWTF..\n2,0.50,M.W.F..\n3,1.00,MTWTF..\n"
	good1 := "1,2024-01-08,2024-01-09,COLD_FLU,,\n1,2024-02-05,2024-02-05,GI,,\n"
	good3 := "3,2024-03-04,2024-03-04,MSK,,\n3,2024-04-01,2024-04-01,MSK,,\n"
	for _, c := range []struct {
		name      string
		emp, abs  string
		want      string // in the error (and, skipping, in the report)
		wantSkip  string // in the error with --skip-invalid, if not want
		unsorted  bool   // fatal even with --skip-invalid
		skipped   int    // rows skipped with --skip-invalid
		employees string // the employees with output rows when skipping
	}{
		{name: "bad date", abs: good1 + "2,2024-02-30,2024-03-01,GI,,\n" + good3,
			want: `absences.csv:4: employee 2: start_date: not a valid date (YYYY-MM-DD) "2024-02-30"`, skipped: 1, employees: "1,3"},
		{name: "reversed", abs: good1 + "2,2024-03-05,2024-03-01,GI,,\n" + good3,
			want: "absences.csv:4: employee 2: end_date: 2024-03-01 is before start_date 2024-03-05", skipped: 1, employees: "1,3"},
		{name: "fields", abs: good1 + "2,2024-03-05,2024-03-06,GI\n" + good3,
			want: "absences.csv:4: 6 fields expected, found 4", skipped: 1, employees: "1,3"},
		{name: "free-text reason", abs: good1 + "2,2024-03-04,2024-03-04,depression after bereavement,,\n" + good3,
			want: "absences.csv:4: employee 2: reason: not one of COLD_FLU, GI, MSK, STRESS, SURGERY, OTHER", skipped: 1, employees: "1,3"},
		{name: "text in a date", abs: good1 + "2,chest pains,2024-03-04,GI,,\n" + good3,
			want: "absences.csv:4: employee 2: start_date: not a valid date (YYYY-MM-DD)\n", skipped: 1, employees: "1,3"},
		{name: "bad id", abs: good1 + "x2,2024-03-04,2024-03-04,GI,,\n" + good3,
			want: "absences.csv:4: employee_id: not a positive integer without leading zeros", skipped: 1, employees: "1,3"},
		{name: "hours", abs: good1 + "2,2024-03-04,2024-03-04,GI,8,7.5\n" + good3,
			want: "absences.csv:4: employee 2: hours_worked: must be less than shift_hours", skipped: 1, employees: "1,3"},
		{name: "one hour given", abs: good1 + "2,2024-03-04,2024-03-04,GI,3,\n" + good3,
			want: "absences.csv:4: employee 2: hours_worked: hours_worked and shift_hours must both be given", skipped: 1, employees: "1,3"},
		{name: "long part day", abs: good1 + "2,2024-03-04,2024-03-05,GI,3,7.5\n" + good3,
			want: "absences.csv:4: employee 2: end_date: a part day (hours given) must start and end on the same day", skipped: 1, employees: "1,3"},
		{name: "overlap", abs: good1 + "2,2024-03-04,2024-03-08,GI,,\n2,2024-03-06,2024-03-06,GI,,\n" + good3,
			want: "absences.csv:5: employee 2: start_date: overlaps the record on line 4 (2024-03-04 to 2024-03-08); records must not overlap (ABS-2)", skipped: 1, employees: "1,2,3"},
		{name: "unknown employee", abs: good1 + "2,2024-03-04,2024-03-04,GI,,\n4,2024-03-04,2024-03-04,GI,,\n4,2024-05-06,2024-05-06,GI,,\n",
			want: "absences.csv:5: employee 4: employee_id: not in employees.csv", skipped: 2, employees: "1,2"},
		{name: "bad employee row", emp: empHead + "1,1.00,MTWTF..\n2,1.50,M.W.F..\n3,1.00,MTWTF..\n", abs: good1 + "2,2024-03-04,2024-03-04,GI,,\n" + good3,
			want: "employees.csv:3: employee 2: fte: not a number more than 0 and at most 1 \"1.50\"", skipped: 2, employees: "1,3"},
		{name: "bad pattern", emp: empHead + "1,1.00,MTWTF..\n2,1.00,.......\n3,1.00,MTWTF..\n", abs: good1 + "2,2024-03-04,2024-03-04,GI,,\n" + good3,
			want: "employees.csv:3: employee 2: pattern: not 7 characters", skipped: 2, employees: "1,3"},
		{name: "header", abs: "id,start,end\n" + good1, want: "absences.csv:1: header expected: " + strings.TrimSpace(absHead), unsorted: true},
		{name: "unsorted employees", abs: good3 + good1, want: "absences.csv:4: employee 1: employee_id 1 comes after 3: the file must be sorted by employee_id", unsorted: true},
		{name: "unsorted dates", abs: "1,2024-02-05,2024-02-05,GI,,\n1,2024-01-08,2024-01-09,COLD_FLU,,\n",
			want: "absences.csv:3: employee 1: start_date: 2024-01-08 is before the previous record's 2024-02-05 (line 2)", unsorted: true},
		{name: "split employee", abs: good1 + good3 + "1,2024-06-03,2024-06-03,GI,,\n", want: "absences.csv:6: employee 1: employee_id 1 comes after 3", unsorted: true},
		{name: "employees file unsorted", emp: empHead + "2,1.00,MTWTF..\n1,1.00,MTWTF..\n", abs: good1,
			want:     "absences.csv:2: employee 1: employee_id: not in employees.csv before employee_id 2 (line 2); both files must be sorted by employee_id",
			wantSkip: "employees.csv:3: employee 1: employee_id 1 comes after 2", unsorted: true},
		{name: "employee twice", emp: empHead + "1,1.00,MTWTF..\n1,1.00,MTWTF..\n", abs: good1,
			want: "employees.csv:3: employee 1: employee_id 1 appears twice", unsorted: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			emp := c.emp
			if emp == "" {
				emp = emps
			}
			abs := c.abs
			if !strings.HasPrefix(abs, "id,") {
				abs = absHead + abs
			}
			files := map[string][]byte{"employees.csv": []byte(emp), "absences.csv": []byte(abs)}
			for _, report := range []string{"timeline", "windows"} {
				code, _, errs := batch(t, files, "--report", report, "--employees", "employees.csv", "--absences", "absences.csv")
				assert.Equal(t, exitFail, code, report)
				assert.Contains(t, errs, c.want, report)
				assert.NotContains(t, errs, "bereavement")
				assert.NotContains(t, errs, "chest")

				code, out, errs := batch(t, files, "--report", report, "--skip-invalid", "--employees", "employees.csv", "--absences", "absences.csv")
				if c.unsorted {
					want := c.want
					if c.wantSkip != "" {
						want = c.wantSkip
					}
					assert.Equal(t, exitFail, code, report)
					assert.Contains(t, errs, want, report)
					continue
				}
				require.Equal(t, exitOK, code, "%s: %s", report, errs)
				assert.Contains(t, errs, "skipped: "+c.want, report)
				assert.Contains(t, errs, fmt.Sprintf("hr14 batch: %d rows skipped", c.skipped), report)
				if report == "windows" { // one row per episode: every employee with one is there
					assert.Equal(t, c.employees, employeesIn(out), report)
				}
			}
		})
	}
}

// employeesIn lists the employees with rows in a report, as "1,3".
func employeesIn(report string) string {
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(report), "\n")[1:] {
		id, _, _ := strings.Cut(line, ",")
		if len(ids) == 0 || ids[len(ids)-1] != id {
			ids = append(ids, id)
		}
	}
	return strings.Join(ids, ",")
}

// TestBatchRefusedHistory: a row the CSV checks accept but HR14 refuses (a
// part day on a day with no scheduled shift, ABS-3) stops the timeline
// report at its line; with --skip-invalid the employee is left out and
// reported. The windows report follows the bench, which does not check this.
func TestBatchRefusedHistory(t *testing.T) {
	files := map[string][]byte{
		"employees.csv": []byte(empHead + "1,1.00,MTWTF..\n2,1.00,MTWTF..\n"),
		"absences.csv": []byte(absHead + "1,2024-01-08,2024-01-08,GI,,\n1,2024-01-13,2024-01-13,GI,2,7.5\n" +
			"2,2024-01-08,2024-01-09,GI,,\n2,2024-01-15,2024-01-15,GI,,\n"),
	}
	code, _, errs := batch(t, files, "--employees", "employees.csv", "--absences", "absences.csv")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "absences.csv:3: employee 1: absence: record 2 PartDay: part-day sickness on a day with no scheduled shift: 2024-01-13")

	code, out, errs := batch(t, files, "--skip-invalid", "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "(the employee's 2 rows are skipped)")
	assert.Contains(t, errs, "hr14 batch: 2 rows skipped")
	assert.Equal(t, "2", employeesIn(out))

	code, out, errs = batch(t, files, "--report", "windows", "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "1,2", employeesIn(out))
}

// TestBatchSkippedList: --skipped lists every skipped row in a file; without
// it stderr shows the first 20 and the count.
func TestBatchSkippedList(t *testing.T) {
	abs := absHead
	for i := range 30 {
		abs += fmt.Sprintf("1,2024-01-%02d,2024-01-%02d,FLU,,\n", i+1, i+1)
	}
	files := map[string][]byte{"employees.csv": []byte(empHead + "1,1.00,MTWTF..\n"), "absences.csv": []byte(abs)}
	code, _, errs := batch(t, files, "--skip-invalid", "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, maxShown, strings.Count(errs, "skipped: "))
	assert.Contains(t, errs, "hr14 batch: 30 rows skipped (the first are listed above; --skipped FILE lists them all)")

	dir := t.TempDir()
	list := filepath.Join(dir, "skipped.txt")
	code, _, errs = batch(t, files, "--skip-invalid", "--skipped", list, "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	b, err := os.ReadFile(list)
	require.NoError(t, err)
	assert.Equal(t, 30, strings.Count(string(b), "\n"))
	assert.Contains(t, string(b), "absences.csv:31: employee 1: reason:")
	assert.Contains(t, errs, "hr14 batch: 30 rows skipped (listed in "+list+")")
}

// TestBatchOut: --out replaces the file only when the run succeeds.
func TestBatchOut(t *testing.T) {
	good := map[string][]byte{"employees.csv": []byte(empHead + "1,1.00,MTWTF..\n"), "absences.csv": []byte(absHead + "1,2024-01-08,2024-01-08,GI,,\n")}
	dir := t.TempDir()
	out := filepath.Join(dir, "report.csv")
	code, stdout, errs := batch(t, good, "--report", "windows", "--out", out, "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, stdout)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, "employee_id,episode_start,episodes6,days6,episodes12,days12,long,triggered\n1,2024-01-08,1,1,1,1,0,0\n", string(b))

	bad := map[string][]byte{"employees.csv": good["employees.csv"], "absences.csv": []byte(absHead + "1,2024-01-08,2024-01-08,GI,,\n1,x,,,,\n")}
	code, _, _ = batch(t, bad, "--report", "windows", "--out", out, "--employees", "employees.csv", "--absences", "absences.csv")
	assert.Equal(t, exitFail, code)
	b2, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, b, b2, "a failed run left the old report")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file left")
}

// TestBatchAsOf: --as-of sees no day after the date: the timeline is
// Monitor.TimelineTo, and the windows report cuts records there.
func TestBatchAsOf(t *testing.T) {
	files := map[string][]byte{
		"employees.csv": []byte(empHead + "1,1.00,MTWTF..\n"),
		"absences.csv":  []byte(absHead + "1,2024-01-08,2024-01-08,GI,,\n1,2024-02-05,2024-03-29,STRESS,,\n1,2024-05-06,2024-05-06,GI,,\n"),
	}
	code, out, errs := batch(t, files, "--as-of", "2024-02-20", "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, timelineHeader+
		"1,TRIG-1,2024-02-05,2023-08-06,2024-02-05,2,2,2\n"+
		"1,TRIG-2,2024-02-15,2023-08-16,2024-02-15,2,10,10\n"+ // 1 day in January, the 9th working day from 5 February
		"1,TRIG-4,2024-02-15,2023-02-16,2024-02-15,2,10,10\n", out)

	code, out, errs = batch(t, files, "--report", "windows", "--as-of", "2024-02-20", "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "employee_id,episode_start,episodes6,days6,episodes12,days12,long,triggered\n"+
		"1,2024-01-08,1,1,1,1,0,0\n1,2024-02-05,2,2,2,2,0,1\n", out, "the second episode is cut at the as-of date: 16 days, not long")
}

// TestBatchPolicy: --policy reads a triggers.Policy in JSON, fields left out
// keeping the HR14 values; the windows report takes its numbers from it.
func TestBatchPolicy(t *testing.T) {
	files := map[string][]byte{
		"employees.csv": []byte(empHead + "1,1.00,MTWTF..\n"),
		"absences.csv":  []byte(absHead + "1,2024-01-08,2024-01-08,GI,,\n1,2024-02-05,2024-02-05,GI,,\n"),
		"policy.json":   []byte(`{"trig1": {"months": 3, "episodes": 3}}`),
	}
	code, out, errs := batch(t, files, "--report", "windows", "--policy", "policy.json", "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "employee_id,episode_start,episodes3,days6,episodes12,days12,long,triggered\n"+
		"1,2024-01-08,1,1,1,1,0,0\n1,2024-02-05,2,2,2,2,0,0\n", out)

	for _, c := range []struct{ policy, want string }{
		{`{"trig1": {"months": 0}}`, "invalid trigger policy"},
		{`{"trig9": {}}`, `unknown field "trig9"`},
		{`{"proRata": "hours"}`, "pro rata by hours needs shift lengths"},
	} {
		files["policy.json"] = []byte(c.policy)
		code, _, errs := batch(t, files, "--policy", "policy.json", "--employees", "employees.csv", "--absences", "absences.csv")
		assert.Equal(t, exitFail, code, c.policy)
		assert.Contains(t, errs, c.want, c.policy)
	}
}

// TestBatchUsage: a wrong command line is exit status 2.
func TestBatchUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--employees", "e.csv"},
		{"--employees", "e.csv", "--absences", "a.csv", "--report", "weekly"},
		{"--employees", "e.csv", "--absences", "a.csv", "--as-of", "2024-02-30"},
		{"--employees", "e.csv", "--absences", "a.csv", "--skipped", "s.txt"},
		{"--employees", "e.csv", "--absences", "a.csv", "extra"},
		{"--frobnicate"},
	} {
		code, _, _ := batch(t, nil, args...)
		assert.Equal(t, exitUsage, code, "%q", args)
	}
	code, _, errs := batch(t, nil, "--employees", "missing.csv", "--absences", "missing.csv")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "no such file")
	code, _, errs = batch(t, nil, "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, errs, "Usage: hr14 batch")
}

// TestBatchStdin: --absences - reads the absences from standard input.
func TestBatchStdin(t *testing.T) {
	dir := t.TempDir()
	emp := filepath.Join(dir, "e.csv")
	require.NoError(t, os.WriteFile(emp, []byte(empHead+"1,1.00,MTWTF..\n"), 0o644))
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"batch", "--report", "windows", "--employees", emp, "--absences", "-"},
		strings.NewReader(absHead+"1,2024-01-08,2024-01-08,GI,,\r\n1,x\r\n"), &out, &errb)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errb.String(), "stdin:3: 6 fields expected, found 2")
}

// TestBatchCPUProfile: --cpuprofile writes a CPU profile of the run (gzipped
// protobuf, as pprof and go build -pgo read it), and the report is the same.
func TestBatchCPUProfile(t *testing.T) {
	files := map[string][]byte{"employees.csv": []byte(empHead + "1,1.00,MTWTF..\n"), "absences.csv": []byte(absHead + "1,2024-01-08,2024-01-08,GI,,\n")}
	prof := filepath.Join(t.TempDir(), "cpu.pprof")
	code, stdout, errs := batch(t, files, "--report", "windows", "--cpuprofile", prof, "--employees", "employees.csv", "--absences", "absences.csv")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "employee_id,episode_start,episodes6,days6,episodes12,days12,long,triggered\n1,2024-01-08,1,1,1,1,0,0\n", stdout)
	b, err := os.ReadFile(prof)
	require.NoError(t, err)
	require.Greater(t, len(b), 2)
	assert.Equal(t, []byte{0x1f, 0x8b}, b[:2], "a gzipped profile")

	code, _, errs = batch(t, files, "--cpuprofile", filepath.Join(t.TempDir(), "no", "such", "dir"), "--employees", "employees.csv", "--absences", "absences.csv")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "no such file or directory")
}
