package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The independent computation the comparison, equality and trends reports
// are checked against: the CSV files read with encoding/csv, every employee
// evaluated by the explained path (absence.NewHistory, triggers.New and
// Monitor.Timeline), and the figures counted here from the episodes and
// activations, by other code than the reports'.

// refEmployee is one employee as the reference reads them.
type refEmployee struct {
	id     string
	emp    absence.Employee
	recs   []absence.Record
	codes  []string          // the reason code of each record
	attrs  map[string]string // attribute name → value
	sched  absence.WeeklyPattern
	fteDec decimal.Decimal
}

func refWorkforce(t *testing.T, emp, abs, attrs []byte) []*refEmployee {
	t.Helper()
	var out []*refEmployee
	byID := map[string]*refEmployee{}
	h75 := decimal.RequireFromString("7.5")
	for _, row := range readCSV(t, emp) {
		w, err := absence.ParseWeekMask(row[2], h75)
		require.NoError(t, err)
		e := &refEmployee{id: row[0], sched: w, fteDec: decimal.RequireFromString(row[1]), attrs: map[string]string{}}
		e.emp = absence.Employee{ID: row[0], FTE: e.fteDec, StandardDayHours: h75, Schedule: w}
		out = append(out, e)
		byID[row[0]] = e
	}
	reasons := map[string]absence.Reason{"COLD_FLU": absence.Infection, "GI": absence.Infection, "MSK": absence.Musculoskeletal,
		"STRESS": absence.Stress, "SURGERY": absence.SurgeryPlanned, "OTHER": absence.Other}
	for _, row := range readCSV(t, abs) {
		p, err := absence.ParsePeriod(row[1] + "/" + row[2])
		require.NoError(t, err)
		r := absence.Record{Period: p, Reason: reasons[row[3]]}
		if row[4] != "" {
			r.PartDay = &absence.PartDay{Worked: decimal.RequireFromString(row[4]), Shift: decimal.RequireFromString(row[5])}
		}
		e := byID[row[0]]
		e.recs = append(e.recs, r)
		e.codes = append(e.codes, row[3])
	}
	if attrs != nil {
		names := []string{"staff_group", "department", "disability", "sex", "age_band", "ethnicity"}
		for _, row := range readCSV(t, attrs) {
			for k, n := range names {
				byID[row[0]].attrs[n] = row[1+k]
			}
		}
	}
	return out
}

// refTimeline returns the employee's activations under pol, with the
// adjustment and the reasons discounted (nil: none), by the explained path.
func refTimeline(t *testing.T, e *refEmployee, pol triggers.Policy, adj triggers.Adjustment, discount map[string]bool) ([]triggers.Activation, absence.History) {
	t.Helper()
	recs := append([]absence.Record(nil), e.recs...)
	for k := range recs {
		recs[k].Evidence.DisabilityDiscounted = discount[e.codes[k]]
	}
	h, err := absence.NewHistory(e.emp, recs, pol.Recording)
	require.NoError(t, err)
	m, err := triggers.New(h, pol)
	require.NoError(t, err)
	if !adj.IsZero() {
		m, err = m.WithAdjustment(adj)
		require.NoError(t, err)
	}
	return m.Timeline(), h
}

// csvRows reads a report into rows keyed by the first n columns joined
// with "|".
func csvRows(t *testing.T, out string, n int) map[string][]string {
	t.Helper()
	rows := map[string][]string{}
	for _, r := range readCSV(t, []byte(out)) {
		rows[strings.Join(r[:n], "|")] = r
	}
	return rows
}

// TestBatchCompareIdentical: --compare with the policy itself reports no
// difference anywhere, and --differ lists nobody.
func TestBatchCompareIdentical(t *testing.T) {
	emp, abs := workforce(t, 1500, 7)
	files := map[string][]byte{"e.csv": emp, "a.csv": abs, "same.yaml": []byte("name: HR14\n")}
	code, out, errs := batch(t, files, "--employees", "e.csv", "--absences", "a.csv", "--compare", "same.yaml", "--differ", "d.out")
	require.Equal(t, exitOK, code, errs)
	rows := readCSV(t, []byte(out))
	require.Greater(t, len(rows), 30*len(compareMeasures))
	for _, r := range rows {
		assert.Equal(t, r[2], r[3], r)
		assert.Equal(t, "0", r[4], r)
	}
	assert.Equal(t, "all", rows[len(rows)-1][0])
	assert.NotEqual(t, "0", rows[len(rows)-1][2])
}

