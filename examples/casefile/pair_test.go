package casefile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
)

const yamlCase = `asOf: 2026-03-31
employee: {fte: 1, standardDayHours: 7.5, schedule: {week: MTWTF..}}
`

const pairCase = `{"asOf": "2026-03-31", "employee": {"fte": "1", "standardDayHours": "7.5", "schedule": {"week": "MTWTF.."}},
  "absences": [{"period": "2026-01-06/2026-01-07", "reason": "infection"}]}`

// DecodePair reads two documents, or one with old and new; its errors name
// the side in the path and place it by line and column, also when the
// library refuses a case later.
func TestDecodePair(t *testing.T) {
	old, new, err := casefile.DecodePair("p.yaml", []byte(yamlCase+"---\n"+yamlCase))
	if err != nil || old.AsOf.String() != "2026-03-31" || new.AsOf.String() != "2026-03-31" {
		t.Fatalf("%v %+v %+v", err, old.Case, new.Case)
	}
	body := `{"old": ` + pairCase + `,
 "new": ` + strings.Replace(pairCase, "2026-01-07", "2026-01-09", 1) + `}`
	old, new, err = casefile.DecodePair("p.json", []byte(body))
	if err != nil || old.Absences[0].Period.End.String() != "2026-01-07" || new.Absences[0].Period.End.String() != "2026-01-09" {
		t.Fatalf("%v", err)
	}
	// Locate gives the side's path and the line in the document.
	err = new.Locate("absences[0].period", errors.New("x"))
	var ce *casefile.Error
	if !errors.As(err, &ce) || ce.Path != "new.absences[0].period" || ce.Pos.Line != 4 {
		t.Fatalf("%v (%+v)", err, ce)
	}
	for _, c := range []struct{ in, want string }{
		{strings.Replace(body, `"fte": "1"`, `"fet": "1"`, 1), `p.json:1:45: old.employee.fet: unknown field`},
		{`{"old": ` + pairCase + `}`, `new: invalid case: required: the case after the correction`},
		{`{"old": ` + pairCase + `, "neu": {}}`, `neu: unknown field`},
		{pairCase, `unknown field`},
		{yamlCase + "---\n" + yamlCase + "---\n" + yamlCase, "holds 3 documents"},
		{"[1, 2]", "expected a mapping with the fields old and new"},
		{`{"old": {}, "old": {}}`, "given twice"},
		{"{", "p.json"},
	} {
		_, _, err := casefile.DecodePair("p.json", []byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%.40q: got %v, want %q", c.in, err, c.want)
		}
		if !errors.As(err, &ce) {
			t.Errorf("%.40q: not a *casefile.Error: %v", c.in, err)
		}
	}
}
