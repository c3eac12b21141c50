package absence_test

import (
	"encoding"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzCodes parses arbitrary text as every code type of the package: it is
// either the exact code of a value (and marshals back to the same text) or a
// typed error.
func FuzzCodes(f *testing.F) {
	for _, s := range []string{"", "musculoskeletal", "mental-health", "cosmetic-not-required", "sickness", "leave",
		"medical-suspension", "positive", "negative", "self", "fit-note", "occupational-infection", "pregnancy", "Stress", " leave"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			name string
			v    interface {
				encoding.TextMarshaler
				encoding.TextUnmarshaler
			}
		}{
			{"Reason", new(absence.Reason)}, {"Kind", new(absence.Kind)}, {"Specimen", new(absence.Specimen)},
			{"CertificateKind", new(absence.CertificateKind)}, {"Cause", new(absence.Cause)},
		} {
			err := c.v.UnmarshalText([]byte(s))
			if err != nil {
				var ie *absence.InputError
				if !errors.As(err, &ie) || !errors.Is(err, ie.Err) {
					t.Fatalf("%s %q: untyped error %v", c.name, s, err)
				}
				continue
			}
			b, err := c.v.MarshalText()
			if err != nil {
				t.Fatalf("%s %q parses but does not marshal: %v", c.name, s, err)
			}
			// The empty text of Kind is Sickness, whose code is "sickness".
			if string(b) != s && (c.name != "Kind" || s != "") {
				t.Fatalf("%s %q marshals back as %q", c.name, s, b)
			}
		}
		if r, err := absence.ParseReason(s); err == nil && (r.Code() != s || !r.IsValid()) {
			t.Fatalf("ParseReason(%q) = %v", s, r)
		}
		if k, err := absence.ParseKind(s); err == nil && !k.IsValid() {
			t.Fatalf("ParseKind(%q) = %v", s, k)
		}
	})
}

// FuzzRecordJSON decodes arbitrary JSON as records: no panic; whatever
// decodes marshals and decodes again to the same records; and building a
// history from them gives a typed error or a history.
func FuzzRecordJSON(f *testing.F) {
	b, _ := json.Marshal([]absence.Record{fullRecordFuzz()})
	f.Add(b)
	f.Add([]byte(`[{"period":"2026-01-06/2026-01-07","reason":"infection"},{"period":"2026-03-02","reason":"musculoskeletal"}]`))
	f.Add([]byte(`[{"period":"2026-09-07/2026-09-09","reason":"other","partDay":{"worked":"3","shift":"0"}}]`))
	f.Add([]byte(`[{"period":"2026-01-12..2026-01-13","reason":"occupational-infection","evidence":{"specimen":"positive"}}]`))
	f.Add([]byte(`[{"period":"2026-01-12/2026-01-11","kind":"leave"}]`))
	f.Add([]byte(`[{"period":"2026-02-30","reason":"stress","diagnosis":"x"}]`))
	f.Add([]byte(`[{"period":"2026-03-02/2026-03-03","reason":"stress","returned":"2026-03-04","interviewed":"2026-03-04","evidence":{"underlyingCondition":true},"interview":{"heldBy":"other-manager","triggersExplained":true,"headroom":[{"trigger":"TRIG-1","left":"1"}],"ohReferral":"referred","fitNote":"phased-return","barExtendedDays":7,"extendedWith":["hr"]}}]`))
	w, _ := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	emp := absence.Employee{ID: "e", FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: w}
	f.Fuzz(func(t *testing.T, b []byte) {
		var recs []absence.Record
		if err := json.Unmarshal(b, &recs); err != nil {
			return
		}
		j, err := json.Marshal(recs)
		if err != nil {
			// A value that decodes but does not marshal (an out-of-range
			// number for an enum) must at least be refused by NewHistory.
			if _, err := absence.NewHistory(emp, recs, absence.HR14()); err == nil {
				t.Fatalf("records that do not marshal were accepted: %v", err)
			}
			return
		}
		var back []absence.Record
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatalf("%s does not decode: %v", j, err)
		}
		if d := cmp.Diff(recs, back, decimalEqual, cmpopts.EquateEmpty(), cmpopts.EquateApproxTime(0)); d != "" {
			t.Fatalf("round trip of %s:\n%s", j, d)
		}
		if len(recs) > 50 {
			return
		}
		h, err := absence.NewHistory(emp, recs, absence.HR14())
		if err != nil {
			var ie *absence.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		checkEpisodes(t, h, recs)
		for i := range h.Episodes {
			if _, err := h.InterviewRecord(i, absence.Date{Year: 2027, Month: 1, Day: 1}); err != nil {
				t.Fatalf("interview record of episode %d: %v", i, err)
			}
		}
	})
}

