package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"go.yaml.in/yaml/v3"
)

// The equality report (--report equality --attributes FILE) splits the
// workforce by each attribute of attributes.csv (staff group, department,
// disability, sex, age band, ethnicity) and gives, for each group, its
// headcount, the employees who activated any trigger point and each one in
// the period, the rate, and the relative likelihood against the attribute's
// reference group with a 95% confidence interval (batch_stats.go). For
// disability the reference is "No", as in WDES Metric 3 (the relative
// likelihood of disabled staff entering the formal capability process
// compared to non-disabled staff: here, of activating a trigger point);
// --reference ATTR=GROUP chooses another, and the others' references
// (default: "White" for ethnicity, as WRES; otherwise the largest group).
//
// Counts under 10 are suppressed as "*", with what would give them away
// (the rate, and the relative likelihood and interval of a group, or of
// every group when the reference's count is suppressed); no row names an
// employee. With --adjustments FILE the same split is given again "after"
// the trust's adjustments for disabled employees: the absences of the
// reasons the file lists discounted as disability-related (ABS-7, while
// the policy excludes them) and the thresholds it raises (TRIG-9), applied
// by the library to every employee whose disability is "Yes".
const equalityHeader = "split,attribute,group,reference,measure,headcount,employees,rate_percent,relative_likelihood,ci95_low,ci95_high\n"

// equalityMeasures are the measures of each group, in the report's order.
var equalityMeasures = [...]string{"any-trigger", "TRIG-1", "TRIG-2", "TRIG-3", "TRIG-4", "TRIG-5"}

// eqCounts are the counts of one group: its headcount and the employees who
// activated any trigger (n[0]) and each trigger point (n[1] … n[5]).
type eqCounts struct {
	head int64
	n    [len(equalityMeasures)]int64
}

// An equalityAcc is a worker's counts by split (0 before, 1 after the
// adjustments), attribute and group.
type equalityAcc struct {
	c [2][numAttrs][]eqCounts
}

func (a *equalityAcc) group(split int, at attribute, g uint16) *eqCounts {
	s := &a.c[split][at]
	for int(g) >= len(*s) {
		*s = append(*s, eqCounts{})
	}
	return &(*s)[g]
}

// count adds one employee, with the triggers activated (mask: bit t for
// TRIG-t), to each of their groups.
func (a *equalityAcc) count(split int, groups *[numAttrs]uint16, mask uint8, head int64) {
	for at := range numAttrs {
		c := a.group(split, at, groups[at])
		c.head += head
		if mask != 0 {
			c.n[0]++
		}
		for t := 1; t < len(c.n); t++ {
			if mask&(1<<t) != 0 {
				c.n[t]++
			}
		}
	}
}

func (a *equalityAcc) merge(o *equalityAcc) {
	for split := range o.c {
		for at := range o.c[split] {
			for g := range o.c[split][at] {
				d, s := a.group(split, attribute(at), uint16(g)), &o.c[split][at][g]
				d.head += s.head
				for k := range d.n {
					d.n[k] += s.n[k]
				}
			}
		}
	}
}

// An adjustScheme is what --adjustments FILE gives: the reasonable
// adjustments a trust makes for employees who declared a disability, to
// see whether they close the gap. Every employee whose disability is "Yes"
// gets them in the "after" split.
type adjustScheme struct {
	// Adjustment raises the thresholds (TRIG-9), as in a case file.
	Adjustment triggers.Adjustment `json:"adjustment"`
	// Discount lists the reason codes of the bench format (COLD_FLU, GI,
	// MSK, STRESS, SURGERY, OTHER) whose absences are discounted as
	// disability-related (ABS-7).
	Discount []string `json:"discount"`

	discount [len(benchReasons)]bool
}