// TestBatchCompareEqualsReference: the comparison of HR14 with "3 episodes
// in 12 months" is, month by month and for the period, what the explained
// path gives under each policy, whatever the workers and chunk size; the
// employees listed by --differ are those whose outcome differs.
func TestBatchCompareEqualsReference(t *testing.T) {
	emp, abs := workforce(t, 1500, 7)
	other := triggers.HR14()
	other.TRIG1 = triggers.EpisodeLimit{Months: 12, Episodes: 3}
	other.TRIG5.Days = 21
	from, to := absence.Date{Year: 2023, Month: 7, Day: 1}, absence.Date{Year: 2025, Month: 6, Day: 30}
	in := period{from, to}

	type key struct {
		period, measure string
	}
	want := [2]map[key]int{{}, {}}
	var differ []string
	for _, e := range refWorkforce(t, emp, abs, nil) {
		if len(e.recs) == 0 {
			continue
		}
		var outcome [2]string
		for p, pol := range []triggers.Policy{triggers.HR14(), other} {
			acts, _ := refTimeline(t, e, pol, triggers.Adjustment{}, nil)
			months := map[key]bool{}
			all := map[string]bool{}
			for _, a := range acts {
				if a.Date.After(to) || a.Date.Before(from) {
					continue
				}
				m := fmt.Sprintf("%04d-%02d", a.Date.Year, a.Date.Month)
				months[key{m, a.Trigger.String()}] = true
				months[key{m, "any-trigger"}] = true
				all[a.Trigger.String()] = true
			}
			for k := range months {
				want[p][k]++
			}
			var trig []string
			for tr := range all {
				want[p][key{"all", tr}]++
				trig = append(trig, tr)
			}
			if len(all) > 0 {
				want[p][key{"all", "any-trigger"}]++
			}
			first := ""
			var upTo []triggers.Activation
			for _, a := range acts {
				if !a.Date.After(to) {
					upTo = append(upTo, a)
				}
			}
			if len(upTo) > 0 {
				first = upTo[0].Date.String()
				if !upTo[0].Date.Before(from) {
					want[p][key{first[:7], "first-stage-review"}]++
					want[p][key{"all", "first-stage-review"}]++
				}
			}
			sort.Strings(trig)
			outcome[p] = first + strings.Join(trig, " ")
		}
		if outcome[0] != outcome[1] {
			differ = append(differ, e.id)
		}
	}
	require.NotEmpty(t, differ)

	files := map[string][]byte{"e.csv": emp, "a.csv": abs,
		"other.yaml": []byte("policy:\n  trig1: {episodes: 3, months: 12}\n  trig5: {days: 21}\n")}
	code, out, errs := batch(t, files, "--employees", "e.csv", "--absences", "a.csv", "--compare", "other.yaml",
		"--from", "2023-07-01", "--as-of", "2025-06-30", "--differ", "d.out")
	require.Equal(t, exitOK, code, errs)
	check := func(out string) {
		rows := readCSV(t, []byte(out))
		seen := 0
		for _, r := range rows {
			k := key{r[0], r[1]}
			base, comp := want[0][k], want[1][k]
			assert.Equal(t, []string{strconv.Itoa(base), strconv.Itoa(comp), strconv.Itoa(comp - base)}, r[2:], "%v", k)
			if base > 0 || comp > 0 {
				seen++
			}
		}
		n := 0
		for k := range want[0] {
			if want[0][k] > 0 || want[1][k] > 0 {
				n++
			}
		}
		for k := range want[1] {
			if want[0][k] == 0 && want[1][k] > 0 {
				n++
			}
		}
		assert.Equal(t, n, seen, "every count of the reference is in the report")
	}
	check(out)

	// The same from the job, in small chunks on several workers.
	for _, c := range []struct{ workers, block int }{{1, 1 << 20}, {3, 2000}} {
		var o, d strings.Builder
		j := &batchJob{absName: "a.csv", empName: "e.csv", abs: strings.NewReader(string(abs)), emp: strings.NewReader(string(emp)),
			pol: triggers.HR14(), other: other, report: "compare", in: in, asOf: to, workers: c.workers, block: c.block,
			out: &o, differ: &d, log: &batchLog{w: &strings.Builder{}}}
		require.NoError(t, j.run(context.Background()))
		check(o.String())
		assert.Equal(t, "employee_id\n"+strings.Join(differ, "\n")+"\n", d.String(), "workers %d", c.workers)
	}
}

