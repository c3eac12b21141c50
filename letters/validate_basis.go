package letters

import (
	"strconv"

	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// checkBasis checks why the step is due (see Letter.Validate).
func (l Letter) checkBasis(c *checker) {
	b := l.Basis
	if l.IllHealth() {
		if c.date("Basis.IllHealth", b.IllHealth, true) {
			c.order("Basis.IllHealth", b.IllHealth, "Date", l.Date, false)
		}
		if len(b.Triggers) > 0 || !b.LongTerm.IsZero() || !b.Redeployment.IsZero() {
			c.add("Basis", "the ill-health retirement meeting is due because ill-health retirement is pursued, not on a trigger", ErrInvalid)
		}
		l.checkAbsences(c, 0)
		return
	}
	if !b.IllHealth.IsZero() {
		c.add("Basis.IllHealth", "only on the ill-health retirement route", ErrInvalid)
	}
	grounds := 0
	for _, set := range []bool{len(b.Triggers) > 0, !b.LongTerm.IsZero(), !b.Redeployment.IsZero()} {
		if set {
			grounds++
		}
	}
	hearing := l.Kind.Step() >= stages.StepStage3
	switch {
	case grounds == 0 && hearing:
		c.add("Basis.Triggers", "the trigger points that activated, long-term absence ongoing, or the redeployment register that ended", ErrMissing)
	case grounds == 0:
		c.add("Basis.Triggers", "the trigger points that activated, or long-term absence ongoing", ErrMissing)
	case grounds > 1:
		c.add("Basis", "give one ground: triggers, long-term absence or the redeployment register", ErrInvalid)
	}
	since := c.date("Basis.Since", b.Since, l.Kind.Step() != stages.StepStage1)
	if since {
		c.order("Basis.Since", b.Since, "Date", l.Date, false)
	}
	l.checkTriggers(c, since)
	if !b.LongTerm.IsZero() && c.period("Basis.LongTerm", b.LongTerm) {
		c.order("Basis.LongTerm.Start", b.LongTerm.Start, "Date", l.Date, false)
	}
	if !b.Redeployment.IsZero() {
		if !hearing {
			c.add("Basis.Redeployment", "the end of the redeployment register makes a stage 3 hearing due, not a review meeting", ErrInvalid)
		} else if c.period("Basis.Redeployment", b.Redeployment) {
			c.order("Basis.Redeployment.End", b.Redeployment.End, "Date", l.Date, false)
		}
	}
	need := 1
	if !b.Redeployment.IsZero() {
		need = 0
	}
	l.checkAbsences(c, need)
}

func (l Letter) checkTriggers(c *checker, since bool) {
	seen := map[string]bool{}
	for i, t := range l.Basis.Triggers {
		f := "Basis.Triggers[" + strconv.Itoa(i) + "]"
		var id triggers.Trigger
		switch err := id.UnmarshalText([]byte(t.ID)); {
		case t.ID == "":
			c.add(f+".ID", "", ErrMissing)
		case err != nil:
			c.add(f+".ID", "not one of TRIG-1 … TRIG-6", ErrInvalid)
		case seen[t.ID]:
			c.add(f+".ID", t.ID+" is listed twice", ErrInvalid)
		}
		seen[t.ID] = true
		c.text(f+".Point", t.Point, true)
		c.text(f+".Evidence", t.Evidence, true)
		if c.date(f+".Activated", t.Activated, true) {
			c.order(f+".Activated", t.Activated, "Date", l.Date, false)
			if since {
				c.order("Basis.Since", l.Basis.Since, f+".Activated", t.Activated, true)
			}
		}
	}
}

func (l Letter) checkAbsences(c *checker, need int) {
	if len(l.Basis.Absences) < need {
		c.add("Basis.Absences", "the absences the case relies on", ErrMissing)
	}
	for i, a := range l.Basis.Absences {
		f := "Basis.Absences[" + strconv.Itoa(i) + "]"
		if c.period(f+".Period", a.Period) {
			c.order(f+".Period.Start", a.Period.Start, "Date", l.Date, false)
		}
		c.text(f+".Reason", a.Reason, true)
		if a.WorkingDays < 0 {
			c.add(f+".WorkingDays", strconv.Itoa(a.WorkingDays), ErrInvalid)
		}
	}
}