// readScheme reads an adjustments file, YAML or JSON, against the policy.
func readScheme(name string, pol triggers.Policy) (*adjustScheme, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var doc any
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("--adjustments %s: not YAML or JSON: %w", name, yamlProblem(err))
	}
	j, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("--adjustments %s: a mapping with adjustment and discount is expected", name)
	}
	var s adjustScheme
	dec := json.NewDecoder(bytes.NewReader(j))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("--adjustments %s: a mapping of adjustment (trig1 … trig5) and discount (reason codes) is expected: %w", name, jsonProblem(err))
	}
	if err := s.Adjustment.Validate(pol); err != nil {
		return nil, fmt.Errorf("--adjustments %s: adjustment: %w", name, err)
	}
	for k, code := range s.Discount {
		r, i := benchReason([]byte(code))
		if r == absence.ReasonUnknown {
			return nil, fmt.Errorf("--adjustments %s: discount, item %d: not one of COLD_FLU, GI, MSK, STRESS, SURGERY, OTHER", name, k+1)
		}
		s.discount[i] = true
	}
	return &s, nil
}

// yamlProblem returns a YAML error's line, without the text it quotes.
func yamlProblem(err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		end := i + 5
		for end < len(msg) && msg[end] >= '0' && msg[end] <= '9' {
			end++
		}
		return fmt.Errorf("at %s", msg[i:end])
	}
	return fmt.Errorf("cannot be read")
}

// jsonProblem names the field of a JSON decoding error, without quoting the
// value.
func jsonProblem(err error) error {
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te):
		return fmt.Errorf("%s has the wrong type", te.Field)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.TrimPrefix(err.Error(), "json: unknown field ")
		if isFieldName(strings.Trim(f, `"`)) {
			return fmt.Errorf("unknown field %s", f)
		}
		return fmt.Errorf("an unknown field")
	}
	return fmt.Errorf("a value is not valid")
}

