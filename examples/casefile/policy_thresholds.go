package casefile

import (
	"strconv"

	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// An EpisodeLimit changes TRIG-1's or TRIG-3's numbers: the episodes that
// activate it and its rolling window in months. A field left out keeps the
// policy's.
type EpisodeLimit struct {
	Episodes *int `json:"episodes,omitempty"`
	Months   *int `json:"months,omitempty"`
}

// A DayLimit changes TRIG-2's or TRIG-4's numbers: the working days a
// full-time employee may lose in the window (made pro rata) and the window
// in months. A field left out keeps the policy's.
type DayLimit struct {
	Days   *decimal.Decimal `json:"days,omitempty"`
	Months *int             `json:"months,omitempty"`
}

// A LengthLimit changes TRIG-5's numbers: the calendar length of an episode
// that activates it, and the rolling window in months it stays active in.
// The readings of the length are the knobs trig5Reading and trig5Measure.
type LengthLimit struct {
	Days   *int `json:"days,omitempty"`
	Months *int `json:"months,omitempty"`
}

// thresholdError is an error about one threshold field, at its path.
type thresholdError struct {
	path string
	err  error
}

// applyThresholds sets the numbers p changes in trig, checking each trigger
// point as it goes so that an error names its field.
func (p Policy) applyThresholds(trig *triggers.Policy) *thresholdError {
	set := func(dst *int, src *int) {
		if src != nil {
			*dst = *src
		}
	}
	check := func(name string) *thresholdError {
		if err := trig.Validate(); err != nil {
			return &thresholdError{"policy." + name, err}
		}
		return nil
	}
	for _, e := range []struct {
		name string
		dst  *triggers.EpisodeLimit
		src  *EpisodeLimit
	}{{"trig1", &trig.TRIG1, p.TRIG1}, {"trig3", &trig.TRIG3, p.TRIG3}} {
		if e.src == nil {
			continue
		}
		set(&e.dst.Episodes, e.src.Episodes)
		set(&e.dst.Months, e.src.Months)
		if err := check(e.name); err != nil {
			return err
		}
	}
	for _, e := range []struct {
		name string
		dst  *triggers.DayLimit
		src  *DayLimit
	}{{"trig2", &trig.TRIG2, p.TRIG2}, {"trig4", &trig.TRIG4, p.TRIG4}} {
		if e.src == nil {
			continue
		}
		if e.src.Days != nil {
			e.dst.Days = *e.src.Days
		}
		set(&e.dst.Months, e.src.Months)
		if err := check(e.name); err != nil {
			return err
		}
	}
	if p.TRIG5 != nil {
		set(&trig.TRIG5.Days, p.TRIG5.Days)
		set(&trig.TRIG5.Months, p.TRIG5.Months)
		if err := check("trig5"); err != nil {
			return err
		}
	}
	return nil
}

// thresholdKnobs lists the numbers p sets to other values than HR14 v16's,
// as "trig1.episodes=3", in the order of the trigger points, for Knobs.
func (p Policy) thresholdKnobs() []string {
	var out []string
	h := triggers.HR14()
	num := func(name string, v *int, def int) {
		if v != nil && *v != def {
			out = append(out, name+"="+strconv.Itoa(*v))
		}
	}
	episodes := func(name string, l *EpisodeLimit, def triggers.EpisodeLimit) {
		if l != nil {
			num(name+".episodes", l.Episodes, def.Episodes)
			num(name+".months", l.Months, def.Months)
		}
	}
	days := func(name string, l *DayLimit, def triggers.DayLimit) {
		if l == nil {
			return
		}
		if l.Days != nil && !l.Days.Equal(def.Days) {
			out = append(out, name+".days="+l.Days.String())
		}
		num(name+".months", l.Months, def.Months)
	}
	episodes("trig1", p.TRIG1, h.TRIG1)
	days("trig2", p.TRIG2, h.TRIG2)
	episodes("trig3", p.TRIG3, h.TRIG3)
	days("trig4", p.TRIG4, h.TRIG4)
	if p.TRIG5 != nil {
		num("trig5.days", p.TRIG5.Days, h.TRIG5.Days)
		num("trig5.months", p.TRIG5.Months, h.TRIG5.Months)
	}
	return out
}
