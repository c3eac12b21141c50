package casefile

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// Expectations are the expectations of a Scenario. In a file, `expect` is
// one mapping or a list of them.
type Expectations []Expect

// oneOrMany marks a list that a file may give as a single item.
func (Expectations) oneOrMany() {}

// An Expect is what the evaluation of a case must show as of a date. Only
// what is given is checked:
//
//   - a list given (episodes, partDays, noShiftLost, triggers.activated, triggers.active,
//     pay.sickPay, pay.injuryAllowance.allowances) must match exactly, in
//     order; an empty list means "none";
//   - a field left out of an item is not checked;
//   - nextSteps are each looked for among the next steps (any order);
//   - a date of deadlines that is left out (or zero) is not checked.
type Expect struct {
	// Label names the expectation in test output.
	Label string `json:"label,omitempty"`
	// AsOf evaluates the case as of another date than the case's: absences
	// and events after it are not seen.
	AsOf absence.Date `json:"asOf,omitempty"`
	// Rejected: the case must be rejected, with an error whose message
	// contains this text. Nothing else may be expected with it.
	Rejected string `json:"rejected,omitempty"`

	Episodes *[]EpisodeExpect `json:"episodes,omitempty"`
	PartDays *[]PartDayExpect `json:"partDays,omitempty"`
	Triggers *TriggerExpect   `json:"triggers,omitempty"`
	Stage    *StageExpect     `json:"stage,omitempty"`
	// Deadlines are those of the latest formal step (the one under way, or
	// the last concluded).
	Deadlines *stages.Deadlines `json:"deadlines,omitempty"`
	NextSteps []StepExpect      `json:"nextSteps,omitempty"`
	Pay       *PayExpect        `json:"pay,omitempty"`
	Pension   *PensionExpect    `json:"pension,omitempty"`
	// Letters are letters the case must give (or refuse), each rendered
	// from the case and its letter section as of the expectation's date.
	Letters []LetterExpect `json:"letters,omitempty"`

	// NoShiftLost is the sickness with no scheduled shift lost, which forms
	// no episode (§4.4, ABS-2).
	NoShiftLost *[]NoShiftLostExpect `json:"noShiftLost,omitempty"`

	// Recording is what the recording rules must find in how the absences
	// were recorded (ABS-20 on).
	Recording *RecordingExpect `json:"recording,omitempty"`
}

// RecordingExpect is what the recording rules must find (ABS-20 on).
type RecordingExpect struct {
	// AtWork are the days at work under a "may be fit" note with the
	// changes made, in order (ABS-20).
	AtWork *[]absence.Period `json:"atWork,omitempty"`
	// LeaveReplaced are the days on which sickness replaced booked leave,
	// and LeaveKept the days of sickness that stayed leave, in order
	// (ABS-21); Recredited the scheduled days of leave re-credited.
	LeaveReplaced *[]absence.Period `json:"leaveReplaced,omitempty"`
	LeaveKept     *[]absence.Period `json:"leaveKept,omitempty"`
	Recredited    *int              `json:"recredited,omitempty"`
	// Findings are texts each of which some finding of the report must
	// contain: of the recording, an episode, a check or an exclusion.
	Findings []string `json:"findings,omitempty"`
}

// An EpisodeExpect is one expected episode (ABS-1, ABS-2, ABS-3, ABS-7).
type EpisodeExpect struct {
	Period       absence.Period `json:"period"`
	CalendarDays *int           `json:"calendarDays,omitempty"`
	LongTerm     *bool          `json:"longTerm,omitempty"`
	// Counts: any day counts towards triggers.
	Counts *bool `json:"counts,omitempty"`
	// Counted are the runs of days that count towards triggers, and
	// WorkingDays their scheduled days (the working days lost).
	Counted     *[]absence.Period `json:"counted,omitempty"`
	WorkingDays *int              `json:"workingDays,omitempty"`
	// CountedDays are the calendar days in Counted: the TRIG-5 length by
	// default (excluded days add nothing, ABS-7).
	CountedDays *int `json:"countedDays,omitempty"`
	// PayDays are the runs of sickness days for pay, and PayWorkingDays
	// their scheduled days.
	PayDays        *[]absence.Period `json:"payDays,omitempty"`
	PayWorkingDays *int              `json:"payWorkingDays,omitempty"`
}

