package absence_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
)

// recordingInputs are invalid inputs of issue 17's fields (ABS-20 …
// ABS-24), each with the free text s where a host might type it: as the
// ID of what is refused, and in the confidential fields.
func recordingInputs(t *testing.T, s string) map[string]func() error {
	emp := func() absence.Employee { return monFri(t) }
	rec := func() absence.Record {
		r := sick(t, "2026-03-02/2026-03-27", absence.Musculoskeletal)
		r.ID, r.Diagnosis, r.Notes = s, absence.Confidential(s), absence.Confidential(s)
		return r
	}
	history := func(e absence.Employee, recs ...absence.Record) func() error {
		return func() error { _, err := absence.NewHistory(e, recs, absence.HR14()); return err }
	}
	note := absence.Certificate{Kind: absence.FitNote, Covers: p(t, "2026-03-16/2026-03-29"), Fitness: absence.MayBeFitForWork,
		Employer: &absence.AdviceDecision{Made: true, From: d(t, "2026-04-30"), Decided: d(t, "2026-03-17")}}
	badNote := rec()
	badNote.Certificates = []absence.Certificate{note}
	selfAdvice := rec()
	selfAdvice.Certificates = []absence.Certificate{{Kind: absence.SelfCertificate, Covers: p(t, "2026-03-02"), Advice: []absence.Advice{absence.PhasedReturn}}}
	fit := rec()
	fit.ReportedFit = d(t, "2026-03-01")
	leaveOver := absence.Record{ID: s, Period: p(t, "2026-03-10/2026-03-12"), Kind: absence.MedicalExclusion}
	work := emp()
	work.OtherWork = []absence.OtherWork{{ID: s, Period: p(t, "2026-05-01/2026-05-31")}}
	fert := emp()
	fert.FertilityTreatments = []absence.FertilityTreatment{{ID: s, Ended: d(t, "2026-03-13")}}
	return map[string]func() error{
		"fit note changes made outside it":     history(emp(), badNote),
		"advice on a self-certificate":         history(emp(), selfAdvice),
		"reported fit before the first day":    history(emp(), fit),
		"other absence over booked leave":      history(emp(), absence.Record{Period: p(t, "2026-03-09/2026-03-13"), Kind: absence.Leave}, leaveOver),
		"other work without its declared day":  history(work),
		"fertility treatment without transfer": history(fert),
		"appointment with an unknown agreement": func() error {
			_, err := absence.HR14().Appointments([]absence.Appointment{{ID: s, Date: d(t, "2026-03-02"), Agreed: 99}})
			return err
		},
	}
}

// FuzzNoEchoRecording: no error about issue 17's fields quotes the free
// text of the input it refuses: an ID that is a sentence, a diagnosis, a
// note (ABS-20 … ABS-24).
func FuzzNoEchoRecording(f *testing.F) {
	for _, s := range []string{"miscarriage at 12 weeks", "IVF failed again", "works nights at the care home"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = "said " + strings.ToValidUTF8(s, "?") + " at work"
		for name, run := range recordingInputs(t, s) {
			err := run()
			if err == nil {
				t.Fatalf("%s: accepted", name)
			}
			if strings.Contains(err.Error(), s) || strings.Contains(err.Error(), "said ") {
				t.Fatalf("%s quotes the text: %v", name, err)
			}
		}
	})
}
