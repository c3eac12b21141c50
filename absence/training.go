package absence

// ErrTraining: a training booking of a record is invalid (ABS-16).
const ErrTraining Error = "invalid training booking"

// maxTraining bounds the training bookings of one record.
const maxTraining = 64

// A TrainingBooking is a training course the employee was booked to attend
// on a day of the absence (ABS-16, Proc 10): they report the absence as
// usual and contact the training provider directly to cancel their place.
type TrainingBooking struct {
	// Day is the day of the course; a day of the record's period.
	Day Date `json:"day"`
	// Cancelled is the day the employee cancelled with the training
	// provider; zero if not recorded.
	Cancelled Date `json:"cancelled,omitempty"`
}

// Training returns, for each training course booked on a day of episode i,
// the employee's duty to cancel it with the training provider, as of asOf
// (ABS-16, Proc 10): due on the day of the course, done on the day
// cancelled. The manager sees it flagged so the place is not wasted; it is
// the employee's duty, never a ground for anything by itself.
//
// It fails with [ErrNoEpisode] for a bad index and [ErrInvalidDate] for an
// invalid asOf.
func (h History) Training(i int, asOf Date) ([]Check, error) {
	ep, err := h.episode(i)
	if err != nil {
		return nil, err
	}
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return nil, err
	}
	var out []Check
	for _, ri := range ep.Records {
		for _, tb := range h.Records[ri].Training {
			c := dateCheck(TaskTraining, ruleTraining, "cancellation of the training course of "+tb.Day.String()+" with the training provider (the employee)",
				tb.Day, tb.Cancelled, asOf)
			c.Findings = append(c.Findings, Finding{ruleTraining, "the employee was booked on a training course on " + tb.Day.String() +
				", a day of the absence: besides reporting the absence as usual, they contact the training provider directly to cancel their place"})
			out = append(out, c)
		}
	}
	return out, nil
}
