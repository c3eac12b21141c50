package absence_test

import (
	"errors"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
)

func FuzzCheckCodes(f *testing.F) {
	for _, s := range []string{"pending", "met", "late", "overdue", "not-required", "fit-note", "call-back", "no-payback", "payback", "beyond-allowance", "", "Met", "contact "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var st absence.Status
		if err := st.UnmarshalText([]byte(s)); err == nil {
			if b, err := st.MarshalText(); err != nil || string(b) != s {
				t.Fatalf("Status %q round trip: %q, %v", s, b, err)
			}
		} else if !errors.Is(err, absence.ErrUnknownCode) {
			t.Fatalf("Status %q: untyped error %v", s, err)
		}
		var tk absence.Task
		if err := tk.UnmarshalText([]byte(s)); err == nil {
			if b, err := tk.MarshalText(); err != nil || string(b) != s || tk.Code() != s {
				t.Fatalf("Task %q round trip: %q, %v", s, b, err)
			}
		} else if !errors.Is(err, absence.ErrUnknownCode) {
			t.Fatalf("Task %q: untyped error %v", s, err)
		}
		var tr absence.Treatment
		if err := tr.UnmarshalText([]byte(s)); err == nil {
			if b, err := tr.MarshalText(); err != nil || string(b) != s {
				t.Fatalf("Treatment %q round trip: %q, %v", s, b, err)
			}
		} else if !errors.Is(err, absence.ErrUnknownCode) {
			t.Fatalf("Treatment %q: untyped error %v", s, err)
		}
	})
}

