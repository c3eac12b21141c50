package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fitNote(t testing.TB, covers, received string) absence.Certificate {
	t.Helper()
	c := absence.Certificate{Kind: absence.FitNote, Covers: p(t, covers)}
	if received != "" {
		c.Received = d(t, received)
	}
	return c
}

func selfCert(t testing.TB, covers, received string) absence.Certificate {
	c := fitNote(t, covers, received)
	c.Kind = absence.SelfCertificate
	return c
}

// statuses lists the status of each check of the given task.
func statuses(cs []absence.Check, task absence.Task) []string {
	var out []string
	for _, c := range cs {
		if c.Task == task {
			out = append(out, c.Status.String())
		}
	}
	return out
}

func certification(t *testing.T, emp absence.Employee, pol absence.Policy, asOf string, recs ...absence.Record) absence.Certification {
	t.Helper()
	h, err := absence.NewHistory(emp, recs, pol)
	require.NoError(t, err)
	require.Len(t, h.Episodes, 1)
	c, err := h.Certification(0, d(t, asOf))
	require.NoError(t, err)
	return c
}

// Sick from Monday 2026-01-05: day 7 is Sunday 01-11, day 8 Monday 01-12.
func TestABS4_Day7NeedsNoFitNoteDay8Does(t *testing.T) {
	tests := []struct {
		name        string
		period      string
		fitNoteFrom string
		selfCert    string
		fitNotes    []string
	}{
		{"7 calendar days: self-certificate only", "2026-01-05/2026-01-11", "", "2026-01-05/2026-01-11", nil},
		{"8 calendar days: fit note from day 8", "2026-01-05/2026-01-12", "2026-01-12", "2026-01-05/2026-01-11", []string{"pending"}},
		{"1 day", "2026-01-05", "", "2026-01-05/2026-01-05", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := certification(t, monFri(t), absence.HR14(), "2026-01-12", sick(t, tt.period, absence.Infection))
			assert.Equal(t, "2026-01-05", c.Day1.String())
			assert.Equal(t, tt.selfCert, c.SelfCertified.String())
			if tt.fitNoteFrom == "" {
				assert.True(t, c.FitNoteFrom.IsZero())
			} else {
				assert.Equal(t, tt.fitNoteFrom, c.FitNoteFrom.String())
			}
			assert.Equal(t, tt.fitNotes, statuses(c.Checks, absence.TaskFitNote))
			assert.Equal(t, []string{"pending"}, statuses(c.Checks, absence.TaskSelfCertificate), "no self-certificate received")
			assert.Empty(t, c.Uncovered)
		})
	}
}

// Fit note needed from Monday 2026-01-12: received by Thursday 01-15 (3 days)
// is in time; Friday 01-16 (4 days) is late.
func TestABS4_ReceivedOnDay3VersusDay4(t *testing.T) {
	tests := []struct {
		name      string
		received  string
		asOf      string
		status    string
		uncovered []string
		missing   []string
	}{
		{"received 3 days after the first day it covers", "2026-01-15", "2026-01-20", "met", nil, nil},
		{"received on the first day", "2026-01-12", "2026-01-20", "met", nil, nil},
		{"received before the first day", "2026-01-09", "2026-01-20", "met", nil, nil},
		{"received 4 days after: late", "2026-01-16", "2026-01-20", "late", []string{"2026-01-12/2026-01-20"}, nil},
		{"not received as of day 3: pending", "", "2026-01-15", "pending", nil, nil},
		{"not received as of day 4: overdue, uncovered", "", "2026-01-16", "overdue", []string{"2026-01-12/2026-01-16"}, []string{"2026-01-12/2026-01-16"}},
		{"received after the evaluation date: not there yet", "2026-01-17", "2026-01-16", "overdue", []string{"2026-01-12/2026-01-16"}, []string{"2026-01-12/2026-01-16"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sick(t, "2026-01-05/2026-01-30", absence.Infection)
			r.Certificates = []absence.Certificate{selfCert(t, "2026-01-05/2026-01-11", "2026-01-12")}
			if tt.received != "" {
				r.Certificates = append(r.Certificates, fitNote(t, "2026-01-12/2026-01-30", tt.received))
			}
			c := certification(t, monFri(t), absence.HR14(), tt.asOf, r)
			assert.Equal(t, []string{tt.status}, statuses(c.Checks, absence.TaskFitNote))
			assert.Equal(t, tt.uncovered, strs(c.Uncovered))
			assert.Equal(t, tt.missing, strs(c.Missing))
			fn := c.Checks[len(c.Checks)-1]
			assert.Equal(t, "2026-01-15", fn.Due.String())
			assert.Equal(t, "ABS-4", fn.Rule.ID)
		})
	}
}

