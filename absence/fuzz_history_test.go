package absence_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

// fuzzEmployee decodes an employee from two bytes: the working weekdays (a
// bit mask; none is an invalid schedule), bank holidays off, a roster instead
// of a weekly pattern, night shifts, and the FTE (byte 1; 0 and above 1 are
// invalid).
func fuzzEmployee(mask, fte byte) absence.Employee {
	emp := absence.Employee{ID: "fz", StandardDayHours: decimal.New(75, -1), FTE: decimal.New(int64(fte%12), -1)}
	hours := []decimal.Decimal{decimal.New(75, -1), decimal.New(125, -1), decimal.NewFromInt(4)}
	if mask&0x80 != 0 { // a roster repeating the mask over three years
		var shifts []absence.RosterShift
		for d := (absence.Date{Year: 2025, Month: time.December, Day: 1}); d.Year < 2029; d = d.AddDays(1) {
			if mask&(1<<d.Weekday()) != 0 {
				shifts = append(shifts, absence.RosterShift{Date: d, Hours: hours[d.Day%3], Night: d.Day%5 == 0})
			}
		}
		if ro, err := absence.NewRoster(shifts); err == nil && len(shifts) > 0 {
			emp.Schedule = ro
		}
		return emp
	}
	var week [7]absence.Shift
	for wd := range 7 {
		if mask&(1<<wd) != 0 {
			week[wd] = absence.Shift{Hours: hours[wd%3], Night: wd == int(time.Saturday)}
		}
	}
	if w, err := absence.NewWeeklyPattern(week); err == nil {
		if fte&0x80 != 0 {
			w = w.BankHolidaysOff(absence.EnglandAndWales())
		}
		emp.Schedule = w
	}
	return emp
}

// withFertility gives emp a fertility treatment decoded from b (ABS-24):
// none unless bit 0; the embryo transfer 1 to 16 weeks after 5 January 2026
// (bits 1–4); open (bit 7), or ended 0 to 3 weeks later (bits 5–6).
func withFertility(emp absence.Employee, b byte) absence.Employee {
	if b&1 == 0 {
		return emp
	}
	t := absence.FertilityTreatment{Transfer: absence.Date{Year: 2026, Month: time.January, Day: 5}.AddDays(7 * (1 + int(b>>1&0xf)))}
	if b&0x80 == 0 {
		t.Ended = t.Transfer.AddDays(7 * int(b>>5&3))
	}
	emp.FertilityTreatments = []absence.FertilityTreatment{t}
	return emp
}

