package payroll_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// leaks fails the test if any of the outputs, printed with %v and %+v or
// marshalled to JSON, contains secret.
func leaks(t *testing.T, secret string, outputs ...any) {
	t.Helper()
	for _, o := range outputs {
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatalf("marshal %T: %v", o, err)
		}
		for _, s := range []string{fmt.Sprintf("%v", o), fmt.Sprintf("%+v", o), string(b)} {
			if strings.Contains(s, secret) {
				t.Fatalf("%T output contains the diagnosis or notes: %.200s", o, s)
			}
		}
	}
}

// privacyCase works out everything payroll does for a history whose records
// carry the diagnosis and notes text, and checks that none of the results,
// findings or errors contain it.
func privacyCase(t *testing.T, text string) {
	t.Helper()
	// The markers make the text unique: a date or an amount fuzzed as a
	// diagnosis must not match the same date in a finding.
	text = "«DX:" + text + "»"
	pol := payroll.HR14()
	emp := employee(t, "MTWTF..")
	h := history(t, emp,
		absence.Record{Period: p(t, "2025-06-02/2025-06-13"), Reason: absence.MentalHealth, Diagnosis: absence.Confidential(text), Notes: absence.Confidential(text)},
		absence.Record{Period: p(t, "2025-07-07/2025-07-09"), Reason: absence.Other, PartDay: &absence.PartDay{Worked: dec("3")},
			Diagnosis: absence.Confidential(text)},
		absence.Record{Period: p(t, "2025-08-04"), Kind: absence.Unauthorised, Notes: absence.Confidential(text)},
		absence.Record{Period: p(t, "2025-09-01/2025-09-02"), Kind: absence.Leave, Reason: absence.CosmeticSurgeryNotRequired, Notes: absence.Confidential(text)},
	)
	sps, err := pol.SickPays(h, d(t, "2020-01-01"), nil, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
		Earnings: []payroll.Earnings{{For: d(t, "2025-06-02"), Total: dec("4000")}}})
	if err != nil {
		t.Fatal(err)
	}
	st, err := pol.Statement(payroll.StatementInput{SickPay: sps[0], SSP: s, DayPay: dec("100")})
	if err != nil {
		t.Fatal(err)
	}
	tr, err := pol.Treatments(payroll.TreatmentInput{History: h, Certification: payroll.Certification{Uncovered: ps(t, "2025-06-10/2025-06-13")}})
	if err != nil {
		t.Fatal(err)
	}
	leaks(t, text, sps, s, st, tr)

	// Errors about the same history name records by index and dates only.
	var errs []error
	_, err = pol.Treatments(payroll.TreatmentInput{History: h, Suspensions: []payroll.Suspension{{Record: 0, HRAdvised: d(t, "2025-06-03")}}})
	errs = append(errs, err)
	_, err = pol.Treatments(payroll.TreatmentInput{History: h, Suspensions: []payroll.Suspension{{Record: 2}}})
	errs = append(errs, err)
	_, err = pol.Treatments(payroll.TreatmentInput{History: h, Certification: payroll.Certification{Uncovered: ps(t, "2025-08-04")}})
	errs = append(errs, err)
	_, err = pol.SickPays(h, d(t, "2020-01-01"), nil, d(t, "2025-05-01"))
	errs = append(errs, err)
	_, err = pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(t, "2026-01-01")})
	errs = append(errs, err)
	for i, err := range errs {
		var ie *payroll.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error %d: %v is not an *InputError", i, err)
		}
		if strings.Contains(err.Error(), text) || strings.Contains(fmt.Sprintf("%+v", ie), text) {
			t.Fatalf("error %d contains the diagnosis or notes: %v", i, err)
		}
	}
}

// TestPrivacy: no result, finding, String output or error of payroll
// contains a record's diagnosis or notes.
func TestPrivacy(t *testing.T) {
	for _, text := range []string{"Type 2 diabetes; HbA1c 64", "depression — on sertraline 50 mg", ""} {
		privacyCase(t, text)
	}
}

// FuzzPrivacy is TestPrivacy with fuzzed diagnosis and notes.
func FuzzPrivacy(f *testing.F) {
	for _, s := range []string{"Type 2 diabetes; HbA1c 64", "<b>stress</b> & \"anxiety\"", "\x00\xff", "2025-06-02", "£100.00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { privacyCase(t, text) })
}