// A next fit note must run on from the previous one: it is due 3 days after
// the day after the previous one ends.
func TestABS4_RunsOnFromThePreviousCertificate(t *testing.T) {
	tests := []struct {
		name      string
		pol       func(*absence.Policy)
		second    absence.Certificate
		statuses  []string
		uncovered []string
		missing   []string
	}{
		{"runs on, received 3 days after it starts", nil,
			fitNote(t, "2026-01-19/2026-02-01", "2026-01-22"), []string{"met", "met"}, nil, nil},
		{"runs on, received 4 days after", nil,
			fitNote(t, "2026-01-19/2026-02-01", "2026-01-23"), []string{"met", "late"}, []string{"2026-01-19/2026-01-30"}, nil},
		{"overlaps the first, received within 3 days of the first new day", nil,
			fitNote(t, "2026-01-15/2026-02-01", "2026-01-22"), []string{"met", "met"}, nil, nil},
		{"overlaps the first: under the certificate-start reading it is late",
			func(p *absence.Policy) { p.FitNoteFrom = absence.CertificateStart },
			fitNote(t, "2026-01-15/2026-02-01", "2026-01-22"), []string{"met", "late"}, []string{"2026-01-19/2026-01-30"}, nil},
		{"leaves a gap: the gap is missing and the next note was due 3 days after the gap began", nil,
			fitNote(t, "2026-01-21/2026-02-01", "2026-01-23"), []string{"met", "overdue", "late"},
			[]string{"2026-01-19/2026-01-30"}, []string{"2026-01-19/2026-01-20"}},
		{"leaves a gap: under the certificate-start reading only the gap is uncovered",
			func(p *absence.Policy) { p.FitNoteFrom = absence.CertificateStart },
			fitNote(t, "2026-01-21/2026-02-01", "2026-01-23"), []string{"met", "overdue", "met"},
			[]string{"2026-01-19/2026-01-20"}, []string{"2026-01-19/2026-01-20"}},
		{"a self-certificate cannot cover day 8 onwards", nil,
			selfCert(t, "2026-01-19/2026-02-01", "2026-01-20"), []string{"met", "overdue"},
			[]string{"2026-01-19/2026-01-30"}, []string{"2026-01-19/2026-01-30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol := absence.HR14()
			if tt.pol != nil {
				tt.pol(&pol)
			}
			r := sick(t, "2026-01-05/2026-01-30", absence.MentalHealth)
			r.Certificates = []absence.Certificate{
				selfCert(t, "2026-01-05/2026-01-11", "2026-01-12"),
				fitNote(t, "2026-01-12/2026-01-18", "2026-01-13"),
				tt.second,
			}
			c := certification(t, monFri(t), pol, "2026-01-30", r)
			assert.Equal(t, tt.statuses, statuses(c.Checks, absence.TaskFitNote))
			assert.Equal(t, tt.uncovered, strs(c.Uncovered))
			assert.Equal(t, tt.missing, strs(c.Missing))
		})
	}
}

// A late fit note does not spoil days that a fit note received in time covers.
func TestABS4_TimelyNoteBeatsLateNote(t *testing.T) {
	r := sick(t, "2026-01-05/2026-01-30", absence.Stress)
	r.Certificates = []absence.Certificate{
		fitNote(t, "2026-01-12/2026-01-30", "2026-01-20"), // late for 01-12 (due 01-15)
		fitNote(t, "2026-01-14/2026-01-30", "2026-01-15"), // in time for 01-14, in the stretch that began 01-12
	}
	c := certification(t, monFri(t), absence.HR14(), "2026-01-30", r)
	assert.Equal(t, []string{"late", "met"}, statuses(c.Checks, absence.TaskFitNote))
	assert.Equal(t, []string{"2026-01-12/2026-01-13"}, strs(c.Uncovered))
	assert.Empty(t, c.Missing)
}

func TestABS4_SelfCertificationWithdrawn(t *testing.T) {
	emp := monFri(t)
	emp.SelfCertification = []absence.SelfCertificationDecision{{From: d(t, "2026-01-05"), Withdrawn: true, HRAdvised: d(t, "2025-12-19")}}
	tests := []struct {
		name      string
		certs     []absence.Certificate
		asOf      string
		status    string
		uncovered []string
	}{
		{"no fit note, day 3: pending", nil, "2026-01-08", "pending", nil},
		{"no fit note, day 4: overdue", nil, "2026-01-09", "overdue", []string{"2026-01-05/2026-01-09"}},
		{"a self-certificate is not enough", []absence.Certificate{selfCert(t, "2026-01-05/2026-01-09", "2026-01-05")}, "2026-01-09", "overdue", []string{"2026-01-05/2026-01-09"}},
		{"fit note within 3 days of day 1", []absence.Certificate{fitNote(t, "2026-01-05/2026-01-09", "2026-01-08")}, "2026-01-09", "met", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sick(t, "2026-01-05/2026-01-09", absence.Infection)
			r.Certificates = tt.certs
			c := certification(t, emp, absence.HR14(), tt.asOf, r)
			assert.True(t, c.SelfCertified.IsZero())
			assert.Equal(t, "2026-01-05", c.FitNoteFrom.String())
			assert.Empty(t, statuses(c.Checks, absence.TaskSelfCertificate))
			assert.Equal(t, []string{tt.status}, statuses(c.Checks, absence.TaskFitNote))
			assert.Equal(t, tt.uncovered, strs(c.Uncovered))
		})
	}
}

