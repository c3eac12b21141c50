package absence_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// interviewed is a short absence Mon 2026-03-02 to Tue 03-03, back and
// interviewed on Wed 03-04, with the record v.
func interviewed(t *testing.T, v *absence.Interview) absence.History {
	r := sick(t, "2026-03-02/2026-03-03", absence.Infection)
	r.Returned, r.Interviewed, r.Interview = d(t, "2026-03-04"), d(t, "2026-03-04"), v
	return history(t, monFri(t), r)
}

func TestABS11_InterviewRecord(t *testing.T) {
	full := &absence.Interview{TriggersExplained: true, NextStepsExplained: true, SupportDiscussed: true, AdjustmentsDiscussed: true,
		OHReferral: absence.OHNotNeeded, BarExplained: true, FitNote: absence.MayBeFitPhased,
		Headroom: []absence.Headroom{{Trigger: "TRIG-1", Left: decimal.NewFromInt(1)}, {Trigger: "TRIG-2", Left: decimal.RequireFromString("8")}}}
	t.Run("documented, with the trigger points explained", func(t *testing.T) {
		rec, err := interviewed(t, full).InterviewRecord(0, d(t, "2026-03-05"))
		require.NoError(t, err)
		assert.Equal(t, absence.Met, rec.Check.Status)
		assert.Equal(t, "ABS-11", rec.Check.Rule.ID)
		assert.Equal(t, absence.TaskInterviewRecord, rec.Check.Task)
		assert.Equal(t, "2026-03-04", rec.Held.String())
		require.Len(t, rec.Check.Findings, 1)
		assert.Equal(t, "the interview of 2026-03-04, held by the line manager, records the trigger points explained, the next formal steps explained, support discussed, adjustments discussed, a referral to Occupational Health considered, the week without additional hours explained; headroom shown: TRIG-1 1 left, TRIG-2 8 left; fit note advice: phased-return", rec.Check.Findings[0].Text)
		assert.Equal(t, "2026-03-04/2026-03-10", rec.NoAdditionalHours.String())
	})
	t.Run("the trigger points not explained", func(t *testing.T) {
		rec, err := interviewed(t, &absence.Interview{SupportDiscussed: true}).InterviewRecord(0, d(t, "2026-03-05"))
		require.NoError(t, err)
		assert.Equal(t, absence.Overdue, rec.Check.Status)
		assert.Contains(t, rec.Check.Findings[0].Text, "it does not record the trigger points explained")
		assert.Contains(t, rec.Check.Findings[1].Text, "must be explained")
	})
	t.Run("held but not documented", func(t *testing.T) {
		rec, err := interviewed(t, nil).InterviewRecord(0, d(t, "2026-03-05"))
		require.NoError(t, err)
		assert.Equal(t, absence.Overdue, rec.Check.Status)
		assert.Contains(t, rec.Check.Findings[0].Text, "is not documented")
		rec, err = interviewed(t, nil).InterviewRecord(0, d(t, "2026-03-04"))
		require.NoError(t, err)
		assert.Equal(t, absence.Pending, rec.Check.Status, "on the day it is held")
	})
	t.Run("no interview yet", func(t *testing.T) {
		rec, err := history(t, monFri(t), sick(t, "2026-03-02/2026-03-03", absence.Infection)).InterviewRecord(0, d(t, "2026-03-05"))
		require.NoError(t, err)
		assert.Equal(t, absence.NotRequired, rec.Check.Status)
		rec, err = interviewed(t, full).InterviewRecord(0, d(t, "2026-03-03"))
		require.NoError(t, err)
		assert.Equal(t, absence.NotRequired, rec.Check.Status, "an interview after the date is not seen")
	})
	t.Run("an extension of the bar on additional hours (Proc 16)", func(t *testing.T) {
		v := *full
		v.BarExtendedDays, v.ExtendedWith = 7, []absence.Consultee{absence.ConsultOH, absence.ConsultStaffSide}
		rec, err := interviewed(t, &v).InterviewRecord(0, d(t, "2026-03-05"))
		require.NoError(t, err)
		assert.Equal(t, "2026-03-04/2026-03-17", rec.NoAdditionalHours.String())
		assert.Contains(t, rec.Check.Findings[1].Text, "extended by 7 days, agreed with occupational-health, staff-side (Proc 16): no additional hours until 2026-03-17")
	})
	t.Run("refused", func(t *testing.T) {
		for name, c := range map[string]struct {
			v     absence.Interview
			field string
		}{
			"extension without who agreed": {absence.Interview{BarExtendedDays: 3}, "Interview.ExtendedWith"},
			"who agreed, no extension":     {absence.Interview{ExtendedWith: []absence.Consultee{absence.ConsultHR}}, "Interview.ExtendedWith"},
			"extension too long":           {absence.Interview{BarExtendedDays: 366, ExtendedWith: []absence.Consultee{absence.ConsultHR}}, "Interview.BarExtendedDays"},
			"unknown consultee":            {absence.Interview{BarExtendedDays: 3, ExtendedWith: []absence.Consultee{9}}, "Interview.ExtendedWith[0]"},
			"bad headroom":                 {absence.Interview{Headroom: []absence.Headroom{{Trigger: "TRIG-9"}}}, "Interview.Headroom[0]"},
			"negative headroom":            {absence.Interview{Headroom: []absence.Headroom{{Trigger: "TRIG-1", Left: decimal.NewFromInt(-1)}}}, "Interview.Headroom[0]"},
			"unknown interviewer":          {absence.Interview{HeldBy: 7}, "Interview.HeldBy"},
			"unknown OH answer":            {absence.Interview{OHReferral: 7}, "Interview.OHReferral"},
			"unknown fit note advice":      {absence.Interview{FitNote: 7}, "Interview.FitNote"},
		} {
			r := sick(t, "2026-03-02/2026-03-03", absence.Infection)
			r.Interviewed, r.Interview = d(t, "2026-03-04"), &c.v
			_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
			var ie *absence.InputError
			if assert.True(t, errors.As(err, &ie), name) {
				assert.Equal(t, c.field, ie.Field, name)
				assert.ErrorIs(t, err, absence.ErrInterview, name)
			}
		}
		r := sick(t, "2026-03-02/2026-03-03", absence.Infection)
		r.Interview = full
		_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
		assert.ErrorIs(t, err, absence.ErrInterview, "a record without the interview's date")
	})
	t.Run("JSON", func(t *testing.T) {
		v := *full
		v.HeldBy, v.BarExtendedDays, v.ExtendedWith = absence.ByOtherManager, 2, []absence.Consultee{absence.ConsultHR}
		b, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"heldBy":"other-manager"`)
		assert.Contains(t, string(b), `"ohReferral":"not-needed"`)
		assert.Contains(t, string(b), `"fitNote":"phased-return"`)
		assert.Contains(t, string(b), `"extendedWith":["hr"]`)
		var back absence.Interview
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, v.ExtendedWith, back.ExtendedWith)
		assert.True(t, v.Headroom[1].Left.Equal(back.Headroom[1].Left))
		for _, bad := range []string{`{"heldBy":"boss"}`, `{"ohReferral":"x"}`, `{"fitNote":"x"}`, `{"extendedWith":["x"]}`, `{"extendedWith":[""]}`} {
			assert.Error(t, json.Unmarshal([]byte(bad), &back), bad)
		}
		_, err = json.Marshal(absence.Interview{ExtendedWith: []absence.Consultee{0}})
		assert.Error(t, err)
		assert.Equal(t, "Interviewer(9)", absence.Interviewer(9).String())
	})
}
