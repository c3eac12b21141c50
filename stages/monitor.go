package stages

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// TriggerMonitor returns the Monitor that evaluates an employee's trigger
// points with the triggers package, for [Progress] and [State.NextSteps]:
//
//   - After(after, asOf) evaluates m.Since(after) (from the stage meeting, as
//     m's policy counts: only sickness after the meeting by default, or the
//     full window with a day after it) up to asOf, and returns the first date
//     on which triggers activated after `after`, with every trigger that
//     activated on that date. With a zero `after` (no formal stage yet) it
//     counts the whole history m holds: a host that opens a case part-way
//     through an employee's history builds m from the records it wants
//     counted.
//   - Ongoing(asOf) returns the episode of m's history that contains asOf and
//     is long term by then (at least the recording policy's LongTermDays
//     calendar days from its first day: 28).
//
// The stage lapse knob exists in both policies (triggers.Policy.LapseMonths
// and Policy.LapseMonths), and both name the policy (ID); [Progress] and
// [State.NextSteps] refuse a TriggerMonitor whose policy lapses differently
// from theirs or names another policy.
func TriggerMonitor(m *triggers.Monitor) Monitor { return triggerMonitor{m} }

type triggerMonitor struct{ m *triggers.Monitor }

func (t triggerMonitor) After(after, asOf absence.Date) (Activation, bool, error) {
	m := t.m
	if !after.IsZero() {
		var err error
		if m, err = m.Since(after); err != nil {
			return Activation{}, false, err
		}
	}
	acts, err := m.TimelineTo(asOf)
	if err != nil {
		return Activation{}, false, err
	}
	var out Activation
	for _, a := range acts {
		if !after.IsZero() && !a.Date.After(after) {
			continue
		}
		if out.Date.IsZero() {
			out.Date = a.Date
		}
		if a.Date != out.Date {
			break
		}
		out.Triggers = append(out.Triggers, a.Trigger.String())
	}
	return out, !out.Date.IsZero(), nil
}

func (t triggerMonitor) Ongoing(asOf absence.Date) (absence.Period, bool, error) {
	h := t.m.History()
	for _, ep := range h.Episodes {
		if ep.Period.Contains(asOf) && asOf.DaysSince(ep.Period.Start)+1 >= h.Policy.LongTermDays {
			return ep.Period, true, nil
		}
	}
	return absence.Period{}, false, nil
}

func (t triggerMonitor) lapseMonths() int { return t.m.Policy().LapseMonths }

func (t triggerMonitor) policyID() absence.PolicyID { return t.m.Policy().ID }

// sameLapse checks that a Monitor from the triggers package lapses stages as p
// does, under the policy p names.
func sameLapse(p Policy, m Monitor) error {
	if lm, ok := m.(interface{ lapseMonths() int }); ok && lm.lapseMonths() != p.LapseMonths {
		return &PolicyError{Field: "LapseMonths", Value: "differs from the triggers policy's LapseMonths"}
	}
	if id, ok := m.(interface{ policyID() absence.PolicyID }); ok && id.policyID() != p.ID {
		return &PolicyError{Field: "ID", Value: "names another policy than the triggers policy's ID"}
	}
	return nil
}