func isFieldName(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// An equalityWorker evaluates the employees of one chunk after another.
type equalityWorker struct {
	scan     *scanner
	sum      *triggers.Summariser
	adjusted *triggers.Summariser // the scheme's adjustment; nil without a scheme
	scheme   *adjustScheme
	asOf     absence.Date
	in       period
	skip     bool
	recordMaker
	acc equalityAcc
}

func newEqualityWorker(j *batchJob) (*equalityWorker, error) {
	sum, err := triggers.NewSummariser(j.pol)
	if err != nil {
		return nil, err
	}
	w := &equalityWorker{scan: j.scanner(), sum: sum, scheme: j.scheme, asOf: j.asOf, in: j.in, skip: j.skip}
	if j.scheme != nil {
		if w.adjusted, err = sum.WithAdjustment(j.scheme.Adjustment); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// chunk counts the employees of c: every valid employee row in the
// headcount, the employees with absences by what they activated.
func (w *equalityWorker) chunk(c *chunk) chunkResult {
	for k := range c.emps {
		if e := &c.emps[k]; e.fte != nil && e.hasGroups {
			w.acc.count(0, &e.groups, 0, 1)
			if w.scheme != nil {
				w.acc.count(1, &e.groups, 0, 1)
			}
		}
	}
	return eachEmployee(w.scan, c, w.skip, func(e *empRow, rows []absRow) error {
		recs := w.records(rows)
		emp := absence.Employee{FTE: e.fte.fte, StandardDayHours: standardDay, Schedule: e.pat.sched}
		mask, err := w.mask(w.sum, emp, recs)
		if err != nil {
			w.acc.count(0, &e.groups, 0, -1)
			if w.scheme != nil {
				w.acc.count(1, &e.groups, 0, -1)
			}
			return w.scan.refused(e, rows, err)
		}
		w.acc.count(0, &e.groups, mask, 0)
		if w.scheme == nil {
			return nil
		}
		if e.groups[disability] == groupYes {
			for k := range rows {
				if w.scheme.discount[rows[k].code] {
					recs[k].Evidence.DisabilityDiscounted = true
				}
			}
			if mask, err = w.mask(w.adjusted, emp, recs); err != nil {
				return w.scan.refused(e, rows, err) // never: the records were accepted above
			}
		}
		w.acc.count(1, &e.groups, mask, 0)
		return nil
	})
}

// mask returns the trigger points emp activates in the period under s, as
// bits (1 << t).
func (w *equalityWorker) mask(s *triggers.Summariser, emp absence.Employee, recs []absence.Record) (uint8, error) {
	var acts []triggers.Activated
	var err error
	if w.asOf.IsZero() {
		acts, err = s.Activations(emp, recs)
	} else {
		acts, err = s.ActivationsTo(emp, recs, w.asOf)
	}
	var mask uint8
	for _, a := range acts {
		if w.in.has(a.Date) {
			mask |= 1 << a.Trigger
		}
	}
	return mask, err
}

// references returns the reference group of each attribute: those asked
// for, else "No" for disability, "White" for ethnicity when present, else
// the largest group (by name on a tie) among those that are not "not
// declared".
func references(tab *attrTable, acc *equalityAcc, asked map[attribute]string) ([numAttrs]int, error) {
	var ref [numAttrs]int
	for at := range numAttrs {
		ref[at] = -1
		want, ok := asked[at]
		if !ok {
			switch at {
			case disability:
				want, ok = disabledNo, true
			case ethnicity:
				_, ok = tab.lookup(at, "White")
				want = "White"
			default: // the largest group, below
			}
		}
		if ok {
			g, found := tab.lookup(at, want)
			if !found {
				if _, byUser := asked[at]; byUser {
					return ref, fmt.Errorf("--reference %s: no employee has that %s in the attributes file", attrNames[at], attrNames[at])
				}
				continue // no "No" at all: no reference
			}
			ref[at] = int(g)
			continue
		}
		best := int64(-1)
		for g, c := range acc.c[0][at] {
			name := tab.name(at, uint16(g))
			if undeclared(name) {
				continue
			}
			if c.head > best || c.head == best && name < tab.name(at, uint16(ref[at])) {
				best, ref[at] = c.head, g
			}
		}
	}
	return ref, nil
}

// undeclared reports whether a group is the absence of an answer, never a
// reference.
func undeclared(name string) bool {
	switch strings.ToLower(name) {
	case "not declared", "not stated", "unknown", "prefer not to say":
		return true
	}
	return false
}

// writeEquality writes the report: for each split, attribute, group (by
// name) and measure, a row.
func writeEquality(w io.Writer, tab *attrTable, acc *equalityAcc, ref [numAttrs]int, after bool) error {
	b := []byte(equalityHeader)
	splits := []string{"before"}
	if after {
		splits = append(splits, "after")
	}
	for split, label := range splits {
		for at := range numAttrs {
			groups := acc.c[split][at]
			order := make([]int, len(groups))
			for g := range order {
				order[g] = g
			}
			slices.SortFunc(order, func(a, b int) int { return naturalCompare(tab.name(at, uint16(a)), tab.name(at, uint16(b))) })
			refName := ""
			var rc eqCounts
			if ref[at] >= 0 && ref[at] < len(groups) {
				refName, rc = tab.name(at, uint16(ref[at])), groups[ref[at]]
			}
			for _, g := range order {
				c := groups[g]
				if c.head == 0 {
					continue
				}
				for m, measure := range equalityMeasures {
					row := []string{label, attrNames[at], csvField(tab.name(at, uint16(g))), csvField(refName), measure,
						shownCount(c.head), shownCount(c.n[m]), "*", "*", "*", "*"}
					hidden := c.head < minShown || c.n[m] < minShown
					if !hidden {
						row[7] = percent(c.n[m], c.head)
					}
					refHidden := rc.head < minShown || rc.n[m] < minShown
					switch {
					case refName == "":
						row[8], row[9], row[10] = "", "", ""
					case g == ref[at]:
						if !hidden {
							row[8], row[9], row[10] = "1.00", "", ""
						}
					case !hidden && !refHidden:
						if l := relativeLikelihood(c.n[m], c.head, rc.n[m], rc.head); l.ok {
							row[8], row[9], row[10] = fixed(l.rl), fixed(l.lo), fixed(l.hi)
						} else {
							row[8], row[9], row[10] = "", "", ""
						}
					}
					b = append(b, strings.Join(row, ",")...)
					b = append(b, '\n')
				}
			}
		}
	}
	_, err := w.Write(b)
	return err
}

// csvField quotes a value for CSV when it holds a comma (attributes hold no
// quote or control character).
func csvField(s string) string {
	if strings.ContainsAny(s, ",") {
		return `"` + s + `"`
	}
	return s
}
