package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// treatmentHistory has one record of each kind the pay treatments handle.
func treatmentHistory(t testing.TB) absence.History {
	t.Helper()
	emp := employee(t, "MTWTF..")
	return history(t, emp,
		sick(t, "2026-01-05/2026-01-16"), // 0
		absence.Record{Period: p(t, "2026-02-02/2026-02-03"), Kind: absence.MedicalExclusion},                                     // 1
		absence.Record{Period: p(t, "2026-03-02"), Kind: absence.Unauthorised},                                                    // 2
		absence.Record{Period: p(t, "2026-04-06/2026-04-17"), Kind: absence.Leave, Reason: absence.CosmeticSurgeryNotRequired},    // 3
		absence.Record{Period: p(t, "2026-09-07/2026-09-09"), Reason: absence.Other, PartDay: &absence.PartDay{Worked: dec("3")}}, // 4
		absence.Record{Period: p(t, "2026-10-05/2026-10-06"), Kind: absence.Leave},                                                // 5
		absence.Record{Period: p(t, "2026-11-02"), Reason: absence.Other, PartDay: &absence.PartDay{Worked: dec("5")}},            // 6
		absence.Record{Period: p(t, "2026-12-01/2026-12-02"), Kind: absence.MedicalSuspension, Reason: absence.MentalHealth,
			Evidence: absence.Evidence{OHConfirmedFit: true}}, // 7
	)
}

// TestPAY_Treatments covers PAY-1 (part days paid as worked), PAY-4 (pay
// withheld for uncovered days, released when a certificate is produced),
// PAY-5 (unauthorised absence), PAY-6 (cosmetic surgery is annual leave) and
// PAY-7 (medical exclusion is paid, not sick leave).
func TestPAY_Treatments(t *testing.T) {
	h := treatmentHistory(t)
	in := payroll.TreatmentInput{History: h, Certification: payroll.Certification{
		Uncovered: ps(t, "2026-01-12/2026-01-16"), Produced: ps(t, "2026-01-15/2026-01-16")}}
	got, err := hr14(t).Treatments(in)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Period    string
		Treatment payroll.Treatment
		Record    int
		Rule      string
	}
	var rows []row
	for _, x := range got.Days {
		rows = append(rows, row{x.Period.String(), x.Treatment, x.Record, x.Finding.Rule.ID})
	}
	want := []row{
		{"2026-01-05/2026-01-11", payroll.SickLeave, 0, "PAY-8"},
		{"2026-01-12/2026-01-14", payroll.Withheld, 0, "PAY-4"},
		{"2026-01-15/2026-01-16", payroll.SickLeave, 0, "PAY-4"}, // released
		{"2026-02-02/2026-02-03", payroll.NormalPay, 1, "PAY-7"},
		{"2026-03-02/2026-03-02", payroll.Unauthorised, 2, "PAY-5"},
		{"2026-04-06/2026-04-17", payroll.OnLeave, 3, "PAY-6"},
		{"2026-09-07/2026-09-07", payroll.AsWorked, 4, "PAY-1"},
		{"2026-09-08/2026-09-09", payroll.SickLeave, 4, "PAY-8"},
		{"2026-10-05/2026-10-06", payroll.OnLeave, 5, "ABS-8"},
		{"2026-11-02/2026-11-02", payroll.AsWorked, 6, "PAY-1"},
		{"2026-12-01/2026-12-02", payroll.NormalPay, 7, "ABS-7"},
	}
	if diff := diff(want, rows); diff != "" {
		t.Errorf("treatments (-want +got):\n%s", diff)
	}
	if len(got.Findings) != 0 {
		t.Errorf("unexpected findings %v", got.Findings)
	}

	// PAY-5: suspended once the manager, advised by HR, says so.
	in.Suspensions = []payroll.Suspension{{Record: 2, HRAdvised: d(t, "2026-03-03")}}
	got, err = hr14(t).Treatments(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range got.Days {
		if x.Record == 2 && x.Treatment != payroll.Suspended {
			t.Errorf("record 2 after suspension: %v", x.Treatment)
		}
	}
}