// TestBatchCompareErrors: the other policy's file is read strictly, its
// errors naming the file, line and field; --differ needs --compare.
func TestBatchCompareErrors(t *testing.T) {
	files := map[string][]byte{"e.csv": []byte(empHead + "1,1.00,MTWTF..\n"), "a.csv": []byte(absHead),
		"bad.yaml":   []byte("name: HR14\ntrig1: {episodes: 0, months: 12}\n"),
		"hours.yaml": []byte("proRata: hours\n"),
		"typo.yaml":  []byte("trig1: {episods: 3}\n")}
	for _, c := range []struct{ file, want string }{
		{"bad.yaml", "bad.yaml:2:1: policy.trig1"},
		{"hours.yaml", "pro rata by hours"},
		{"typo.yaml", `typo.yaml:1:9: policy.trig1.episods: unknown field: "episods"`},
		{"missing.yaml", "no such file"},
	} {
		code, _, errs := batch(t, files, "--employees", "e.csv", "--absences", "a.csv", "--compare", c.file)
		assert.Equal(t, exitFail, code, c.file)
		assert.Contains(t, errs, c.want, c.file)
	}
	for _, args := range [][]string{
		{"--differ", "d.out"},
		{"--compare", "bad.yaml", "--report", "windows"},
		{"--from", "2024-01-01"},
		{"--compare", "bad.yaml", "--from", "2024-13-01"},
		{"--compare", "bad.yaml", "--from", "2024-05-01", "--as-of", "2024-04-30"},
	} {
		code, _, errs := batch(t, files, append([]string{"--employees", "e.csv", "--absences", "a.csv"}, args...)...)
		assert.Equal(t, exitUsage, code, "%q: %s", args, errs)
	}
}

// refGroups counts, for the equality report, each attribute's groups: the
// headcount and the employees who activated each measure in the period.
type refGroup struct {
	head int
	n    map[string]int
}

func refEquality(t *testing.T, ws []*refEmployee, adj triggers.Adjustment, discount map[string]bool) map[string]*refGroup {
	t.Helper()
	groups := map[string]*refGroup{}
	for _, e := range ws {
		got := map[string]bool{}
		if len(e.recs) > 0 {
			a, d := triggers.Adjustment{}, map[string]bool(nil)
			if e.attrs["disability"] == "Yes" {
				a, d = adj, discount
			}
			acts, _ := refTimeline(t, e, triggers.HR14(), a, d)
			for _, act := range acts {
				got[act.Trigger.String()] = true
				got["any-trigger"] = true
			}
		}
		for name, v := range e.attrs {
			g := groups[name+"|"+v]
			if g == nil {
				g = &refGroup{n: map[string]int{}}
				groups[name+"|"+v] = g
			}
			g.head++
			for m := range got {
				g.n[m]++
			}
		}
	}
	return groups
}

