package stages_test

import (
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
)

// decodeRecords17 fills the records of issue 17's events (STAGE-20 …
// STAGE-24) from the fuzz bytes, as decodeDuties does for issue 16's.
func decodeRecords17(e *stages.Event, flags, codes, off byte) {
	date := e.Date
	switch e.Kind {
	case stages.RedeploymentStarted:
		if flags&64 != 0 {
			e.Redeployment = &stages.Redeployment{Band: stages.Band(codes % 15)}
		}
	case stages.RedeploymentPost:
		p := &stages.Post{ID: "V-10" + string(rune('1'+codes%4)), Band: stages.Band(codes >> 2 % 16), Outcome: stages.PostOutcome(off % 8)}
		if days := int(off >> 3); days > 0 {
			if p.Outcome == stages.PostInterview {
				p.Interview = date.AddDays(days - 1)
			} else {
				p.Interview = date.AddDays(1 - days)
			}
		}
		if codes&0x80 != 0 {
			p.Starts = date.AddDays(7)
		}
		e.Post = p
	case stages.RetirementApplication:
		e.Application = &stages.Application{Step: stages.ApplicationStep(codes % 16), Form: stages.PensionForm(codes >> 4 % 8),
			Member: pension.Status(off % 4), Decision: stages.PensionDecision(off >> 2 % 8)}
	case stages.Resigned:
		if flags&64 != 0 {
			r := &stages.Resignation{NoticeWaived: codes&1 != 0}
			if codes&2 != 0 {
				r.LastDay = date.AddDays(int(off))
			}
			e.Resignation = r
		}
	case stages.SuspensionRecorded:
		s := &stages.Suspension{Ended: codes&1 != 0}
		if codes&2 != 0 {
			s.OHAdvice = date.AddDays(-int(off))
		}
		e.Suspension = s
	case stages.OvertimeDecided:
		o := &stages.Overtime{Withheld: codes&1 != 0, Welfare: codes&2 != 0}
		if codes&4 != 0 {
			o.HRAdvice = date.AddDays(-int(off & 15))
		}
		if codes&8 != 0 {
			o.Until = date.AddDays(7 * int(off>>4))
		}
		e.Overtime = o
	default:
		// the other kinds carry no codes
	}
}

// encodeRecords17 is decodeRecords17's inverse for the records of the
// seeds: flags, codes and off that decode to a valid event of the same kind.
func encodeRecords17(e stages.Event) (flags, codes, off byte) {
	switch e.Kind {
	case stages.RedeploymentStarted:
		if r := e.Redeployment; r != nil {
			flags, codes = 64, byte(r.Band)
		}
	case stages.RedeploymentPost:
		p := e.Post
		codes = (p.ID[len(p.ID)-1]-'1')%4 | byte(p.Band)<<2
		if !p.Starts.IsZero() {
			codes |= 0x80
		}
		off = byte(p.Outcome)
		if !p.Interview.IsZero() {
			days := e.Date.DaysSince(p.Interview) + 1
			if p.Outcome == stages.PostInterview {
				days = p.Interview.DaysSince(e.Date) + 1
			}
			off |= byte(days) << 3
		}
	case stages.RetirementApplication:
		a := e.Application
		codes = byte(a.Step) | byte(a.Form)<<4
		off = byte(a.Member) | byte(a.Decision)<<2
	case stages.Resigned:
		if r := e.Resignation; r != nil {
			flags = 64
			if r.NoticeWaived {
				codes |= 1
			}
			if !r.LastDay.IsZero() {
				codes |= 2
				off = byte(r.LastDay.DaysSince(e.Date))
			}
		}
	case stages.SuspensionRecorded:
		s := e.Suspension
		if s.Ended {
			codes |= 1
		}
		if !s.OHAdvice.IsZero() {
			codes |= 2
			off = byte(e.Date.DaysSince(s.OHAdvice))
		}
	case stages.OvertimeDecided:
		o := e.Overtime
		if o.Withheld {
			codes |= 1
		}
		if o.Welfare {
			codes |= 2
		}
		if !o.HRAdvice.IsZero() {
			codes |= 4
			off = byte(e.Date.DaysSince(o.HRAdvice)) & 15
		}
		if !o.Until.IsZero() {
			codes |= 8
			off |= byte((o.Until.DaysSince(e.Date)+6)/7) << 4
		}
	default:
	}
	return flags, codes, off
}

// secrets17 puts the secret in every free-text field of issue 17's records.
func secrets17(e *stages.Event) {
	if e.Kind == stages.RedeploymentInformed {
		e.Reference = secret
	}
	if r := e.Redeployment; r != nil {
		r.Reference = secret
	}
	if p := e.Post; p != nil {
		p.Reference = secret
	}
	if a := e.Application; a != nil {
		a.Reference = secret
	}
	if r := e.Resignation; r != nil {
		r.Reference = secret
	}
	if s := e.Suspension; s != nil {
		s.Reference = secret
	}
	if o := e.Overtime; o != nil {
		o.Reference = secret
	}
}