func fullRecordFuzz() absence.Record {
	r := absence.Record{ID: "r-1", Reason: absence.Infection, Diagnosis: "kept", Notes: "kept"}
	r.Period, _ = absence.ParsePeriod("2026-09-07/2026-09-25")
	r.PartDay = &absence.PartDay{Worked: dec("3")}
	r.Certificates = []absence.Certificate{{Kind: absence.FitNote, Covers: r.Period}}
	return r
}

// FuzzConfidentialNeverPrinted is the privacy check of issue 10: whatever the
// free text of a record's Diagnosis and Notes, no error, String, GoString or
// fmt output of the package contains it — for valid histories and for every
// kind of invalid record. The text is marked with a prefix no output contains
// otherwise, so that short fuzzed text cannot match by chance.
func FuzzConfidentialNeverPrinted(f *testing.F) {
	for _, s := range []string{"depression", "HIV positive", "", "2026-01-05", "ABS-1", "%s%v%d", "\x00\xff", "Musculoskeletal"} {
		f.Add(s, byte(0))
	}
	w, _ := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	emp := absence.Employee{ID: "e", FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: w}
	f.Fuzz(func(t *testing.T, text string, variant byte) {
		secret := "⟦SECRET⟧" + text
		leaks := func(what, s string) {
			t.Helper()
			if strings.Contains(s, secret) || (len(text) >= 4 && strings.Contains(s, hex.EncodeToString([]byte(secret)))) {
				t.Fatalf("%s reveals the confidential text: %q", what, s)
			}
		}
		c := absence.Confidential(secret)
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%T", "%10.3s"} {
			leaks("Confidential "+verb, fmt.Sprintf(verb, c))
		}

		base := absence.Record{ID: "r", Reason: absence.Stress, Diagnosis: c, Notes: c}
		base.Period, _ = absence.ParsePeriod("2026-01-05/2026-01-20")
		bad := []func(r *absence.Record){
			func(r *absence.Record) {}, // valid
			func(r *absence.Record) { r.Period.End = r.Period.Start.AddDays(-1) },
			func(r *absence.Record) { r.Reason = absence.ReasonUnknown },
			func(r *absence.Record) { r.Reason = 200 },
			func(r *absence.Record) { r.Kind = 99 },
			func(r *absence.Record) { r.Reason = absence.CosmeticSurgeryNotRequired },
			func(r *absence.Record) { r.PartDay = &absence.PartDay{Worked: dec("9")} },
			func(r *absence.Record) { r.PartDay = &absence.PartDay{Worked: dec("1"), Shift: dec("25")} },
			func(r *absence.Record) { r.Kind, r.PartDay = absence.Leave, &absence.PartDay{Worked: dec("1")} },
			func(r *absence.Record) { r.Evidence.Specimen = 9 },
			func(r *absence.Record) { r.Certificates = []absence.Certificate{{Kind: 7}} },
			func(r *absence.Record) { r.Returned = r.Period.Start },
		}
		mutate := bad[int(variant)%len(bad)]
		r := base
		mutate(&r)
		other := base
		other.ID, other.Period.Start = "o", base.Period.End // overlaps r
		for _, recs := range [][]absence.Record{{r}, {base, other}, {r, base}} {
			h, err := absence.NewHistory(emp, recs, absence.HR14())
			if err != nil {
				leaks("error", err.Error())
				leaks("error %+v", fmt.Sprintf("%+v %#v", err, err))
				continue
			}
			for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%q"} {
				leaks("history "+verb, fmt.Sprintf(verb, h))
				leaks("records "+verb, fmt.Sprintf(verb, h.Records))
				leaks("record "+verb, fmt.Sprintf(verb, &h.Records[0]))
			}
			for i, ep := range h.Episodes {
				for _, fd := range ep.Findings {
					leaks("finding", fd.String())
				}
				asOf := ep.Period.End.AddDays(30)
				cert, err := h.Certification(i, asOf)
				if err != nil {
					t.Fatal(err)
				}
				leaks("certification", fmt.Sprintf("%+v", cert))
				ref, err := h.Referral(i, absence.ReferralFacts{}, asOf)
				if err != nil {
					t.Fatal(err)
				}
				leaks("referral", fmt.Sprintf("%+v", ref))
				rw, err := h.ReturnToWork(i, asOf)
				if err != nil {
					t.Fatal(err)
				}
				leaks("return to work", fmt.Sprintf("%+v", rw))
			}
		}
		// JSON keeps the text, so the host can store it.
		if j, err := json.Marshal(base); err != nil || !strings.Contains(string(j), "SECRET") {
			t.Fatalf("JSON lost the confidential text: %s %v", j, err)
		}
	})
}