// fuzzRecords decodes records, 8 bytes each: days from the end of the
// previous record to the start (minus 3, so records may overlap or repeat:
// sickness over leave is allowed, ABS-21), length, kind (byte 2 low bits)
// and evidence (high bits), reason, part day, certificate, a "may be fit"
// note (ABS-20: bit 0 one is held; bits 1–3 its first day after the
// record's; bits 4–5 its length; bits 6–7 the employer's decision: none,
// not made, made from its first day, made from the day after), and the
// report (ABS-5, ABS-21: bit 0 one is recorded; bits 1–2 the day before the
// first day, the first day, the day after; ABS-23: bit 3 the day reported
// fit, bit 4 on the last day rather than the day after; bit 5 an expected
// return, bits 6–7 how far).
func fuzzRecords(b []byte) []absence.Record {
	var recs []absence.Record
	day := absence.Date{Year: 2026, Month: time.January, Day: 5}
	for len(b) >= 8 && len(recs) < 40 {
		gap, length, kind, reason, part, cert, note, report := b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]
		b = b[8:]
		start := day.AddDays(int(gap%40) - 3)
		if gap == 255 { // a reversed period
			start = day.AddDays(3)
		}
		r := absence.Record{
			ID:     "r" + string(rune('a'+len(recs)%26)),
			Period: absence.Period{Start: start, End: start.AddDays(int(length % 45))},
			Kind:   absence.Kind(kind % 6), // 5 is unknown
			Reason: absence.Reason(reason % 15),
			Evidence: absence.Evidence{
				InfectionControlLink: kind&0x08 != 0,
				Specimen:             absence.Specimen(kind >> 4 % 4),
				DisabilityDiscounted: kind&0x40 != 0,
				OHConfirmedFit:       kind&0x80 != 0,
			},
			Diagnosis: "SECRET-diagnosis",
			Notes:     "SECRET-notes",
		}
		if gap == 255 {
			r.Period.End = day
		}
		if part&1 != 0 {
			r.PartDay = &absence.PartDay{Worked: decimal.New(int64(part>>1%80), -1), SentHome: part&0x80 != 0}
			if part&0x40 != 0 {
				r.PartDay.Shift = decimal.New(int64(part>>2%130), -1)
			}
		}
		if cert&1 != 0 {
			from := r.Period.Start.AddDays(int(cert >> 1 % 16))
			c := absence.Certificate{Kind: absence.CertificateKind(cert >> 5 % 3), Covers: absence.Period{Start: from, End: from.AddDays(int(cert % 20))}}
			if cert&0x10 != 0 {
				c.Received = from.AddDays(int(cert>>2%8) - 2)
			}
			r.Certificates = []absence.Certificate{c}
		}
		if note&1 != 0 {
			from := r.Period.Start.AddDays(int(note >> 1 % 8))
			c := absence.Certificate{Kind: absence.FitNote, Fitness: absence.MayBeFitForWork, Issuer: absence.Issuer(note % 7),
				Covers: absence.Period{Start: from, End: from.AddDays([4]int{0, 2, 5, 12}[note>>4%4])}, Received: from,
				Advice: []absence.Advice{absence.Advice(1 + note%4)}}
			switch note >> 6 {
			case 1:
				c.Employer = &absence.AdviceDecision{Decided: from}
			case 2, 3:
				c.Employer = &absence.AdviceDecision{Made: true, From: from.AddDays(int(note>>6) - 2), Decided: from}
				if c.Employer.From.After(c.Covers.End) {
					c.Employer.From = c.Covers.End
				}
			}
			r.Certificates = append(r.Certificates, c)
		}
		if report&1 != 0 {
			s := r.Period.Start.AddDays(int(report>>1%3) - 1)
			r.Reported = time.Date(s.Year, s.Month, s.Day, 6, 30, 0, 0, time.UTC)
		}
		if report&0x08 != 0 { // reported fit the day after its end, or on its last day (ABS-23)
			r.ReportedFit = r.Period.End.AddDays(int(report >> 4 & 1))
		}
		if report&0x20 != 0 { // the return expected at notification (ABS-23)
			r.ExpectedReturn = r.Period.Start.AddDays(1 + int(report>>6)*10)
		}
		if reason&0x80 != 0 {
			r.Returned = r.Period.End.AddDays(1 + int(reason>>4%4))
			r.Interviewed = r.Returned.AddDays(int(reason>>5%3) - 1)
		}
		recs = append(recs, r)
		if r.Period.End.After(day) {
			day = r.Period.End
		}
	}
	return recs
}

// The error classes of absence, for checking that every error is typed.
var inputErrors = []absence.Error{absence.ErrInvalidDate, absence.ErrReversedPeriod, absence.ErrOverlap, absence.ErrDuplicate,
	absence.ErrUnknownReason, absence.ErrUnknownKind, absence.ErrFTE, absence.ErrHours, absence.ErrPartDayHours,
	absence.ErrPartDayNotScheduled, absence.ErrPartDayNotSickness, absence.ErrNotSickness, absence.ErrNoSchedule,
	absence.ErrEmptySchedule, absence.ErrUnsorted, absence.ErrInvalidPolicy, absence.ErrCertificate, absence.ErrNotificationTime,
	absence.ErrNoEpisode, absence.ErrNoRecord, absence.ErrNoShift, absence.ErrStage, absence.ErrUnknownCode, absence.ErrNoTime,
	// Issue 15's ranges and issue 17's records.
	absence.ErrDateRange, absence.ErrTooLong, absence.ErrFitNote, absence.ErrFertility, absence.ErrInterview,
	absence.ErrOtherWork, absence.ErrPlanned, absence.ErrTraining}

