package casefile_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/triggers"
)

func decode(t *testing.T, in string) casefile.Scenario {
	t.Helper()
	s, err := casefile.Decode("case.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPolicies_Knobs(t *testing.T) {
	s := decode(t, `asOf: 2026-01-01
policy:
  name: HR14 v16
  exactlyHalf: half-sickness
  excludeOccupationalInfection: false
  excludeDisability: false
  excludePregnancy: false
  negativeSample: link-prevails
  fitNoteFrom: certificate-start
  stressDays: business-days
  sicknessOnLeave: fit-note
  fertility: pregnancy-reason
  proRata: hours
  trig5Reading: more-than
  trig5Measure: counted-span
  counting: full-window
  lapseMonths: 12
  sickPayMonths: 30-days
  sspStraddle: by-day
  pensionPartTime: final-fte
`)
	p, err := s.Policies()
	if err != nil {
		t.Fatal(err)
	}
	a := p.Absence
	if a.ExactlyHalf != absence.HalfSickness || a.Exclude.OccupationalInfection || a.Exclude.Disability || a.Exclude.Pregnancy ||
		a.FitNoteFrom != absence.CertificateStart || a.StressDays != absence.OnBusinessDays || a.Exclude.NegativeSample != absence.LinkPrevails ||
		a.SicknessOnLeave != absence.OnLeaveFitNote || a.Exclude.Fertility != absence.PregnancyReasonOnly {
		t.Errorf("absence policy: %+v", a)
	}
	tr := p.Triggers
	if tr.ProRata != triggers.ByHours || tr.TRIG5.Reading != triggers.MoreThan || tr.TRIG5.Measure != triggers.CountedSpan || tr.Counting != triggers.CountFullWindow || tr.LapseMonths != 12 || !tr.Recording.Equal(a) {
		t.Errorf("trigger policy: %+v", tr)
	}
	if p.Stages.LapseMonths != 12 {
		t.Errorf("stages lapse: %d", p.Stages.LapseMonths)
	}
	if p.Payroll.Months != payroll.ThirtyDayMonths || p.Payroll.Straddle != payroll.StraddleByDay {
		t.Errorf("payroll policy: %v %v", p.Payroll.Months, p.Payroll.Straddle)
	}
	if p.Pension.PartTime != pension.PartTimeFinalFTE {
		t.Errorf("pension policy: %v", p.Pension.PartTime)
	}
	want := "exactlyHalf=half-sickness excludeOccupationalInfection=false excludeDisability=false excludePregnancy=false negativeSample=link-prevails fitNoteFrom=certificate-start stressDays=business-days sicknessOnLeave=fit-note fertility=pregnancy-reason proRata=hours trig5Reading=more-than trig5Measure=counted-span counting=full-window lapseMonths=12 sickPayMonths=30-days sspStraddle=by-day pensionPartTime=final-fte"
	if got := strings.Join(s.Policy.Knobs(), " "); got != want {
		t.Errorf("knobs:\n%s\nwant\n%s", got, want)
	}

	// The defaults are HR14 v16.
	d := decode(t, "asOf: 2026-01-01\n")
	p, err = d.Policies()
	if err != nil {
		t.Fatal(err)
	}
	if !p.Absence.Equal(absence.HR14()) || p.Triggers.Counting != triggers.CountAfterMeeting || len(d.Policy.Knobs()) != 0 {
		t.Errorf("defaults: %+v", p)
	}
}

func TestPolicies_Errors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"asOf: 2026-01-01\npolicy: {name: NHS-X}\n", `case.yaml:2:10: policy.name: unknown policy: this format knows only "HR14"`},
		{"asOf: 2026-01-01\npolicy: {lapseMonths: -1}\n", "case.yaml:2:10: policy.lapseMonths: must be 0 (no lapse) or more, not -1"},
		{"asOf: 2026-01-01\npolicy: {lapseMonths: 10000}\n", "case.yaml:2:1: policy: lapseMonths: invalid trigger policy: 10000"},
	} {
		s := decode(t, c.in)
		_, err := s.Policies()
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, casefile.ErrInvalid) {
			t.Errorf("%q: %v, want %q", c.in, err, c.want)
		}
	}
}

