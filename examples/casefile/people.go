package casefile

import (
	"errors"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// itemNames name one item of each list of the format, for people: the 3rd
// item of "absences" is "absence 3".
var itemNames = map[string]string{
	"absences":     "absence",
	"certificates": "certificate",
	"contacts":     "contact",
	"events":       "event",
	"roster":       "roster shift",
	"earnings":     "earnings entry",
	"prior":        "prior sick pay",
	"expect":       "expectation",
	"letters":      "letter",
	"byKind":       "byKind entry",
	"lines":        "line",
	"address":      "address line",
	"copies":       "copy",
	"discussed":    "point discussed",
	"support":      "support item",
	"reasons":      "reason",
	"triggers":     "trigger",
	"members":      "panel member",
	"periods":      "period",
	"activated":    "activation",
	"episodes":     "episode",
	"nextSteps":    "next step",
	"deadlines":    "deadline",
	"checks":       "check",
	"findings":     "finding",
	"contains":     "text",
	"notContains":  "text",
	"payments":     "payment",
	"sickPay":      "sick pay entry",
	"attendees":    "attendee",
	"people":       "person",
	"active":       "active trigger",
	"allowances":   "allowance",
	"counted":      "counted period",
	"partDays":     "part day",
	"payDays":      "pay day",
	"runs":         "run",

	"selfCertification": "self-certification decision",
}

// PeoplePath writes a case-file path (a JSON path, lists from 0) for
// people: each list item named and counted from 1, the fields of an item
// after a comma. "absences[2].certificates[0].covers" is "absence 3,
// certificate 1, covers"; "employee.schedule.week" stays as it is.
func PeoplePath(path string) string {
	if path == "" {
		return ""
	}
	var parts []string
	cur := ""
	for path != "" {
		i := strings.IndexByte(path, '[')
		if i < 0 {
			cur += path
			break
		}
		j := strings.IndexByte(path[i:], ']')
		n, err := strconv.Atoi(path[i+1 : i+max(j, 1)])
		if j < 0 || err != nil || n < 0 {
			cur += path
			break
		}
		head := path[:i] // e.g. "absences", ".certificates" or "letter.byKind"
		prefix, list := "", head
		if k := strings.LastIndexByte(head, '.'); k >= 0 {
			prefix, list = head[:k], head[k+1:]
		}
		cur += prefix
		if cur = strings.Trim(cur, "."); cur != "" {
			parts = append(parts, cur)
		}
		item, ok := itemNames[list]
		if !ok {
			item = list + " item"
		}
		parts = append(parts, item+" "+strconv.Itoa(n+1))
		cur = ""
		path = path[i+j+1:]
	}
	if cur = strings.Trim(cur, "."); cur != "" {
		parts = append(parts, cur)
	}
	return strings.Join(parts, ", ")
}

// explain says what a library error reports, without its package prefix
// and without where (the *Error says where): "records overlap (absence 1):
// 2026-03-03/2026-03-03 and 2026-03-02/2026-03-04". The field the library
// names is added when path does not already end with it.
func explain(path string, err error) string {
	var (
		ae  *absence.InputError
		te  *triggers.InputError
		ee  *stages.EventError
		pe  *payroll.InputError
		ne  *pension.InputError
		spe *stages.PolicyError
		sce *stages.CodeError
		lfe *letters.FieldError
		lce *letters.CaseError
	)
	switch {
	case errors.As(err, &ae):
		if ae.Input == "record" && ae.Other >= 0 {
			cp := *ae
			cp.Other = -1
			what := cp.What()
			cls, rest, _ := strings.Cut(what, ": ")
			what = cls + " (absence " + strconv.Itoa(ae.Other+1) + ")"
			if rest != "" {
				what += ": " + rest
			}
			return withField(path, ae.Field, what)
		}
		return withField(path, ae.Field, ae.What())
	case errors.As(err, &te):
		return withField(path, te.Field, te.What())
	case errors.As(err, &ee):
		what := ee.What()
		if ee.Kind.IsValid() && ee.Date.InRange() {
			what = ee.Kind.String() + " on " + ee.Date.String() + ": " + what
		}
		return withField(path, ee.Field, what)
	case errors.As(err, &pe):
		return withField(path, pe.Field, pe.What())
	case errors.As(err, &ne):
		return withField(path, ne.Field, ne.What())
	case errors.As(err, &spe):
		return withField(path, spe.Field, string(stages.ErrInvalidPolicy)+": "+spe.Value)
	case errors.As(err, &sce):
		return strings.TrimPrefix(sce.Error(), "stages: ")
	case errors.As(err, &lfe):
		// The host has placed the letter's field in the case (path).
		what := lfe.Err.Error()
		if lfe.Kind.IsValid() {
			what += " for the " + lfe.Kind.Code() + " letter"
		}
		if lfe.Detail != "" {
			what += ": " + lfe.Detail
		}
		return what
	case errors.As(err, &lce):
		what := "the case does not support the " + lce.Kind.Code() + " letter: " + lce.Detail
		if lce.Cause != nil {
			what += ": " + explain("", lce.Cause)
		}
		return what
	}
	s := err.Error()
	for _, p := range []string{"absence: ", "triggers: ", "stages: ", "payroll: ", "pension: ", "letters: ", string(ErrInvalid) + ": ", string(ErrValue) + ": "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// withField puts the library's field in front of what, when path does not
// already end with it: "TRIG2.Days: invalid trigger policy: 0" for an error
// placed at "policy".
func withField(path, field, what string) string {
	if field == "" {
		return what
	}
	fp := FieldPath(field)
	if strings.HasSuffix(strings.ToLower(path), strings.ToLower(fp)) {
		return what
	}
	return absence.FieldText(fp) + ": " + what
}