// FuzzNewHistory builds episodes from arbitrary records (issue 10: episode
// building from arbitrary records). Invalid input gives a typed error naming
// the record, never a panic; valid input gives episodes that keep these
// invariants: in date order and disjoint; counted days and pay days inside
// the episode and on sickness (or the rest days between two of its records);
// excluded and non-sickness records never count (ABS-7); working days are
// the scheduled days counted; the same records in another order give the
// same episodes; every check runs on every episode; a Builder gives the
// same counted runs, or the same error.
func FuzzNewHistory(f *testing.F) {
	f.Add(byte(0x3e), byte(10), byte(0), []byte{3, 1, 0, 4, 0, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0, 0})                              // worked example 6
	f.Add(byte(0x3e), byte(10), byte(0), []byte{3, 2, 0, 12, 61, 0, 0, 0})                                                    // worked example 5: part day
	f.Add(byte(0x3e), byte(10), byte(0), []byte{3, 1, 0x08, 5, 0, 0, 0, 0, 40, 0, 0, 4, 0, 0, 0, 0})                          // worked example 7
	f.Add(byte(0x2a), byte(6), byte(0), []byte{0, 13, 0, 3, 0, 0x33, 0, 0})                                                   // part-time, fit note
	f.Add(byte(0xbe), byte(0x8a), byte(0), []byte{3, 30, 4, 0, 0, 0, 0, 0, 0, 20, 0, 10, 0, 0, 0, 0, 2, 2, 0, 1, 0, 0, 0, 0}) // roster, leave
	f.Add(byte(0x3e), byte(10), byte(0), []byte{255, 3, 0, 1, 0, 0, 0, 0})                                                    // reversed
	f.Add(byte(0x3e), byte(10), byte(0), []byte{3, 4, 0, 1, 0, 0, 0, 0, 0, 4, 0, 1, 0, 0, 0, 0})                              // overlap
	f.Add(byte(0), byte(0), byte(0), []byte{})                                                                                // no schedule
	f.Add(byte(0x3e), byte(10), byte(0), []byte{3, 9, 4, 0, 0, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 3, 3, 0, 0, 2, 0, 0, 0, 0})      // sickness over leave, reported or not (ABS-21)
	f.Add(byte(0x3e), byte(10), byte(0x21), []byte{3, 20, 0, 1, 0, 0, 0, 0, 5, 4, 0, 10, 0, 0, 0, 0})                         // sickness across a protected period of fertility treatment (ABS-24)
	f.Fuzz(func(t *testing.T, mask, fte, fert byte, spec []byte) {
		emp := withFertility(fuzzEmployee(mask, fte), fert)
		recs := fuzzRecords(spec)
		pol := absence.HR14()
		if mask&0x40 != 0 {
			pol.ExactlyHalf = absence.HalfSickness
		}
		if fte&0x40 != 0 {
			pol.SicknessOnLeave = absence.OnLeaveFitNote
		}
		if fert&0x40 != 0 {
			pol.Exclude.Fertility = absence.PregnancyReasonOnly
		}
		b, err := absence.NewBuilder(pol)
		if err != nil {
			t.Fatal(err)
		}
		checkBuilder(t, b, emp, recs) // the whole-workforce path forms the same episodes
		h, err := absence.NewHistory(emp, recs, pol)
		if err != nil {
			var ie *absence.InputError
			if !errors.As(err, &ie) || !errors.Is(err, ie.Err) || !slices.Contains(inputErrors, ie.Err) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			if ie.Index < -1 || ie.Index >= max(len(recs), 1) || ie.Error() == "" {
				t.Fatalf("error names no record: %+v", ie)
			}
			if ie.Input == "record" && (ie.Index < 0 || ie.ID != recs[ie.Index].ID) {
				t.Fatalf("error names record %d ID %q: %v", ie.Index, ie.ID, err)
			}
			return
		}
		checkEpisodes(t, h, recs)

		// Order does not matter, apart from the record indexes.
		rev := slices.Clone(recs)
		slices.Reverse(rev)
		h2, err := absence.NewHistory(emp, rev, pol)
		if err != nil {
			t.Fatalf("reversed records rejected: %v", err)
		}
		ignore := cmp.Options{cmpopts.IgnoreFields(absence.Episode{}, "Records", "Findings"), cmpopts.IgnoreFields(absence.Exclusion{}, "Record"), decimalEqual, cmpopts.EquateEmpty()}
		if d := cmp.Diff(h.Episodes, h2.Episodes, ignore); d != "" {
			t.Fatalf("episodes depend on record order:\n%s", d)
		}
		// Episodes round-trip through JSON.
		j, err := json.Marshal(h.Episodes)
		if err != nil {
			t.Fatal(err)
		}
		var back []absence.Episode
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(h.Episodes, back, decimalEqual, cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("episodes JSON round trip:\n%s", d)
		}
		runChecks(t, h)
	})
}

