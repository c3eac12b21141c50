package absence_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// planned is planned surgery from Monday 2026-03-02 with an expected
// recovery of 6 weeks (42 days, to 2026-04-12), advised by OH, absent
// until end.
func planned(end string) absence.Record {
	return absence.Record{Period: absence.Period{Start: absence.Date{Year: 2026, Month: 3, Day: 2}, End: mustParse(end)},
		Reason: absence.SurgeryPlanned, Planned: &absence.Planned{RecoveryDays: 42, AdvisedBy: absence.AdviceOH}}
}

func mustParse(s string) absence.Date {
	v, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestABS15_PlannedRecovery(t *testing.T) {
	for _, c := range []struct {
		name, end, asOf string
		beyond          int
		over            bool
		text            string
	}{
		{"ended within the expected period", "2026-04-03", "2026-04-20", 0, true,
			"the planned absence from 2026-03-02 ended on 2026-04-03 after 33 days, within the expected recovery period of 42 days (to 2026-04-12, advised by Occupational Health)"},
		{"ended on its last day", "2026-04-12", "2026-04-20", 0, true, "ended on 2026-04-12 after 42 days, within"},
		{"ended beyond it", "2026-04-19", "2026-04-20", 7, true,
			"the planned absence from 2026-03-02 ended on 2026-04-19, 7 days beyond the expected recovery period of 42 days (to 2026-04-12, advised by Occupational Health): recovery periods are norms, which differ for manual work and with complications (App 9); consider whether Occupational Health should review"},
		{"running, within", "2026-05-31", "2026-03-20", 0, false, "the planned absence from 2026-03-02 has lasted 19 days so far, within the expected recovery period of 42 days"},
		{"running beyond it", "2026-05-31", "2026-04-15", 3, false, "the planned absence from 2026-03-02 has run 3 days beyond the expected recovery period of 42 days (to 2026-04-12"},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := history(t, monFri(t), planned(c.end))
			got, err := h.Recovery(0, d(t, c.asOf))
			require.NoError(t, err)
			require.Len(t, got, 1)
			x := got[0]
			assert.Equal(t, "2026-03-02/2026-04-12", x.Expected.String())
			assert.Equal(t, c.beyond, x.Beyond)
			assert.Equal(t, c.over, x.Over)
			assert.Equal(t, "ABS-15", x.Finding.Rule.ID)
			assert.Contains(t, x.Finding.Text, c.text)
		})
	}
	t.Run("the episode, not the record, is compared", func(t *testing.T) {
		// The planned record is followed by a second record of the same
		// episode (a new fit note): the absence runs on.
		r2 := sick(t, "2026-04-13/2026-04-24", absence.SurgeryPlanned)
		got, err := history(t, monFri(t), planned("2026-04-12"), r2).Recovery(0, d(t, "2026-05-01"))
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, 12, got[0].Beyond)
		assert.Equal(t, "2026-03-02/2026-04-24", got[0].Actual.String())
	})
	t.Run("not recorded or not yet started", func(t *testing.T) {
		got, err := history(t, monFri(t), sick(t, "2026-03-02/2026-03-03", absence.SurgeryPlanned)).Recovery(0, d(t, "2026-03-10"))
		require.NoError(t, err)
		assert.Empty(t, got)
		got, err = history(t, monFri(t), planned("2026-04-03")).Recovery(0, d(t, "2026-03-01"))
		require.NoError(t, err)
		assert.Empty(t, got)
	})
	t.Run("bad input", func(t *testing.T) {
		h := history(t, monFri(t), planned("2026-04-03"))
		_, err := h.Recovery(1, d(t, "2026-03-10"))
		assert.ErrorIs(t, err, absence.ErrNoEpisode)
		_, err = h.Recovery(0, absence.Date{})
		assert.ErrorIs(t, err, absence.ErrInvalidDate)
	})
	t.Run("JSON", func(t *testing.T) {
		b, err := json.Marshal(planned("2026-04-03").Planned)
		require.NoError(t, err)
		assert.Equal(t, `{"recoveryDays":42,"advisedBy":"occupational-health"}`, string(b))
		var back absence.Planned
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, *planned("2026-04-03").Planned, back)
		assert.Error(t, json.Unmarshal([]byte(`{"recoveryDays":42,"advisedBy":"knee surgery"}`), &back))
	})
}

func TestABS15_Errors(t *testing.T) {
	emp := monFri(t)
	for _, c := range []struct {
		field string
		err   absence.Error
		edit  func(*absence.Record)
	}{
		{"Planned", absence.ErrPlanned, func(r *absence.Record) { r.Kind = absence.Leave; r.Reason = absence.ReasonUnknown }},
		{"Planned.RecoveryDays", absence.ErrPlanned, func(r *absence.Record) { r.Planned.RecoveryDays = 0 }},
		{"Planned.RecoveryDays", absence.ErrPlanned, func(r *absence.Record) { r.Planned.RecoveryDays = absence.MaxRecordDays + 1 }},
		{"Planned.AdvisedBy", absence.ErrPlanned, func(r *absence.Record) { r.Planned.AdvisedBy = 9 }},
	} {
		r := planned("2026-04-03")
		r.Diagnosis = "SECRET: total knee replacement"
		c.edit(&r)
		_, err := absence.NewHistory(emp, []absence.Record{r}, absence.HR14())
		var ie *absence.InputError
		if !errors.As(err, &ie) || !errors.Is(err, c.err) || ie.Field != c.field {
			t.Errorf("%s: %v", c.field, err)
		}
		if err != nil && strings.Contains(err.Error(), "SECRET") {
			t.Errorf("health text in an error: %v", err)
		}
	}
}

