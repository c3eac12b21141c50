package main

import (
	_ "embed"
	"html/template"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// The trends page (--html FILE with --report trends): the report's figures
// as charts a manager reads at a glance, printable on A4 (CI prints it to
// PDF with Chromium: .ci/print-trends). Every figure is the CSV report's;
// suppressed teams (fewer than 10 employees) are left out of the charts and
// shown as "*" in the table.

// trendsTemplate is the page, an html/template.
//
//go:embed batch_trends.html.tmpl
var trendsTemplate string

var trendsPage = template.Must(template.New("trends").Parse(trendsTemplate))

type trendsChart struct {
	SVG     template.HTML
	Caption string
}

type trendsDept struct {
	Name, Head, Rate, Episodes, Long, Activations string
	Spark                                         template.HTML
	rate                                          float64
}

type trendsData struct {
	Period, Policy, Head              string
	Rate, Episodes, Long, Activations string
	Charts                            []trendsChart
	Departments                       []trendsDept
}

// A trendTotal is a team's figures over the whole period.
type trendTotal struct {
	head                                int64
	fte                                 decimal.Decimal
	scheduled, daysLost, episodes, long int64
	acts                                int64
	reason                              [len(benchReasons)]int64
	months                              int
}

func (t *trendTotal) add(r *trendRow) {
	t.head, t.fte = r.head, r.fte
	t.scheduled += r.scheduled
	t.daysLost += r.daysLost
	t.episodes += r.episodes
	t.long += r.longDays
	for k, n := range r.reason {
		t.reason[k] += n
	}
	for _, n := range r.acts {
		t.acts += n
	}
	t.months++
}

// episodesPerYear returns the episodes per FTE a year.
func (t *trendTotal) episodesPerYear() string {
	if t.fte.IsZero() || t.months == 0 {
		return ""
	}
	return decimal.NewFromInt(t.episodes*12).DivRound(t.fte.Mul(decimal.NewFromInt(int64(t.months))), 2).StringFixed(2)
}

// writeTrendsHTML writes the trends page.
func writeTrendsHTML(w io.Writer, rows []trendRow, pol triggers.Policy, in period) error {
	var months []int
	trust := map[int]*trendRow{}
	groups := map[string]map[int]*trendRow{}
	depts := map[string]map[int]*trendRow{}
	for i := range rows {
		r := &rows[i]
		switch {
		case r.dept == "All" && r.group == "All":
			trust[r.month] = r
			months = append(months, r.month)
		case r.dept == "All":
			if groups[r.group] == nil {
				groups[r.group] = map[int]*trendRow{}
			}
			groups[r.group][r.month] = r
		case r.group == "All":
			if depts[r.dept] == nil {
				depts[r.dept] = map[int]*trendRow{}
			}
			depts[r.dept][r.month] = r
		}
	}
	var total trendTotal
	for _, m := range months {
		total.add(trust[m])
	}
	d := trendsData{
		Period: periodText(months, in),
		Policy: policyText(pol),
		Head:   thousands(total.head),
		Rate:   percentText(total.daysLost, total.scheduled), Episodes: total.episodesPerYear(),
		Long: percentText(total.long, total.daysLost), Activations: thousands(total.acts),
	}
	if total.head < minShown {
		d.Head, d.Rate, d.Episodes, d.Long, d.Activations = "*", "*", "*", "*", "*"
	}

	value := func(r *trendRow, f func(*trendRow) float64) float64 {
		if r == nil || r.head < minShown {
			return math.NaN()
		}
		return f(r)
	}
	line := func(name string, byMonth map[int]*trendRow, dashed bool, f func(*trendRow) float64) series {
		s := series{name: name, dashed: dashed}
		for _, m := range months {
			s.values = append(s.values, value(byMonth[m], f))
		}
		return s
	}
	ratio := func(a, b int64) float64 {
		if b == 0 {
			return math.NaN()
		}
		return 100 * float64(a) / float64(b)
	}
	rate := func(r *trendRow) float64 { return ratio(r.daysLost, r.scheduled) }
	names := make([]string, 0, len(groups))
	for g := range groups {
		names = append(names, g)
	}
	slices.SortFunc(names, naturalCompare)
	perGroup := func(f func(*trendRow) float64) []series {
		out := []series{line("All staff", trust, false, f)}
		for _, g := range names {
			out = append(out, line(g, groups[g], true, f))
		}
		return out
	}

	d.Charts = append(d.Charts, trendsChart{
		SVG:     chart{title: "Sickness rate by month", unit: "%", months: months, series: perGroup(rate)}.svg(),
		Caption: "Working days lost to sickness over the working days scheduled, each month: all staff and each staff group (dashed).",
	})
	var mix []series
	for k, br := range benchReasons {
		mix = append(mix, line(reasonLabel(br.code), trust, false, func(r *trendRow) float64 { return ratio(r.reason[k], r.daysLost) }))
	}
	d.Charts = append(d.Charts, trendsChart{
		SVG:     chart{title: "Reasons for the days lost", unit: "%", months: months, series: mix, stacked: true}.svg(),
		Caption: "The share of each month's days lost by reason (all staff).",
	})
	d.Charts = append(d.Charts, trendsChart{
		SVG: chart{title: "Long-term share of the days lost", unit: "%", months: months,
			series: perGroup(func(r *trendRow) float64 { return ratio(r.longDays, r.daysLost) })}.svg(),
		Caption: "Days lost in long-term episodes (28 calendar days or more, ABS-1) over all days lost, each month.",
	})
	d.Charts = append(d.Charts, trendsChart{
		SVG: chart{title: "Episodes begun per FTE", months: months, series: perGroup(func(r *trendRow) float64 {
			if r.fte.IsZero() {
				return math.NaN()
			}
			return float64(r.episodes) / r.fte.InexactFloat64()
		})}.svg(),
		Caption: "Episodes of sickness (ABS-2) that began in the month, per whole-time equivalent.",
	})
	var acts []series
	for k, t := range triggers.Points()[:5] {
		acts = append(acts, line(t.String(), trust, false, func(r *trendRow) float64 { return float64(r.acts[k]) }))
	}
	d.Charts = append(d.Charts, trendsChart{
		SVG:     chart{title: "Trigger points activated", months: months, series: acts, stacked: true}.svg(),
		Caption: "Activations of each trigger point in the month under the policy (all staff).",
	})

	// The departments, highest rate first.
	top := 0.0
	for _, byMonth := range depts {
		for _, r := range byMonth {
			if v := value(r, rate); !math.IsNaN(v) {
				top = math.Max(top, v)
			}
		}
	}
	for name, byMonth := range depts {
		var t trendTotal
		var spark []float64
		for _, m := range months {
			if r := byMonth[m]; r != nil {
				t.add(r)
				spark = append(spark, value(r, rate))
			} else {
				spark = append(spark, math.NaN())
			}
		}
		row := trendsDept{Name: name, Head: shownCount(t.head)}
		if t.head < minShown {
			row.Rate, row.Episodes, row.Long, row.Activations, row.rate = "*", "*", "*", "*", -1
		} else {
			row.Rate, row.Episodes = percentText(t.daysLost, t.scheduled), t.episodesPerYear()
			row.Long, row.Activations = percentText(t.long, t.daysLost), thousands(t.acts)
			row.Spark, row.rate = sparkline(spark, top), ratio(t.daysLost, t.scheduled)
		}
		d.Departments = append(d.Departments, row)
	}
	slices.SortFunc(d.Departments, func(a, b trendsDept) int {
		if a.rate != b.rate {
			if a.rate > b.rate {
				return -1
			}
			return 1
		}
		return naturalCompare(a.Name, b.Name)
	})
	return trendsPage.Execute(w, d)
}

// reasonLabel names a bench reason code for people.
func reasonLabel(code string) string {
	switch code {
	case "COLD_FLU":
		return "Cold, cough, flu"
	case "GI":
		return "Gastro-intestinal"
	case "MSK":
		return "Musculoskeletal"
	case "STRESS":
		return "Stress, anxiety"
	case "SURGERY":
		return "Surgery"
	}
	return "Other"
}

// periodText says which months the page covers, e.g. "January 2023 to
// December 2025".
func periodText(months []int, in period) string {
	if len(months) == 0 {
		return "no absence in the period"
	}
	name := func(m int) string { return time.Month(m%12+1).String() + " " + strconv.Itoa(m/12) }
	s := name(months[0]) + " to " + name(months[len(months)-1])
	if !in.to.IsZero() {
		s += " (as of " + in.to.String() + ")"
	}
	return s
}

// policyText names the trigger policy of the page.
func policyText(pol triggers.Policy) string {
	h := triggers.HR14()
	if pol.TRIG1 == h.TRIG1 && pol.TRIG3 == h.TRIG3 && pol.TRIG5 == h.TRIG5 && pol.TRIG2.Days.Equal(h.TRIG2.Days) &&
		pol.TRIG4.Days.Equal(h.TRIG4.Days) && pol.TRIG2.Months == h.TRIG2.Months && pol.TRIG4.Months == h.TRIG4.Months {
		return "trigger points of HR14 v16"
	}
	return "the trust's trigger points (--policy)"
}

// percentText is percent with one decimal and a "%", or "" without a base.
func percentText(a, n int64) string {
	if n == 0 {
		return ""
	}
	return decimal.NewFromInt(100*a).DivRound(decimal.NewFromInt(n), 1).StringFixed(1) + "%"
}

// thousands writes n with thousands separators.
func thousands(n int64) string {
	s := decimal.NewFromInt(n).String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}