// checkEpisodes asserts the invariants of NewHistory's episodes.
func checkEpisodes(t *testing.T, h absence.History, recs []absence.Record) {
	t.Helper()
	sched := h.Employee.Schedule
	// What each day of the records is: sickness that counts, excluded
	// sickness, or not sickness.
	type dayKind uint8
	const (
		counts dayKind = iota + 1
		excluded
		notSick
	)
	kind := map[absence.Date]dayKind{}
	// atWork: days of sickness at work under a "may be fit" note with the
	// changes made, which are not absence at all (ABS-20).
	atWork := map[absence.Date]bool{}
	for _, r := range recs {
		for _, c := range r.Certificates {
			if !r.IsSickness() || c.Kind != absence.FitNote || c.Fitness != absence.MayBeFitForWork || c.Employer == nil || !c.Employer.Made {
				continue
			}
			for d := range (absence.Period{Start: c.Employer.From, End: c.Covers.End}).All() {
				if r.Period.Contains(d) {
					atWork[d] = true
				}
			}
		}
	}
	// replaces reports whether sickness record r, reported on or before its
	// first day, replaces booked leave on day d (ABS-21).
	replaces := func(r absence.Record, d absence.Date) bool {
		if r.Reported.IsZero() || absence.DateOf(r.Reported).After(r.Period.Start) || atWork[d] {
			return false
		}
		if h.Policy.SicknessOnLeave == absence.OnLeaveNotified {
			return true
		}
		for _, c := range r.Certificates {
			if c.Kind == absence.FitNote && !c.Received.IsZero() && c.Covers.Contains(d) {
				return true
			}
		}
		return false
	}
	onLeave := map[absence.Date]bool{}
	for _, r := range recs {
		if r.Kind == absence.Leave {
			for d := range r.Period.All() {
				onLeave[d] = true
			}
		}
	}
	// protected: days of the protected periods that exclude sickness (ABS-24).
	protected := map[absence.Date]bool{}
	if h.Policy.Exclude.Pregnancy && h.Policy.Exclude.Fertility == absence.WholeProtectedPeriod {
		for _, ft := range h.Employee.FertilityTreatments {
			end := absence.Date{Year: 2200, Month: time.December, Day: 31}
			if !ft.Ended.IsZero() {
				end = ft.Ended.AddDays(13)
			}
			for _, r := range recs {
				if q, ok := r.Period.Intersect(absence.Period{Start: ft.Transfer, End: end}); ok {
					for d := range q.All() {
						protected[d] = true
					}
				}
			}
		}
	}
	// stays: days of a sickness record that stay leave (ABS-21).
	stays := map[absence.Date]bool{}
	for _, r := range recs {
		k := counts
		switch {
		case !r.IsSickness():
			k = notSick
		case r.Reason == absence.PregnancyRelated, r.Evidence.DisabilityDiscounted,
			r.Reason == absence.OccupationalInfection && r.Evidence.Specimen == absence.SpecimenPositive,
			r.Reason == absence.OccupationalInfection && r.Evidence.InfectionControlLink &&
				r.Evidence.Specimen != absence.SpecimenNegative && r.Evidence.Specimen != absence.SpecimenNotProvided:
			k = excluded
		}
		for d := range r.Period.All() {
			switch {
			case r.Kind == absence.Leave:
				if _, sick := kind[d]; !sick {
					kind[d] = notSick
				}
			case onLeave[d] && r.IsSickness() && !replaces(r, d):
				kind[d] = notSick
				stays[d] = true
			case !atWork[d] && k == counts && protected[d]:
				kind[d] = excluded
			case !atWork[d]:
				kind[d] = k
			}
		}
	}
	// lostShift reports whether a sickness day in p is a scheduled day.
	lostShift := func(p absence.Period) bool {
		for d := range p.All() {
			if k := kind[d]; k == counts || k == excluded {
				if _, ok := sched.ShiftOn(d); ok {
					return true
				}
			}
		}
		return false
	}
	onSickness := func(what string, d absence.Date, countsOnly bool) {
		switch k, ok := kind[d]; {
		case !ok:
			if _, sch := sched.ShiftOn(d); sch {
				t.Fatalf("%s day %v is a scheduled day no record covers", what, d)
			}
		case k == notSick, countsOnly && k == excluded:
			t.Fatalf("%s day %v is not countable sickness (kind %d)", what, d, k)
		}
	}
	var prev absence.Period
	for i, ep := range h.Episodes {
		if !ep.Period.IsValid() || (i > 0 && !ep.Period.Start.After(prev.End)) {
			t.Fatalf("episode %d %v after %v", i, ep.Period, prev)
		}
		prev = ep.Period
		if ep.CalendarDays != ep.Period.Days() || ep.LongTerm != (ep.CalendarDays >= h.Policy.LongTermDays) {
			t.Fatalf("episode %d: %d calendar days, long term %v", i, ep.CalendarDays, ep.LongTerm)
		}
		if len(ep.Records) == 0 || len(ep.Reasons) == 0 {
			t.Fatalf("episode %d has no records or reasons", i)
		}
		for _, ri := range ep.Records {
			if ri < 0 || ri >= len(recs) || !recs[ri].Period.Overlaps(ep.Period) {
				t.Fatalf("episode %d names record %d", i, ri)
			}
		}
		tv, pv := ep.Triggers, ep.Pay
		wd, hrs := 0, decimal.Zero
		for k, run := range tv.Counted {
			if !run.IsValid() || !ep.Period.Contains(run.Start) || !ep.Period.Contains(run.End) || (k > 0 && !run.Start.After(tv.Counted[k-1].End)) {
				t.Fatalf("episode %d counted run %v", i, run)
			}
			for d := range run.All() {
				onSickness("counted", d, true)
			}
			wd += sched.ScheduledDays(run)
			hrs = hrs.Add(sched.ScheduledHours(run))
		}
		if wd != tv.WorkingDays || !hrs.Equal(tv.Hours) {
			t.Fatalf("episode %d: %d working days %v hours, scheduled %d %v", i, tv.WorkingDays, tv.Hours, wd, hrs)
		}
		if tv.Counts() != (len(tv.Counted) > 0) || (tv.Counts() && (tv.Span.Start != tv.Counted[0].Start || tv.Span.End != tv.Counted[len(tv.Counted)-1].End || tv.CalendarDays != tv.Span.Days())) {
			t.Fatalf("episode %d span %v of %v", i, tv.Span, tv.Counted)
		}
		for _, x := range tv.Excluded {
			if !x.Period.IsValid() || !ep.Period.Contains(x.Period.Start) || !ep.Period.Contains(x.Period.End) || x.Cause.Rule().ID == "" {
				t.Fatalf("episode %d exclusion %+v", i, x)
			}
			for _, run := range tv.Counted {
				if run.Overlaps(x.Period) {
					t.Fatalf("episode %d: excluded %v is counted in %v", i, x, run)
				}
			}
		}
		pwd := 0
		for k, run := range pv.Days {
			if !run.IsValid() || !ep.Period.Contains(run.Start) || !ep.Period.Contains(run.End) || (k > 0 && !run.Start.After(pv.Days[k-1].End)) {
				t.Fatalf("episode %d pay run %v", i, run)
			}
			for d := range run.All() {
				onSickness("pay", d, false)
			}
			pwd += sched.ScheduledDays(run)
		}
		if pwd != pv.WorkingDays {
			t.Fatalf("episode %d: %d pay working days, scheduled %d", i, pv.WorkingDays, pwd)
		}
		if len(ep.Findings) == 0 || ep.Findings[len(ep.Findings)-1].Rule.ID != "ABS-1" {
			t.Fatalf("episode %d findings %v", i, ep.Findings)
		}
		cd := 0
		for _, run := range tv.Counted {
			cd += run.Days()
		}
		if cd != tv.CountedDays || cd > tv.CalendarDays {
			t.Fatalf("episode %d: %d counted days, %d in its runs, span %d", i, tv.CountedDays, cd, tv.CalendarDays)
		}
		if !lostShift(ep.Period) {
			t.Fatalf("episode %d %v: no scheduled shift lost (§4.4)", i, ep.Period)
		}
	}
	// Sickness with no shift lost forms no episode, and is kept (ABS-2, §4.4).
	for i, n := range h.NoShiftLost {
		if lostShift(n.Period) || len(n.Records) == 0 || len(n.Reasons) == 0 || len(n.Findings) == 0 ||
			n.Findings[len(n.Findings)-1].Rule.ID != "ABS-2" || n.Pay.WorkingDays != 0 {
			t.Fatalf("no shift lost %d: %+v", i, n)
		}
		for _, ep := range h.Episodes {
			if ep.Period.Overlaps(n.Period) {
				t.Fatalf("no shift lost %v inside episode %v", n.Period, ep.Period)
			}
		}
	}
	// Every counted sickness day of a record, beyond a part day's first day,
	// is in exactly one episode.
	for i, r := range recs {
		if !r.IsSickness() {
			continue
		}
		for d := range r.Period.All() {
			if (r.PartDay != nil && d == r.Period.Start) || atWork[d] || stays[d] {
				continue
			}
			n := 0
			for _, ep := range h.Episodes {
				for _, run := range ep.Pay.Days {
					if run.Contains(d) {
						n++
					}
				}
			}
			for _, ns := range h.NoShiftLost {
				for _, run := range ns.Pay.Days {
					if run.Contains(d) {
						n++
					}
				}
			}
			if n != 1 {
				t.Fatalf("sickness day %v of record %d is in %d pay runs", d, i, n)
			}
		}
	}
	for _, n := range h.PartDays {
		if n.Shift.LessThanOrEqual(n.Worked) || n.Worked.IsNegative() {
			t.Fatalf("part-day note %+v", n)
		}
	}
}

