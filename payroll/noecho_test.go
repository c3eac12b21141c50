package payroll_test

import (
	"encoding"
	"strings"
	"testing"

	"github.com/absencerules/hr14/payroll"
)

// FuzzNoEcho: no error of the package quotes a text it rejected: a sentence
// typed into a code field is described by the codes expected.
func FuzzNoEcho(f *testing.F) {
	f.Add("miscarriage at 12 weeks")
	f.Add("full")
	f.Fuzz(func(t *testing.T, s string) {
		s = "said " + s + " at work"
		for name, v := range map[string]encoding.TextUnmarshaler{
			"Status": new(payroll.Status), "Treatment": new(payroll.Treatment), "DayBasis": new(payroll.DayBasis),
			"MonthRule": new(payroll.MonthRule), "Straddle": new(payroll.Straddle), "Draw": new(payroll.Draw),
			"PayPattern": new(payroll.PayPattern), "AppointmentOutcome": new(payroll.AppointmentOutcome),
		} {
			err := v.UnmarshalText([]byte(s))
			if err == nil {
				t.Fatalf("%s accepted %q", name, s)
			}
			if strings.Contains(err.Error(), s) || !strings.Contains(err.Error(), "; expected one of ") {
				t.Fatalf("%s: %v", name, err)
			}
		}
	})
}