// FuzzPolicyValidate: Validate accepts a policy exactly when every number is
// in range, and a valid policy never makes a check panic.
func FuzzPolicyValidate(f *testing.F) {
	f.Add(7, 3, 1, 3, 24, 72, 7, 3, 12, 7, 0, 5, 28, 48, 14, uint8(0), uint8(0))
	f.Add(0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, uint8(1), uint8(1))
	f.Add(-1, 3, 1, 3, 24, 71, 7, 3, 12, 7, 0, 5, 28, 48, 14, uint8(2), uint8(0))
	f.Add(3660, 3660, 87840, 87840, 87840, 87840, 3660, 3660, 120, 3660, 3660, 3660, 3660, 87840, 3660, uint8(0), uint8(1))
	f.Fuzz(func(t *testing.T, selfDays, fitDays, report, night, callBack, interview, noExtra, appts, apptMonths, msk, soon, stress, referral, cancel, contact int, from, basis uint8) {
		pol := absence.HR14()
		pol.SelfCertificateDays, pol.FitNoteDays = selfDays, fitDays
		pol.ReportHours, pol.NightReportHours, pol.CallBackHours = report, night, callBack
		pol.InterviewHours, pol.NoAdditionalHoursDays = interview, noExtra
		pol.AppointmentsAllowed, pol.AppointmentMonths = appts, apptMonths
		pol.MSKReferralDays, pol.AsSoonAsDays, pol.StressWorkingDays = msk, soon, stress
		pol.ReferralDays, pol.OHProvider.CancelHours, pol.ContactDays = referral, cancel, contact
		pol.FitNoteFrom, pol.StressDays = absence.FitNoteStart(from), absence.DayBasis(basis)
		err := pol.Validate()
		if err != nil {
			if !errors.Is(err, absence.ErrInvalidPolicy) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		in := func(v, lo, hi int) bool { return v >= lo && v <= hi }
		const days, hours = 3660, 87840
		if !in(selfDays, 0, days) || !in(fitDays, 0, days) || !in(report, 0, hours) || !in(night, 0, hours) ||
			!in(callBack, 1, hours) || !in(interview, 0, hours) || interview%24 != 0 || !in(noExtra, 0, days) ||
			!in(appts, 0, days) || !in(apptMonths, 1, 120) || !in(msk, 0, days) || !in(soon, 0, days) ||
			!in(stress, 1, days) || !in(referral, 1, days) || !in(cancel, 0, hours) || !in(contact, 1, days) || from > 1 || basis > 1 {
			t.Fatalf("Validate accepted %+v", pol)
		}
		// Every check runs on it.
		emp := monFri(t)
		rec := sick(t, "2026-01-05/2026-03-01", absence.Stress)
		rec.Certificates = []absence.Certificate{fitNote(t, "2026-01-12/2026-02-01", "2026-01-16")}
		rec.Returned, rec.Interviewed = d(t, "2026-03-02"), d(t, "2026-03-03")
		h, err := absence.NewHistory(emp, []absence.Record{rec}, pol)
		if err != nil {
			t.Fatal(err)
		}
		asOf := d(t, "2026-03-31")
		if _, err := h.Certification(0, asOf); err != nil {
			t.Fatal(err)
		}
		if _, err := h.ReturnToWork(0, asOf); err != nil {
			t.Fatal(err)
		}
		if _, err := h.Referral(0, absence.ReferralFacts{Calendar: absence.EnglandAndWales()}, asOf); err != nil {
			t.Fatal(err)
		}
		if _, err := h.Contact(0, days2(t, "2026-01-20", "2026-02-20"), asOf); err != nil {
			t.Fatal(err)
		}
		shift := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
		if _, err := pol.Notification(shift, true, shift.Add(-time.Hour), shift, shift.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, err := pol.OHCancellation(shift, shift.Add(-time.Hour), shift); err != nil {
			t.Fatal(err)
		}
		if _, err := pol.Appointments([]absence.Appointment{{Date: d(t, "2026-01-05")}}); err != nil {
			t.Fatal(err)
		}
	})
}

func days2(t testing.TB, ss ...string) []absence.Date { return days(t, ss...) }

// FuzzCertification builds an episode with fit notes from fuzz input and
// checks the invariants of the result: Missing ⊆ Uncovered ⊆ the days that
// need a fit note up to asOf; receiving a certificate earlier never adds
// uncovered days; a fit note received on its first day for every day never
// leaves any.
func FuzzCertification(f *testing.F) {
	f.Add([]byte{7, 0, 5, 3, 14, 2, 9, 1}, uint8(40), uint8(30), false, false)
	f.Add([]byte{0, 30, 2, 1, 5, 10, 0}, uint8(20), uint8(19), true, true)
	f.Add([]byte{}, uint8(9), uint8(60), false, true)
	f.Fuzz(func(t *testing.T, spec []byte, length, asOfDay uint8, withdrawn, certStart bool) {
		start := d(t, "2026-01-05")
		rec := absence.Record{Period: absence.Period{Start: start, End: start.AddDays(int(length))}, Reason: absence.Infection}
		// Each fit note is 3 bytes: first day, length, days from its first day to receipt.
		for i := 0; i+2 < len(spec) && i < 30; i += 3 {
			from := start.AddDays(int(spec[i] % 64))
			rec.Certificates = append(rec.Certificates, absence.Certificate{Kind: absence.FitNote,
				Covers:   absence.Period{Start: from, End: from.AddDays(int(spec[i+1] % 40))},
				Received: from.AddDays(int(spec[i+2]%12) - 4)})
		}
		emp := monFri(t)
		if withdrawn {
			emp.SelfCertification = []absence.SelfCertificationDecision{{From: start, Withdrawn: true, HRAdvised: start.AddDays(-1)}}
		}
		pol := absence.HR14()
		if certStart {
			pol.FitNoteFrom = absence.CertificateStart
		}
		asOf := start.AddDays(int(asOfDay))
		c := certify(t, emp, pol, rec, asOf)

		need := absence.Period{Start: c.FitNoteFrom, End: minD(rec.Period.End, asOf)}
		un := daySet(c.Uncovered)
		for d := range daySet(c.Missing) {
			if !un[d] {
				t.Fatalf("missing day %v is not uncovered", d)
			}
		}
		for d := range un {
			if c.FitNoteFrom.IsZero() || !need.Contains(d) {
				t.Fatalf("uncovered day %v outside %v", d, need)
			}
		}
		for _, ck := range c.Checks {
			if ck.Status > absence.NotRequired || ck.Rule.ID != "ABS-4" {
				t.Fatalf("bad check %+v", ck)
			}
		}
		// Receiving any one certificate on its first day never adds uncovered days.
		for k := range rec.Certificates {
			earlier := rec
			earlier.Certificates = append([]absence.Certificate(nil), rec.Certificates...)
			if earlier.Certificates[k].Received.Before(earlier.Certificates[k].Covers.Start) {
				continue
			}
			earlier.Certificates[k].Received = earlier.Certificates[k].Covers.Start
			c2 := certify(t, emp, pol, earlier, asOf)
			for d := range daySet(c2.Uncovered) {
				if !un[d] {
					t.Fatalf("receiving certificate %d earlier uncovered %v (before %v, after %v)", k, d, c.Uncovered, c2.Uncovered)
				}
			}
		}
		// Weekly fit notes, each received on its first day: nothing uncovered.
		if !c.FitNoteFrom.IsZero() {
			full := rec
			full.Certificates = nil
			for from := c.FitNoteFrom; !from.After(rec.Period.End); from = from.AddDays(7) {
				full.Certificates = append(full.Certificates, absence.Certificate{Kind: absence.FitNote,
					Covers: absence.Period{Start: from, End: from.AddDays(6)}, Received: from})
			}
			if c3 := certify(t, emp, pol, full, asOf); len(c3.Uncovered) > 0 {
				t.Fatalf("timely weekly fit notes left %v uncovered", c3.Uncovered)
			}
		}
	})
}

func certify(t *testing.T, emp absence.Employee, pol absence.Policy, rec absence.Record, asOf absence.Date) absence.Certification {
	t.Helper()
	h, err := absence.NewHistory(emp, []absence.Record{rec}, pol)
	if err != nil {
		t.Fatal(err)
	}
	c, err := h.Certification(0, asOf)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func daySet(ps []absence.Period) map[absence.Date]bool {
	m := map[absence.Date]bool{}
	for _, p := range ps {
		for d := range p.All() {
			m[d] = true
		}
	}
	return m
}

func minD(a, b absence.Date) absence.Date {
	if b.Before(a) {
		return b
	}
	return a
}

// FuzzContact: every gap is longer than the policy allows, and each late or
// overdue contact check goes with a gap.
func FuzzContact(f *testing.F) {
	f.Add([]byte{14, 15, 3, 40}, uint8(60), uint8(70))
	f.Add([]byte{}, uint8(30), uint8(20))
	f.Fuzz(func(t *testing.T, spec []byte, length, asOfDay uint8) {
		start := d(t, "2026-01-05")
		h := history(t, monFri(t), absence.Record{Period: absence.Period{Start: start, End: start.AddDays(int(length))}, Reason: absence.Stress})
		var contacts []absence.Date
		for _, b := range spec {
			contacts = append(contacts, start.AddDays(int(b)-10))
		}
		c, err := h.Contact(0, contacts, start.AddDays(int(asOfDay)))
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for _, ck := range c.Checks {
			if ck.Status == absence.Late || ck.Status == absence.Overdue {
				bad++
			}
		}
		if bad != len(c.Gaps) {
			t.Fatalf("%d late or overdue checks but gaps %v", bad, c.Gaps)
		}
		for _, g := range c.Gaps {
			if g.Days <= 14 || g.To.DaysSince(g.From) != g.Days {
				t.Fatalf("gap %v", g)
			}
		}
	})
}