// Day 1 is the first day of sickness for pay: after a part day with less than
// half the shift worked (Monday 01-05), day 1 is Tuesday and day 8 the next
// Tuesday.
func TestABS4_Day1IsTheFirstPayDay(t *testing.T) {
	r := sick(t, "2026-01-05/2026-01-13", absence.Other)
	r.PartDay = &absence.PartDay{Worked: dec("2")}
	c := certification(t, monFri(t), absence.HR14(), "2026-01-13", r)
	assert.Equal(t, "2026-01-06", c.Day1.String())
	assert.Equal(t, "2026-01-06/2026-01-12", c.SelfCertified.String())
	assert.Equal(t, "2026-01-13", c.FitNoteFrom.String())

	// Only a part day: nothing is sickness for pay, nothing needs a certificate.
	r = sick(t, "2026-01-05", absence.Other)
	r.PartDay = &absence.PartDay{Worked: dec("2")}
	c = certification(t, monFri(t), absence.HR14(), "2026-01-13", r)
	assert.True(t, c.Day1.IsZero())
	assert.Empty(t, c.Checks)
	assert.NotEmpty(t, c.Findings)
}

// Leave taken inside an episode needs no certificate; the calendar days still
// count towards day 8.
func TestABS4_LeaveNeedsNoCertificate(t *testing.T) {
	c := certification(t, monFri(t), absence.HR14(), "2026-01-30",
		sick(t, "2026-01-05/2026-01-09", absence.Infection),
		absence.Record{Period: p(t, "2026-01-12/2026-01-16"), Kind: absence.Leave},
		sick(t, "2026-01-19/2026-01-23", absence.Infection),
	)
	assert.Equal(t, "2026-01-19", c.FitNoteFrom.String(), "days 8–14 are leave")
	assert.Equal(t, []string{"overdue"}, statuses(c.Checks, absence.TaskFitNote))
	assert.Equal(t, []string{"2026-01-19/2026-01-23"}, strs(c.Missing))
}

func TestABS4_SelfCertificate(t *testing.T) {
	tests := []struct {
		name   string
		certs  []absence.Certificate
		status string
		done   string
	}{
		{"covered by a self-certificate", []absence.Certificate{selfCert(t, "2026-01-05/2026-01-09", "2026-01-12")}, "met", "2026-01-12"},
		{"covered by a fit note", []absence.Certificate{fitNote(t, "2026-01-05/2026-01-09", "2026-01-06")}, "met", "2026-01-06"},
		{"one day not covered", []absence.Certificate{selfCert(t, "2026-01-05/2026-01-08", "2026-01-12")}, "pending", ""},
		{"received after the evaluation date", []absence.Certificate{selfCert(t, "2026-01-05/2026-01-09", "2026-01-20")}, "pending", ""},
		{"not received", []absence.Certificate{selfCert(t, "2026-01-05/2026-01-09", "")}, "pending", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sick(t, "2026-01-05/2026-01-09", absence.Infection)
			r.Certificates = tt.certs
			c := certification(t, monFri(t), absence.HR14(), "2026-01-19", r)
			require.Len(t, c.Checks, 1)
			ck := c.Checks[0]
			assert.Equal(t, absence.TaskSelfCertificate, ck.Task)
			assert.Equal(t, tt.status, ck.Status.String())
			assert.True(t, ck.Due.IsZero(), "HR14 sets no deadline for a self-certificate")
			if tt.done != "" {
				assert.Equal(t, tt.done, ck.Done.String())
			}
			assert.Empty(t, c.Uncovered, "pay is withheld only for days needing a fit note")
		})
	}
}

func TestABS4_BadInput(t *testing.T) {
	h := history(t, monFri(t), sick(t, "2026-01-05", absence.Infection))
	_, err := h.Certification(1, d(t, "2026-01-05"))
	assert.ErrorIs(t, err, absence.ErrNoEpisode)
	_, err = h.Certification(-1, d(t, "2026-01-05"))
	assert.ErrorIs(t, err, absence.ErrNoEpisode)
	_, err = h.Certification(0, absence.Date{})
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
}

func strs[T interface{ String() string }](xs []T) []string {
	if len(xs) == 0 {
		return nil
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}