// A NoShiftLostExpect is one expected run of sickness with no scheduled shift
// lost (§4.4, ABS-2).
type NoShiftLostExpect struct {
	Period absence.Period `json:"period"`
	// PayDays are its sickness days for pay (days of incapacity).
	PayDays *[]absence.Period `json:"payDays,omitempty"`
}

// A PartDayExpect is one expected part-day note (ABS-3).
type PartDayExpect struct {
	Date absence.Date `json:"date"`
	// Sickness: the day counts as a sickness day for triggers.
	Sickness *bool `json:"sickness,omitempty"`
}

// TriggerExpect is what the trigger points must show (TRIG-1 … TRIG-5).
type TriggerExpect struct {
	// Activated are the activations over the history up to the as-of date,
	// in date order.
	Activated *[]ActivationExpect `json:"activated,omitempty"`
	// Active are the triggers active on the as-of date.
	Active *[]triggers.Trigger `json:"active,omitempty"`
}

// An ActivationExpect is one expected trigger activation.
type ActivationExpect struct {
	Trigger triggers.Trigger `json:"trigger"`
	On      absence.Date     `json:"on"`
	// Cleared is the first day it was no longer active; zero while active.
	Cleared *absence.Date `json:"cleared,omitempty"`
}

// StageExpect is where the formal procedure must stand (STAGE rules).
type StageExpect struct {
	// InEffect is the formal stage in effect: "none", "stage-1", "stage-2".
	InEffect *stages.Stage `json:"inEffect,omitempty"`
	Since    *absence.Date `json:"since,omitempty"`
	// Step is the formal step under way or due ("" for none), DueFrom the
	// date it became due and Triggers the triggers that made it due.
	Step     *stages.Step  `json:"step,omitempty"`
	DueFrom  *absence.Date `json:"dueFrom,omitempty"`
	Triggers *[]string     `json:"triggers,omitempty"`
	// Dismissed and Closed: a decision to dismiss stands; the case is closed.
	Dismissed *bool `json:"dismissed,omitempty"`
	Closed    *bool `json:"closed,omitempty"`
}

// A StepExpect is a next step that must be among those due. Each field
// given must match; What matches when the step's text contains it.
type StepExpect struct {
	Kind     *stages.Kind  `json:"kind,omitempty"`
	Step     *stages.Step  `json:"step,omitempty"`
	Who      *stages.Party `json:"who,omitempty"`
	What     string        `json:"what,omitempty"`
	From     *absence.Date `json:"from,omitempty"`
	By       *absence.Date `json:"by,omitempty"`
	Soon     *bool         `json:"soon,omitempty"`
	Overdue  *bool         `json:"overdue,omitempty"`
	Optional *bool         `json:"optional,omitempty"`
}

// PayExpect is what the pay rules must give.
type PayExpect struct {
	// SickPay is one item per episode, in order (PAY-8).
	SickPay *[]SickPayExpect `json:"sickPay,omitempty"`
	// InjuryAllowance is the Injury Allowance (PAY-3).
	InjuryAllowance *InjuryExpect `json:"injuryAllowance,omitempty"`
	// Redeployment is the pay of the first pay period in a new post after
	// redeployment (STAGE-20).
	Redeployment *RedeploymentExpect `json:"redeployment,omitempty"`
}