// runChecks runs every recording check on every episode and record: none may
// fail or panic on a valid history.
func runChecks(t *testing.T, h absence.History) {
	t.Helper()
	for i, ep := range h.Episodes {
		for _, asOf := range []absence.Date{ep.Period.Start, ep.Period.End, ep.Period.End.AddDays(40)} {
			if _, err := h.Certification(i, asOf); err != nil {
				t.Fatal(err)
			}
			if _, err := h.ReturnToWork(i, asOf); err != nil {
				t.Fatal(err)
			}
			if _, err := h.Referral(i, absence.ReferralFacts{Calendar: absence.EnglandAndWales()}, asOf); err != nil {
				t.Fatal(err)
			}
			if _, err := h.Contact(i, []absence.Date{ep.Period.Start.AddDays(10)}, asOf); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := h.BankHolidays(i, absence.EnglandAndWales()); err != nil {
			t.Fatal(err)
		}
		for _, asOf := range []absence.Date{ep.Period.Start, ep.Period.End.AddDays(40)} {
			if _, err := h.Closing(i, asOf); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i, r := range h.Records {
		if _, ok := h.Employee.Schedule.ShiftOn(r.Period.Start); !ok {
			continue
		}
		s := r.Period.Start
		start := time.Date(s.Year, s.Month, s.Day, 7, 30, 0, 0, time.UTC)
		if _, err := h.Notification(i, start, start.Add(48*time.Hour)); err != nil && !errors.Is(err, absence.ErrNotificationTime) {
			t.Fatalf("record %d: %v", i, err)
		}
	}
}

// FuzzSchedule validates weekly patterns and rosters built from arbitrary
// shifts and checks that ScheduledDays and ScheduledHours agree with ShiftOn
// day by day over arbitrary periods (the trigger engine relies on the counts;
// the episodes on ShiftOn).
func FuzzSchedule(f *testing.F) {
	f.Add([]byte{0, 75, 1, 75, 2, 75, 3, 75, 4, 75}, uint16(30), uint16(400), true)
	f.Add([]byte{5, 125, 6, 120, 6, 120}, uint16(0), uint16(3), false)
	f.Add([]byte{9, 0, 3, 250}, uint16(10), uint16(10), true)
	f.Fuzz(func(t *testing.T, spec []byte, from, length uint16, holidaysOff bool) {
		start := absence.Date{Year: 2026, Month: time.January, Day: 1}
		var week [7]absence.Shift
		var shifts []absence.RosterShift
		for i := 0; i+1 < len(spec) && i < 200; i += 2 {
			h := decimal.New(int64(spec[i+1]), -1)
			if i < 14 {
				week[spec[i]%7] = absence.Shift{Hours: h, Night: spec[i]&8 != 0}
			}
			shifts = append(shifts, absence.RosterShift{Date: start.AddDays(int(spec[i]) * 3), Hours: h, Night: spec[i]&8 != 0})
		}
		var scheds []absence.Schedule
		if w, err := absence.NewWeeklyPattern(week); err != nil {
			var ie *absence.InputError
			if !errors.As(err, &ie) || (!errors.Is(err, absence.ErrHours) && !errors.Is(err, absence.ErrEmptySchedule)) {
				t.Fatalf("weekly pattern: untyped error %v", err)
			}
		} else {
			if holidaysOff {
				w = w.BankHolidaysOff(absence.EnglandAndWales())
			}
			if back, err := absence.ParseWeekMask(w.Mask(), decimal.NewFromInt(1)); err != nil || back.Mask() != w.Mask() {
				t.Fatalf("mask %q does not round-trip: %v", w.Mask(), err)
			}
			scheds = append(scheds, w)
		}
		if ro, err := absence.NewRoster(shifts); err != nil {
			var ie *absence.InputError
			if !errors.As(err, &ie) || (!errors.Is(err, absence.ErrHours) && !errors.Is(err, absence.ErrUnsorted)) {
				t.Fatalf("roster: untyped error %v", err)
			}
		} else {
			if len(ro.Shifts()) != len(shifts) {
				t.Fatalf("roster keeps %d of %d shifts", len(ro.Shifts()), len(shifts))
			}
			scheds = append(scheds, ro)
		}
		p := absence.Period{Start: start.AddDays(int(from % 1500)), End: start.AddDays(int(from%1500) + int(length%800))}
		for _, s := range scheds {
			n, hours := 0, decimal.Zero
			for d := range p.All() {
				if sh, ok := s.ShiftOn(d); ok {
					if !sh.Hours.IsPositive() {
						t.Fatalf("%T: a shift of %v hours on %v", s, sh.Hours, d)
					}
					n++
					hours = hours.Add(sh.Hours)
				}
			}
			if got := s.ScheduledDays(p); got != n {
				t.Fatalf("%T: ScheduledDays(%v) = %d, ShiftOn counts %d", s, p, got, n)
			}
			if got := s.ScheduledHours(p); !got.Equal(hours) {
				t.Fatalf("%T: ScheduledHours(%v) = %v, ShiftOn sums %v", s, p, got, hours)
			}
			if s.ScheduledDays(absence.Period{}) != 0 || !s.ScheduledHours(absence.Period{}).IsZero() {
				t.Fatalf("%T: the zero period has scheduled days", s)
			}
		}
	})
}
