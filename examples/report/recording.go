package report

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
)

// recording fills the report's Recording from the history (ABS-20 on).
func (e *evaluation) recording() {
	rec := Recording{AtWork: []AtWork{}, Findings: []Finding{}}
	for _, a := range e.h.AtWork {
		rec.AtWork = append(rec.AtWork, AtWork{Period: a.Period, Record: recordName(e.h.Records[a.Record], e.index[a.Record]),
			Advice: nonNil(a.Advice), Text: findingText(finding(a.Finding))})
	}
	for _, x := range e.h.SicknessOnLeave {
		rec.SicknessOnLeave = append(rec.SicknessOnLeave, SicknessOnLeave{Period: x.Period,
			Sickness: recordName(e.h.Records[x.Sickness], e.index[x.Sickness]), Leave: recordName(e.h.Records[x.Leave], e.index[x.Leave]),
			Replaced: nonNil(x.Replaced), Kept: nonNil(x.Kept), Findings: findings(x.Findings)})
	}
	rec.SicknessOnLeave = nonNil(rec.SicknessOnLeave)
	rec.Protected = []Protected{}
	for _, x := range e.h.Protected {
		rec.Protected = append(rec.Protected, Protected{Period: x.Period, Open: x.Open, Text: findingText(finding(x.Finding))})
	}
	for _, o := range e.h.OtherWork {
		rec.Findings = append(rec.Findings, finding(o.Finding))
		rec.OtherWork = append(rec.OtherWork, OtherWorkDays{Work: o.Work + 1, Days: o.Days})
	}
	if len(e.h.SicknessOnLeave) > 0 {
		rc := e.h.Recredit(absence.EnglandAndWales())
		rec.Recredited = rc.Days
		rec.Findings = append(rec.Findings, findings(rc.Findings)...)
		one := e.h // each leave's share of the re-credit
		for i := range rec.SicknessOnLeave {
			one.SicknessOnLeave = e.h.SicknessOnLeave[i : i+1]
			rec.SicknessOnLeave[i].Recredited = one.Recredit(absence.EnglandAndWales()).Days
		}
	}
	e.r.Recording = rec
	e.appointments()
}

// appointments decides the case's appointments up to the as-of date (ABS-7,
// ABS-24).
func (e *evaluation) appointments() {
	e.r.Recording.Appointments = []Appointment{}
	var apps []absence.Appointment
	for _, a := range e.c.Appointments {
		if !a.Date.After(e.asOf) {
			apps = append(apps, a)
		}
	}
	if len(apps) == 0 {
		return
	}
	decided, err := e.in.Policies.Absence.Appointments(apps)
	if err != nil {
		return // refused when the case is read (casefile.InputsAsOf)
	}
	for _, d := range decided {
		e.r.Recording.Appointments = append(e.r.Recording.Appointments, Appointment{Date: d.Appointment.Date, Fertility: d.Appointment.Fertility,
			Treatment: d.Treatment, Agreed: d.Appointment.Agreed, Text: findingText(finding(d.Finding))})
	}
}

// finding is one library finding in the report's form.
func finding(f absence.Finding) Finding {
	return Finding{Rule: f.Rule.ID, Clause: f.Rule.Clause, Text: f.Text}
}

// recording checks what the recording rules found (ABS-20 on).
func (v *verifier) recording(want *casefile.RecordingExpect, r *Report) {
	if want == nil {
		return
	}
	rec := r.Recording
	if want.AtWork != nil {
		var got []absence.Period
		for _, a := range rec.AtWork {
			got = append(got, a.Period)
		}
		v.list("recording.atWork", periodLines(*want.AtWork), periodLines(got))
	}
	if want.LeaveReplaced != nil || want.LeaveKept != nil {
		var replaced, kept []absence.Period
		for _, x := range rec.SicknessOnLeave {
			replaced = append(replaced, x.Replaced...)
			kept = append(kept, x.Kept...)
		}
		if want.LeaveReplaced != nil {
			v.list("recording.leaveReplaced", periodLines(*want.LeaveReplaced), periodLines(replaced))
		}
		if want.LeaveKept != nil {
			v.list("recording.leaveKept", periodLines(*want.LeaveKept), periodLines(kept))
		}
	}
	check(v, "recording.recredited", want.Recredited, rec.Recredited, itoa)
	if len(want.Findings) > 0 {
		v.contains("recording.findings", want.Findings, r.allFindings())
	}
}

func periodLines(ps []absence.Period) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, periodText(p))
	}
	return out
}

// allFindings are the texts of every finding of r a reader sees about the
// absences: the recording's, the episodes' and their exclusions', and the
// recording checks'.
func (r *Report) allFindings() []string {
	var out []string
	for _, a := range r.Recording.AtWork {
		out = append(out, a.Text)
	}
	out = append(out, findingTexts(r.Recording.Findings)...)
	for _, x := range r.Recording.SicknessOnLeave {
		out = append(out, findingTexts(x.Findings)...)
	}
	for _, x := range r.Recording.Protected {
		out = append(out, x.Text)
	}
	for _, a := range r.Recording.Appointments {
		out = append(out, a.Text)
	}
	for _, ep := range r.Episodes {
		out = append(out, findingTexts(ep.Findings)...)
		for _, x := range ep.Triggers.Excluded {
			out = append(out, x.Text)
		}
	}
	for _, c := range r.Checks {
		out = append(out, c.Text)
	}
	return out
}

// fitNotes adds to the recording findings what the fit notes of an
// episode's certification say (ABS-20): the decision on a "may be fit"
// note's advice, and a note signed before its issuer could sign one.
func (e *evaluation) fitNotes(cert absence.Certification) {
	for _, f := range cert.Findings {
		if f.Rule.ID == "ABS-20" {
			e.r.Recording.Findings = append(e.r.Recording.Findings, finding(f))
		}
	}
	for _, c := range cert.Checks {
		if c.Task == absence.TaskFitNoteAdvice {
			e.r.Recording.Findings = append(e.r.Recording.Findings, findings(c.Findings)...)
		}
	}
}