func TestInputs_Schedules(t *testing.T) {
	base := "asOf: 2026-03-02\nemployee:\n  fte: 1\n  standardDayHours: 7.5\n  schedule: "
	monday := absence.Date{Year: 2026, Month: time.March, Day: 2}
	bankHoliday := absence.Date{Year: 2026, Month: time.April, Day: 6} // Easter Monday
	for _, c := range []struct {
		name, schedule string
		hours          string // on monday
		night          bool
		holidayOff     bool
	}{
		{"mask, hours from the standard day", "{week: MTWTF..}", "7.5", false, false},
		{"mask with hours, nights, holidays off", "{week: MTWTF.., hours: 11.5, night: true, bankHolidaysOff: true}", "11.5", true, true},
		{"days", "{days: {mon: 6, sat: 12}}", "6", false, false},
		{"roster", "{roster: [{date: 2026-03-02, hours: 12.5, night: true}, {date: 2026-04-06, hours: 8}]}", "12.5", true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := decode(t, base+c.schedule+"\n")
			in, err := s.Inputs()
			if err != nil {
				t.Fatal(err)
			}
			sh, ok := in.Employee.Schedule.ShiftOn(monday)
			if !ok || sh.Hours.String() != c.hours || sh.Night != c.night {
				t.Errorf("Monday: %+v %v", sh, ok)
			}
			if _, ok := in.Employee.Schedule.ShiftOn(bankHoliday); ok == c.holidayOff {
				t.Errorf("Easter Monday scheduled: %v", ok)
			}
		})
	}
	for _, c := range []struct{ schedule, want string }{
		{"{}", "give exactly one of week (with hours), days or roster; 0 given"},
		{"{week: MTWTF.., days: {mon: 7}}", "give exactly one of week (with hours), days or roster; 2 given"},
		{"{roster: [{date: 2026-03-02, hours: 7}], bankHolidaysOff: true}", "a roster gives each shift's hours and night flag itself"},
		{"{days: {mon: 7}, hours: 7}", "employee.schedule.hours: hours go with week"},
		{"{week: MTWTF}", `employee.schedule.week: mask: schedule has no working days: "MTWTF"; expected 7 characters`},
		{"{week: Mon to Fri}", "employee.schedule.week: mask: schedule has no working days; expected 7 characters"},
		{"{week: .......}", "employee.schedule.week: schedule has no working days"},
		{"{days: {mon: 25}}", "employee.schedule: monday: hours must be more than 0 and at most 24: 25"},
		{"{days: {mon: 25" + strings.Repeat("0", 400) + "}}", "employee.schedule: monday: hours must be more than 0 and at most 24\n"},
		{"{roster: [{date: 2026-03-02, hours: 7}, {date: 2026-03-02, hours: 7}]}", "employee.schedule.roster: date: entries are not in date order or repeat a date: 2026-03-02"},
	} {
		s := decode(t, base+c.schedule+"\n")
		if _, err := s.Inputs(); err == nil || !strings.Contains(err.Error()+"\n", c.want) {
			t.Errorf("%s: %v, want %q", c.schedule, err, c.want)
		}
	}
	s := decode(t, "employee: {}\n")
	if _, err := s.Inputs(); err == nil || !strings.Contains(err.Error(), "case.yaml:1:1: asOf: required: the date to evaluate the case as of (YYYY-MM-DD)") {
		t.Errorf("no asOf: %v", err)
	}
}

func TestInputs_RecordsAndFacts(t *testing.T) {
	s := decode(t, sample)
	in, err := s.Inputs()
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Records) != 2 || in.Records[0].PartDay == nil || len(in.Records[0].Certificates) != 1 {
		t.Errorf("records: %+v", in.Records)
	}
	if f := in.Facts[1]; f.Referral.Referred.String() != "2026-03-03" || len(f.Contacts) != 1 || f.Referral.Calendar.Name() == "" {
		t.Errorf("facts: %+v", f)
	}
	if len(in.Events) != 2 || in.Employee.ID != "E1" || !in.Adjustment.IsZero() {
		t.Errorf("inputs: %+v", in)
	}
}

func TestLocate(t *testing.T) {
	s := decode(t, sample)
	err := s.Locate("absences[1].period", absence.ErrOverlap)
	var ce *casefile.Error
	if !errors.As(err, &ce) || ce.Pos.Line != 17 || !errors.Is(err, absence.ErrOverlap) || !errors.Is(err, casefile.ErrInvalid) {
		t.Errorf("Locate: %#v", err)
	}
	var first, again *casefile.Error
	if !errors.As(err, &first) || !errors.As(s.Locate("asOf", err), &again) || first != again {
		t.Error("Locate wraps an *Error again")
	}
	var bare casefile.Case
	if e := bare.Locate("asOf", absence.ErrOverlap); e.Error() != "case: asOf: records overlap" {
		t.Errorf("a case not decoded: %v", e)
	}
	for in, want := range map[string]string{"PartDay.Worked": "partDay.worked", "FTE": "fte", "TRIG2": "trig2", "Prior[2].Period": "prior[2].period", "": "",
		"SelfCertification[0].HRAdvised": "selfCertification[0].hrAdvised", "Evidence.OHConfirmedFit": "evidence.ohConfirmedFit", "A": "a"} {
		if got := casefile.FieldPath(in); got != want {
			t.Errorf("FieldPath(%q) = %q, want %q", in, got, want)
		}
	}
}