func TestABS16_TrainingCancelled(t *testing.T) {
	r := sick(t, "2026-03-02/2026-03-06", absence.Infection)
	r.Training = []absence.TrainingBooking{{Day: d(t, "2026-03-04"), Cancelled: d(t, "2026-03-02")}, {Day: d(t, "2026-03-05")}}
	h := history(t, monFri(t), r)
	checks, err := h.Training(0, d(t, "2026-03-06"))
	require.NoError(t, err)
	require.Len(t, checks, 2)
	assert.Equal(t, absence.TaskTraining, checks[0].Task)
	assert.Equal(t, "ABS-16", checks[0].Rule.ID)
	assert.Equal(t, absence.Met, checks[0].Status)
	assert.Equal(t, absence.Overdue, checks[1].Status)
	assert.Equal(t, "cancellation of the training course of 2026-03-05 with the training provider (the employee), due by 2026-03-05: overdue — ABS-16 (HR14 Proc 10)", checks[1].String())
	assert.Contains(t, checks[1].Findings[0].Text, "they contact the training provider directly to cancel their place")
	// Before the day it is pending; cancelled after it, late.
	checks, err = h.Training(0, d(t, "2026-03-03"))
	require.NoError(t, err)
	assert.Equal(t, absence.Pending, checks[1].Status)
	r.Training[1].Cancelled = d(t, "2026-03-06")
	checks, err = history(t, monFri(t), r).Training(0, d(t, "2026-03-09"))
	require.NoError(t, err)
	assert.Equal(t, absence.Late, checks[1].Status)
	b, _ := json.Marshal(absence.TaskTraining)
	assert.Equal(t, `"training-cancellation"`, string(b))

	t.Run("bad input", func(t *testing.T) {
		for _, c := range []struct {
			field string
			err   absence.Error
			tb    absence.TrainingBooking
		}{
			{"Training[0].Day", absence.ErrTraining, absence.TrainingBooking{Day: d(t, "2026-03-09")}},
			{"Training[0].Day", absence.ErrInvalidDate, absence.TrainingBooking{}},
			{"Training[0].Cancelled", absence.ErrInvalidDate, absence.TrainingBooking{Day: d(t, "2026-03-04"), Cancelled: absence.Date{Year: 2026, Month: 2, Day: 30}}},
			{"Training[0].Cancelled", absence.ErrDateRange, absence.TrainingBooking{Day: d(t, "2026-03-04"), Cancelled: absence.Date{Year: 9999, Month: 12, Day: 31}}},
		} {
			r := sick(t, "2026-03-02/2026-03-06", absence.Infection)
			r.Training = []absence.TrainingBooking{c.tb}
			_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
			var ie *absence.InputError
			if !errors.As(err, &ie) || !errors.Is(err, c.err) || ie.Field != c.field {
				t.Errorf("%s: %v", c.field, err)
			}
		}
		r := sick(t, "2026-03-02/2026-03-06", absence.Infection)
		r.Training = make([]absence.TrainingBooking, 65)
		_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
		assert.ErrorIs(t, err, absence.ErrTraining)
		_, err = h.Training(3, d(t, "2026-03-06"))
		assert.ErrorIs(t, err, absence.ErrNoEpisode)
	})
}

// FuzzPlannedAndTraining: any planned absence and training booking gives a
// history or a typed error that never repeats the record's confidential
// text, and the comparisons never panic.
func FuzzPlannedAndTraining(f *testing.F) {
	f.Add(uint16(10), uint16(42), uint8(1), uint16(3), uint16(2), uint16(30))
	f.Add(uint16(0), uint16(0), uint8(9), uint16(40), uint16(0), uint16(0))
	f.Fuzz(func(t *testing.T, length, recovery uint16, by uint8, day, cancelled, asOf uint16) {
		start := absence.Date{Year: 2026, Month: 3, Day: 2}
		r := absence.Record{Period: absence.Period{Start: start, End: start.AddDays(int(length % 400))}, Reason: absence.SurgeryPlanned,
			Planned:   &absence.Planned{RecoveryDays: int(recovery), AdvisedBy: absence.RecoveryAdvice(by % 6)},
			Training:  []absence.TrainingBooking{{Day: start.AddDays(int(day % 500))}},
			Diagnosis: "SECRET-TEXT", Notes: "SECRET-TEXT"}
		if cancelled > 0 {
			r.Training[0].Cancelled = start.AddDays(int(cancelled%500) - 250)
		}
		h, err := absence.NewHistory(monFriFuzz(), []absence.Record{r}, absence.HR14())
		if err != nil {
			var ie *absence.InputError
			if !errors.As(err, &ie) || strings.Contains(err.Error(), "SECRET") {
				t.Fatalf("%T %v", err, err)
			}
			return
		}
		on := start.AddDays(int(asOf % 600))
		for i := range h.Episodes {
			rs, err := h.Recovery(i, on)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range rs {
				if x.Beyond < 0 || strings.Contains(x.Finding.Text, "SECRET") || x.Expected.Days() != r.Planned.RecoveryDays {
					t.Fatalf("%+v", x)
				}
			}
			cs, err := h.Training(i, on)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				if strings.Contains(c.String(), "SECRET") {
					t.Fatal(c)
				}
			}
		}
	})
}

func monFriFuzz() absence.Employee {
	w, err := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	if err != nil {
		panic(err)
	}
	return absence.Employee{ID: "e1", FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: w}
}