// TestBatchEqualityEqualsIndependent: on the bench's 10k set with its
// attributes, every figure of the equality report is the independent
// computation's (counts, rates, relative likelihoods and their 95%
// intervals by Katz's log method, written out here again), before and after
// the adjustments for disabled employees; the disparity the generator
// builds in is found (disabled staff activate TRIG-4 more often, the
// interval above 1), and the adjustments reverse it.
func TestBatchEqualityEqualsIndependent(t *testing.T) {
	emp, abs, attrs := workforceAttrs(t, 10000, 42)
	files := map[string][]byte{"e.csv": emp, "a.csv": abs, "x.csv": attrs,
		"adj.yaml": []byte("adjustment: {trig1: 3, trig2: 15, trig3: 6, trig4: 15}\ndiscount: [MSK, STRESS]\n")}
	code, out, errs := batch(t, files, "--report", "equality", "--employees", "e.csv", "--absences", "a.csv",
		"--attributes", "x.csv", "--adjustments", "adj.yaml")
	require.Equal(t, exitOK, code, errs)
	rows := csvRows(t, out, 5)

	ws := refWorkforce(t, emp, abs, attrs)
	adj := triggers.Adjustment{TRIG1: 3, TRIG2: decimal.NewFromInt(15), TRIG3: 6, TRIG4: decimal.NewFromInt(15)}
	refs := map[string]string{"disability": "No", "ethnicity": "White", "staff_group": "Administrative and Clerical",
		"sex": "Female", "age_band": "35-44", "department": "D25"}
	checked := 0
	for split, groups := range map[string]map[string]*refGroup{
		"before": refEquality(t, ws, triggers.Adjustment{}, nil),
		"after":  refEquality(t, ws, adj, map[string]bool{"MSK": true, "STRESS": true}),
	} {
		for k, g := range groups {
			attr, value, _ := strings.Cut(k, "|")
			ref := groups[attr+"|"+refs[attr]]
			for _, m := range equalityMeasures {
				r, ok := rows[strings.Join([]string{split, attr, value, refs[attr], m}, "|")]
				require.True(t, ok, "%s %s %s %s", split, attr, value, m)
				a, n1, b, n2 := float64(g.n[m]), float64(g.head), float64(ref.n[m]), float64(ref.head)
				assert.Equal(t, strconv.Itoa(g.head), r[5])
				assert.Equal(t, strconv.Itoa(g.n[m]), r[6])
				assert.Equal(t, decimal.NewFromFloat(a*100).DivRound(decimal.NewFromFloat(n1), 2).StringFixed(2), r[7])
				rl := (a / n1) / (b / n2)
				se := math.Sqrt(1/a - 1/n1 + 1/b - 1/n2)
				if value == refs[attr] {
					assert.Equal(t, []string{"1.00", "", ""}, r[8:])
				} else {
					assert.Equal(t, []string{fmt.Sprintf("%.2f", rl), fmt.Sprintf("%.2f", math.Exp(math.Log(rl)-1.96*se)),
						fmt.Sprintf("%.2f", math.Exp(math.Log(rl)+1.96*se))}, r[8:], "%s %s %s %s", split, attr, value, m)
				}
				checked++
			}
		}
	}
	assert.Equal(t, len(readCSV(t, []byte(out))), checked, "every row checked")

	// The disparity built into the data: found before, reversed after.
	before := rows["before|disability|Yes|No|TRIG-4"]
	lo, err := strconv.ParseFloat(before[9], 64)
	require.NoError(t, err)
	assert.Greater(t, lo, 1.0, "disabled staff activate TRIG-4 more often: %v", before)
	after := rows["after|disability|Yes|No|TRIG-4"]
	hi, err := strconv.ParseFloat(after[10], 64)
	require.NoError(t, err)
	assert.Less(t, hi, 1.0, "after the adjustments, less often: %v", after)
}

// TestBatchEqualitySuppressed: a group of fewer than 10 employees shows
// its counts and what would give them away as "*", and so does every
// group's relative likelihood when the reference group's count is under
// 10; references are chosen with --reference.
func TestBatchEqualitySuppressed(t *testing.T) {
	emp, abs, attrs := workforceAttrs(t, 1500, 7)
	lines := strings.SplitAfter(string(attrs), "\n")
	for k := 1; k <= 6; k++ { // six employees in a department of their own
		f := strings.Split(lines[k], ",")
		f[2] = "Small ward"
		lines[k] = strings.Join(f, ",")
	}
	files := map[string][]byte{"e.csv": emp, "a.csv": abs, "x.csv": []byte(strings.Join(lines, ""))}
	code, out, errs := batch(t, files, "--report", "equality", "--employees", "e.csv", "--absences", "a.csv",
		"--attributes", "x.csv", "--reference", "department=D3", "--reference", "sex=Male")
	require.Equal(t, exitOK, code, errs)
	rows := csvRows(t, out, 5)
	small := rows["before|department|Small ward|D3|any-trigger"]
	require.NotNil(t, small)
	assert.Equal(t, []string{"*", "*", "*", "*", "*", "*"}, small[5:])
	male := rows["before|sex|Male|Male|TRIG-1"]
	assert.Equal(t, "1.00", male[8])
	five := rows["before|department|D7|D3|TRIG-5"] // TRIG-5 is rare: few in a department
	require.NotNil(t, five)
	if n, _ := strconv.Atoi(five[6]); five[6] == "*" || n < 10 {
		assert.Equal(t, []string{"*", "*", "*", "*", "*"}, five[6:])
	}
	assert.NotContains(t, out, ",1,")

	code, _, errs = batch(t, files, "--report", "equality", "--employees", "e.csv", "--absences", "a.csv",
		"--attributes", "x.csv", "--reference", "department=Nowhere")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "--reference department")
	code, _, _ = batch(t, files, "--report", "equality", "--employees", "e.csv", "--absences", "a.csv",
		"--attributes", "x.csv", "--reference", "shoe_size=9")
	assert.Equal(t, exitUsage, code)
}