func TestPAY_TreatmentErrors(t *testing.T) {
	h := treatmentHistory(t)
	tests := []struct {
		name string
		in   payroll.TreatmentInput
		want error
	}{
		{"suspension without HR advice", payroll.TreatmentInput{History: h, Suspensions: []payroll.Suspension{{Record: 2}}}, payroll.ErrNoHRAdvice},
		{"suspension of sickness", payroll.TreatmentInput{History: h, Suspensions: []payroll.Suspension{{Record: 0, HRAdvised: d(t, "2026-01-20")}}}, payroll.ErrNotUnauthorised},
		{"suspension of no record", payroll.TreatmentInput{History: h, Suspensions: []payroll.Suspension{{Record: 99, HRAdvised: d(t, "2026-01-20")}}}, payroll.ErrNotUnauthorised},
		{"uncovered outside sickness", payroll.TreatmentInput{History: h, Certification: payroll.Certification{Uncovered: ps(t, "2026-01-16/2026-01-17")}}, payroll.ErrUncovered},
		{"bad uncovered period", payroll.TreatmentInput{History: h, Certification: payroll.Certification{Uncovered: []absence.Period{{}}}}, payroll.ErrInvalidPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := hr14(t).Treatments(tt.in); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

// TestPAY4_UncoveredPartDay: an uncovered day that is not a pay day (the part
// day) has nothing to withhold, and the result says so.
func TestPAY4_UncoveredPartDay(t *testing.T) {
	h := treatmentHistory(t)
	got, err := hr14(t).Treatments(payroll.TreatmentInput{History: h, Certification: payroll.Certification{Uncovered: ps(t, "2026-09-07/2026-09-08")}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasFinding(got.Findings, "PAY-4", "2026-09-07 is listed as uncovered but is not a sickness day for pay") {
		t.Errorf("findings %v", got.Findings)
	}
}

// TestPAY6_CosmeticSurgeryIsNotSickness: recording cosmetic surgery that is
// not medically required as sickness is refused; as leave it is leave.
func TestPAY6_CosmeticSurgeryIsNotSickness(t *testing.T) {
	emp := employee(t, "MTWTF..")
	_, err := absence.NewHistory(emp, []absence.Record{{Period: p(t, "2026-04-06/2026-04-17"), Reason: absence.CosmeticSurgeryNotRequired}}, absence.HR14())
	if !errors.Is(err, absence.ErrNotSickness) {
		t.Errorf("cosmetic surgery as sickness: %v, want absence.ErrNotSickness", err)
	}
	// Medically required cosmetic surgery is ordinary sickness.
	h := history(t, emp, absence.Record{Period: p(t, "2026-04-06/2026-04-17"), Reason: absence.CosmeticSurgeryRequired})
	got, err := hr14(t).Treatments(payroll.TreatmentInput{History: h})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Days) != 1 || got.Days[0].Treatment != payroll.SickLeave {
		t.Errorf("medically required: %+v", got.Days)
	}
}

// TestPAY4_WithdrawalOfSelfCertificationIsNotRetroactive: pay is withheld
// (PAY-4) only for sickness that started while a withdrawal of
// self-certification was in force (ABS-4, Proc 13): last year's properly
// self-certified episode stays sick leave when the right is withdrawn
// today, and a restoration ends the withdrawal.
func TestPAY4_WithdrawalOfSelfCertificationIsNotRetroactive(t *testing.T) {
	emp := employee(t, "MTWTF..")
	emp.SelfCertification = []absence.SelfCertificationDecision{
		{From: d(t, "2026-03-02"), Withdrawn: true, HRAdvised: d(t, "2026-02-25")},
		{From: d(t, "2026-06-01"), HRAdvised: d(t, "2026-05-28")},
	}
	selfCertified := func(period, received string) absence.Record {
		r := sick(t, period)
		r.Certificates = []absence.Certificate{{Kind: absence.SelfCertificate, Covers: p(t, period), Received: d(t, received)}}
		return r
	}
	h := history(t, emp,
		selfCertified("2025-03-03/2025-03-06", "2025-03-09"),
		selfCertified("2026-03-09/2026-03-12", "2026-03-13"),
		selfCertified("2026-06-08/2026-06-11", "2026-06-12"),
	)
	asOf := d(t, "2026-12-31")
	var cert payroll.Certification
	for i := range h.Episodes {
		c, err := h.Certification(i, asOf)
		if err != nil {
			t.Fatal(err)
		}
		cert.Uncovered = append(cert.Uncovered, c.Uncovered...)
	}
	got, err := hr14(t).Treatments(payroll.TreatmentInput{History: h, Certification: cert})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]payroll.Treatment{
		"2025-03-03/2025-03-06": payroll.SickLeave,
		"2026-03-09/2026-03-12": payroll.Withheld,
		"2026-06-08/2026-06-11": payroll.SickLeave,
	}
	if len(got.Days) != len(want) {
		t.Fatalf("treated %+v, want %v", got.Days, want)
	}
	for _, x := range got.Days {
		if w, ok := want[x.Period.String()]; !ok || x.Treatment != w {
			t.Errorf("%s: %s, want %s", x.Period, x.Treatment, w)
		}
	}
}