// RedeploymentExpect is the expected pay of the first pay period in a new
// post after redeployment (STAGE-20, App 3).
type RedeploymentExpect struct {
	// Previous and New are the pay for the days in each post, Total their
	// sum.
	Previous *decimal.Decimal `json:"previous,omitempty"`
	New      *decimal.Decimal `json:"new,omitempty"`
	Total    *decimal.Decimal `json:"total,omitempty"`
	// Findings are texts each of which some finding must contain.
	Findings []string `json:"findings,omitempty"`
}

// A SickPayExpect is the occupational sick pay of one episode (PAY-8).
type SickPayExpect struct {
	FirstDay     *absence.Date      `json:"firstDay,omitempty"`
	ServiceYears *int               `json:"serviceYears,omitempty"`
	Entitlement  *payroll.Allowance `json:"entitlement,omitempty"`
	Available    *payroll.Allowance `json:"available,omitempty"`
	Remaining    *payroll.Allowance `json:"remaining,omitempty"`
	// Status is the rate on the as-of date ("full", "half", "nil"); the
	// as-of date must be a pay day of the episode.
	Status *payroll.Status `json:"status,omitempty"`
	Runs   *[]payroll.Run  `json:"runs,omitempty"`
	// Paid is the money paid for the episode (needs pay.dayPay).
	Paid *decimal.Decimal `json:"paid,omitempty"`
}

// InjuryExpect is the expected Injury Allowance (PAY-3) and claim (PAY-11 …
// PAY-14).
type InjuryExpect struct {
	Total *decimal.Decimal `json:"total,omitempty"`
	// Allowances are the allowance of each pay period, in order.
	Allowances *[]decimal.Decimal `json:"allowances,omitempty"`
	// Overpaid is the allowance overpaid, to be recovered (PAY-14).
	Overpaid *decimal.Decimal `json:"overpaid,omitempty"`
	// Findings are texts each of which some finding (of the claim or of a
	// pay period) must contain.
	Findings []string `json:"findings,omitempty"`
	// Steps are texts each of which some outstanding step, written "who:
	// what" (e.g. "line manager: obtain the Occupational Health report"),
	// must contain.
	Steps []string `json:"steps,omitempty"`
}

// PensionExpect is the expected ill-health retirement award (PEN-1 … PEN-3,
// PEN-8, PEN-9).
type PensionExpect struct {
	Eligible *bool         `json:"eligible,omitempty"`
	Tier     *pension.Tier `json:"tier,omitempty"`
	// For the 1995 or 2008 Section part of the award:
	Prospective *pension.Membership `json:"prospective,omitempty"`
	Enhancement *pension.Membership `json:"enhancement,omitempty"`
	Total       *pension.Membership `json:"total,omitempty"`
	Pension     *decimal.Decimal    `json:"pension,omitempty"` // yearly pension awarded
	LumpSum     *decimal.Decimal    `json:"lumpSum,omitempty"` // automatic lump sum awarded
	// Addition is the 2015 Scheme Tier 2 addition.
	Addition *decimal.Decimal `json:"addition,omitempty"`
	// Findings are texts each of which some finding of the assessment must
	// contain (e.g. the PEN-9 refusal of a dismissal for another reason).
	Findings []string `json:"findings,omitempty"`
}

// A LetterExpect is a letter the case must give: the letter of Kind,
// written by letters.FromCase from the case and its letter section and
// rendered as plain text (or HTML), must contain each text of Contains and
// none of NotContains. Texts are matched exactly, as printed (in HTML, as
// the escaped source has them).
type LetterExpect struct {
	// Kind is the letter, by its code, e.g. "stage-2-invitation". Required.
	Kind letters.Kind `json:"kind,omitempty"`
	// HTML renders the letter as HTML instead of plain text.
	HTML        bool     `json:"html,omitempty"`
	Contains    []string `json:"contains,omitempty"`
	NotContains []string `json:"notContains,omitempty"`
	// Refused: the letter must be refused, with an error whose message
	// contains this text (Contains and NotContains are then not checked).
	Refused string `json:"refused,omitempty"`
}