// TestBatchAttributesErrors: attributes.csv is checked row by row against
// employees.csv, with its file and line, never quoting a value.
func TestBatchAttributesErrors(t *testing.T) {
	emp := []byte(empHead + "1,1.00,MTWTF..\n2,0.50,M.W.F..\n")
	abs := []byte(absHead + "1,2024-01-08,2024-01-09,GI,,\n2,2024-01-08,2024-01-08,GI,,\n")
	good := attributesHeader + "\n1,Nursing,Ward 1,Yes,Female,25-34,White\n2,Nursing,Ward 1,No,Male,35-44,Asian\n"
	for _, c := range []struct{ attrs, want string }{
		{"employee_id,group\n", "x.csv:1: header expected"},
		{attributesHeader + "\n2,Nursing,Ward 1,No,Male,35-44,Asian\n", "x.csv:2: employee 2: employee_id 2 where employees.csv has 1"},
		{attributesHeader + "\n1,Nursing,Ward 1,Yes,Female,25-34,White\n", "x.csv:3: employee 2: no row for this employee"},
		{good + "3,Nursing,Ward 1,No,Male,35-44,Asian\n", "x.csv:4: employee 3: a row after the last employee"},
		{attributesHeader + "\n1,Nursing,Ward 1,has MS since 2019,Female,25-34,White\n2,Nursing,Ward 1,No,Male,35-44,Asian\n",
			`x.csv:2: employee 1: disability: not one of "Yes", "No", "Not declared"`},
		{attributesHeader + "\n1,Nursing,Ward 1,Yes,Female\n", "x.csv:2: 7 fields expected, found 5"},
		{attributesHeader + "\n1,Nursing,,Yes,Female,25-34,White\n", "x.csv:2: employee 1: department: empty"},
	} {
		files := map[string][]byte{"e.csv": emp, "a.csv": abs, "x.csv": []byte(c.attrs)}
		code, out, errs := batch(t, files, "--report", "equality", "--employees", "e.csv", "--absences", "a.csv", "--attributes", "x.csv")
		assert.Equal(t, exitFail, code, c.attrs)
		assert.Contains(t, errs, c.want, c.attrs)
		assert.NotContains(t, errs, "MS since")
		assert.Empty(t, out)
	}
	// With --skip-invalid a bad row skips the employee.
	files := map[string][]byte{"e.csv": emp, "a.csv": abs, "x.csv": []byte(attributesHeader +
		"\n1,Nursing,Ward 1,maybe,Female,25-34,White\n2,Nursing,Ward 1,No,Male,35-44,Asian\n")}
	code, out, errs := batch(t, files, "--report", "trends", "--employees", "e.csv", "--absences", "a.csv", "--attributes", "x.csv", "--skip-invalid")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "x.csv:2: employee 1: disability")
	assert.Contains(t, errs, "a.csv:2: employee 1: employee_id: its row in x.csv (line 2) was skipped")
	assert.Contains(t, out, "All,All,2024-01,*,")
	for _, args := range [][]string{
		{"--report", "equality"},
		{"--report", "timeline", "--attributes", "x.csv"},
		{"--report", "trends", "--adjustments", "adj.yaml"},
		{"--report", "equality", "--attributes", "-"},
		{"--html", "p.html"},
	} {
		code, _, errs := batch(t, files, append([]string{"--employees", "e.csv", "--absences", "a.csv"}, args...)...)
		assert.Equal(t, exitUsage, code, "%q: %s", args, errs)
	}
}

// TestBatchAdjustmentsErrors: the adjustments file is read strictly and
// checked against the policy, never quoting a value.
func TestBatchAdjustmentsErrors(t *testing.T) {
	base := map[string][]byte{"e.csv": []byte(empHead + "1,1.00,MTWTF..\n"), "a.csv": []byte(absHead),
		"x.csv": []byte(attributesHeader + "\n1,Nursing,Ward 1,Yes,Female,25-34,White\n")}
	for _, c := range []struct{ adj, want string }{
		{"adjustment: {trig1: 1}\n", "below"},
		{"discount: [MSK, back pain after the fall]\n", "discount, item 2: not one of"},
		{"adjust: {trig1: 3}\n", `unknown field "adjust"`},
		{"adjustment: [\n", "not YAML or JSON"},
		{"adjustment: {trig1: lots}\n", "adjustment.trig1 has the wrong type"},
	} {
		files := map[string][]byte{"adj.yaml": []byte(c.adj)}
		for k, v := range base {
			files[k] = v
		}
		code, _, errs := batch(t, files, "--report", "equality", "--employees", "e.csv", "--absences", "a.csv",
			"--attributes", "x.csv", "--adjustments", "adj.yaml")
		assert.Equal(t, exitFail, code, c.adj)
		assert.Contains(t, errs, c.want, c.adj)
		assert.NotContains(t, errs, "fall")
		assert.NotContains(t, errs, "lots")
	}
}

// TestBatchTrendsEqualsIndependent: every row of the trends report of a
// generated workforce with attributes is the independent computation's:
// days lost from the History's episodes (their counted days, scheduled,
// month by month, with the reason of the record holding each day), the
// episodes begun, the days of long-term episodes (Episode.LongTerm), the
// activations of Monitor.Timeline, the headcount, FTE and scheduled days of
// the patterns, for each department and staff group and the roll-ups.
func TestBatchTrendsEqualsIndependent(t *testing.T) {
	emp, abs, attrs := workforceAttrs(t, 1500, 7)
	from, to := absence.Date{Year: 2023, Month: 3, Day: 15}, absence.Date{Year: 2025, Month: 10, Day: 20}
	type cell struct {
		head             int
		fte              decimal.Decimal
		sched, lost, eps map[string]int
		long             map[string]int
		reason           map[string]map[string]int
		acts             map[string]map[string]int
	}
	cells := map[string]*cell{}
	get := func(k string) *cell {
		c := cells[k]
		if c == nil {
			c = &cell{fte: decimal.Zero, sched: map[string]int{}, lost: map[string]int{}, eps: map[string]int{}, long: map[string]int{},
				reason: map[string]map[string]int{}, acts: map[string]map[string]int{}}
			cells[k] = c
		}
		return c
	}
	month := func(d absence.Date) string { return fmt.Sprintf("%04d-%02d", d.Year, d.Month) }
	var months []string
	for d := (absence.Date{Year: 2023, Month: 3, Day: 1}); !d.After(to); d = d.AddMonths(1) {
		months = append(months, month(d))
	}
	inPeriod := func(d absence.Date) bool { return !d.Before(from) && !d.After(to) }
	for _, e := range refWorkforce(t, emp, abs, attrs) {
		keys := []string{"All|All", "All|" + e.attrs["staff_group"], e.attrs["department"] + "|All", e.attrs["department"] + "|" + e.attrs["staff_group"]}
		var acts []triggers.Activation
		var h absence.History
		if len(e.recs) > 0 {
			acts, h = refTimeline(t, e, triggers.HR14(), triggers.Adjustment{}, nil)
		}
		for _, k := range keys {
			c := get(k)
			c.head++
			c.fte = c.fte.Add(e.fteDec)
			for _, m := range months {
				first, _ := absence.ParseDate(m + "-01")
				p := absence.Period{Start: first, End: first.AddMonths(1).AddDays(-1)}
				if p.Start.Before(from) {
					p.Start = from
				}
				if p.End.After(to) {
					p.End = to
				}
				c.sched[m] += e.sched.ScheduledDays(p)
			}
			for _, a := range acts {
				if inPeriod(a.Date) {
					if c.acts[month(a.Date)] == nil {
						c.acts[month(a.Date)] = map[string]int{}
					}
					c.acts[month(a.Date)][a.Trigger.String()]++
				}
			}
			for _, ep := range h.Episodes {
				if len(ep.Triggers.Counted) > 0 && inPeriod(ep.Triggers.Counted[0].Start) {
					c.eps[month(ep.Triggers.Counted[0].Start)]++
				}
				for _, run := range ep.Triggers.Counted {
					for d := run.Start; !d.After(run.End); d = d.AddDays(1) {
						if !inPeriod(d) || e.sched.ScheduledDays(absence.Period{Start: d, End: d}) == 0 {
							continue
						}
						m := month(d)
						c.lost[m]++
						if ep.LongTerm {
							c.long[m]++
						}
						for k, r := range e.recs {
							if r.Period.Contains(d) {
								if c.reason[m] == nil {
									c.reason[m] = map[string]int{}
								}
								c.reason[m][e.codes[k]]++
							}
						}
					}
				}
			}
		}
	}

	files := map[string][]byte{"e.csv": emp, "a.csv": abs, "x.csv": attrs}
	code, out, errs := batch(t, files, "--report", "trends", "--employees", "e.csv", "--absences", "a.csv", "--attributes", "x.csv",
		"--from", from.String(), "--as-of", to.String(), "--html", "page.out")
	require.Equal(t, exitOK, code, errs)
	rows := readCSV(t, []byte(out))
	assert.Len(t, rows, len(cells)*len(months))
	for _, r := range rows {
		c := cells[r[0]+"|"+r[1]]
		require.NotNil(t, c, r)
		m := r[2]
		pct := func(a, b int) string {
			if b == 0 {
				return ""
			}
			return decimal.NewFromInt(int64(100*a)).DivRound(decimal.NewFromInt(int64(b)), 2).StringFixed(2)
		}
		want := []string{strconv.Itoa(c.head), c.fte.StringFixed(2), strconv.Itoa(c.sched[m]), strconv.Itoa(c.lost[m]), pct(c.lost[m], c.sched[m]),
			strconv.Itoa(c.eps[m]), decimal.NewFromInt(int64(c.eps[m])).DivRound(c.fte, 3).StringFixed(3),
			strconv.Itoa(c.long[m]), pct(c.long[m], c.lost[m])}
		total := 0
		for _, code := range []string{"COLD_FLU", "GI", "MSK", "STRESS", "SURGERY", "OTHER"} {
			want = append(want, strconv.Itoa(c.reason[m][code]))
		}
		for _, tr := range []string{"TRIG-1", "TRIG-2", "TRIG-3", "TRIG-4", "TRIG-5"} {
			total += c.acts[m][tr]
		}
		want = append(want, strconv.Itoa(total))
		for _, tr := range []string{"TRIG-1", "TRIG-2", "TRIG-3", "TRIG-4", "TRIG-5"} {
			want = append(want, strconv.Itoa(c.acts[m][tr]))
		}
		if c.head < 10 {
			continue
		}
		assert.Equal(t, want, r[3:], "%s %s %s", r[0], r[1], m)
	}
}

// TestBatchTrendsPage: the trends page of the bench's 10k set draws its
// charts (SVG, no missing value drawn as NaN) and its departments, escapes
// every name, and suppresses a team of fewer than 10. With HR14_TRENDS_HTML
// set it writes the page there: .ci/print-trends prints it to PDF.
func TestBatchTrendsPage(t *testing.T) {
	emp, abs, attrs := workforceAttrs(t, 10000, 42)
	lines := strings.SplitAfter(string(attrs), "\n")
	for k := 1; k <= 4; k++ { // a department of 4 with a name to escape
		f := strings.Split(lines[k], ",")
		f[2] = "<b>Ward & Co</b>"
		lines[k] = strings.Join(f, ",")
	}
	files := map[string][]byte{"e.csv": emp, "a.csv": abs, "x.csv": []byte(strings.Join(lines, ""))}
	dir := t.TempDir()
	page := dir + "/trends.html"
	code, _, errs := batch(t, files, "--report", "trends", "--employees", "e.csv", "--absences", "a.csv", "--attributes", "x.csv",
		"--html", page, "--out", dir+"/trends.csv")
	require.Equal(t, exitOK, code, errs)
	b, err := os.ReadFile(page)
	require.NoError(t, err)
	html := string(b)
	assert.Equal(t, 5+40, strings.Count(html, "<svg"), "five charts and a line for each of the 40 departments")
	for _, want := range []string{"Sickness rate by month", "Reasons for the days lost", "Long-term share of the days lost",
		"Episodes begun per FTE", "Trigger points activated", "January 2023 to December 2025", "10,000 employees",
		"&lt;b&gt;Ward &amp; Co&lt;/b&gt;</td><td>*</td>", "Nursing and Midwifery Registered", "Musculoskeletal"} {
		assert.Contains(t, html, want)
	}
	assert.NotContains(t, html, "NaN")
	assert.NotContains(t, html, "<b>Ward")
	if out := os.Getenv("HR14_TRENDS_HTML"); out != "" {
		require.NoError(t, os.WriteFile(out, b, 0o644))
	}
}
