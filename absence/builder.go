package absence

// A Builder forms the episodes of one employee after another, by the rules
// and the code of [NewHistory], and keeps only what trigger evaluation
// counts: the counted runs of each episode (Episode.Triggers.Counted). It is
// for the whole-workforce path, where a History's explanation (findings
// text, the pay view, hours as decimals, a copy of the records) would cost
// more than the evaluation itself, and nobody reads it.
//
// A Builder reuses its memory from one call to the next, so that a worker
// evaluating a million employees allocates nothing per employee once its
// buffers have grown to the largest history. It is not safe for concurrent
// use: give each goroutine its own.
type Builder struct {
	f    former
	runs CountedRuns
}

// CountedRuns are the days of an employee's episodes that count towards
// trigger points, as [Builder.Counted] returns them: what
// Episode.Triggers.Counted holds for every episode of the History that
// NewHistory builds from the same input.
type CountedRuns struct {
	// Runs are the counted runs of every episode, in date order: episode by
	// episode, each episode's Triggers.Counted in order.
	Runs []Period
	// Episodes[k] is the index, in History.Episodes, of the episode of
	// Runs[k]. An episode with no counted day has no run, so indexes may be
	// skipped.
	Episodes []int
	// Days[k] is Runs[k] as Unix day numbers (Date.UnixDays): its first and
	// last day, for day arithmetic without converting the dates again.
	Days [][2]int
}

// NewBuilder returns a Builder of histories under pol. It fails with
// [ErrInvalidPolicy] for an invalid policy, which it checks once here rather
// than on every call.
func NewBuilder(pol Policy) (*Builder, error) {
	if err := pol.Validate(); err != nil {
		return nil, err
	}
	return &Builder{f: former{pol: pol, counting: true}}, nil
}

// Policy returns the recording policy of b.
func (b *Builder) Policy() Policy { return b.f.pol }

// Counted validates emp and records as [NewHistory] does, failing with the
// same error for the same input, and returns the counted runs of the
// episodes NewHistory would form. The result shares b's memory: it is valid
// until the next call of Counted.
func (b *Builder) Counted(emp Employee, records []Record) (CountedRuns, error) {
	f := &b.f
	b.runs.Runs, b.runs.Episodes, b.runs.Days = b.runs.Runs[:0], b.runs.Episodes[:0], b.runs.Days[:0]
	err := f.start(emp, records)
	if err == nil {
		b.count()
	}
	f.emp, f.records = Employee{}, nil // keep none of the caller's data alive
	if err != nil {
		return CountedRuns{}, err
	}
	return b.runs, nil
}

// count forms the episodes of the records f has started on.
func (b *Builder) count() {
	f := &b.f
	if !f.cut {
		b.countWhole()
		return
	}
	episode := 0
	for first := 0; first < len(f.order); {
		end := f.spellEnd(first)
		if f.spell(first, end) == anEpisode {
			b.runs.Runs = append(b.runs.Runs, f.trig...)
			b.runs.Days = append(b.runs.Days, f.trigDays...)
			for range f.trig {
				b.runs.Episodes = append(b.runs.Episodes, episode)
			}
			episode++
		}
		first = end
	}
}

// countWhole is count when every record is one piece, its whole period, in
// date order (f.cut false: no days at work, no sickness over leave, no
// protected period; most employees). It is spellEnd, spell and count in one
// pass over the pieces, for the trigger view only: a spell's runs go
// straight into b.runs and are dropped again if the spell forms no
// episode. It forms what they form, step for step: a new spell after a
// worked scheduled day or a part day worked (spellEnd); a sickness record's
// days from its first, or the day after a part day worked; a shift lost
// when one of them is scheduled; a run for the days unless the policy
// excludes them (no piece is protected, f.guard being empty), joined to the
// run of the record before when that one added a run to the same spell
// (spell).
func (b *Builder) countWhole() {
	f, out := &b.f, &b.runs
	episode := 0
	mark := 0                  // the first run of the current spell in out
	sick, lost := false, false // as spell's f.sick and f.lost
	lastTrig := -2             // the position of the last record that added a run
	n := len(f.order)
	for k := 0; k <= n; k++ {
		brk := k == n
		if !brk && k > 0 {
			// A worked scheduled day in the gap from the day after the
			// previous piece to the day before this one (none when they
			// touch): f.sched.Days with its plain case inlined (calls
			// spill the loop's registers).
			from, to := f.days[k-1][1]+1, f.days[k][0]-1
			gap, ok := f.sched.plainDays(from, to)
			if !ok && to >= from {
				gap = f.sched.Days(from, to)
			}
			brk = gap > 0 || f.worked[k]
		}
		if brk {
			// The spell ends: keep its runs if it is an episode.
			if sick && lost {
				for range len(out.Runs) - mark {
					out.Episodes = append(out.Episodes, episode)
				}
				episode++
			} else {
				out.Runs, out.Days = out.Runs[:mark], out.Days[:mark]
			}
			if k == n {
				break
			}
			mark, sick, lost = len(out.Runs), false, false
		}
		r := &f.records[f.order[k]]
		if !r.sickness() {
			continue
		}
		first, last := f.days[k][0], f.days[k][1]
		start := r.Period.Start
		if r.PartDay != nil && f.worked[k] { // the part day counts as worked (ABS-3)
			start, first = start.next(), first+1
		}
		if !lost {
			days, ok := f.sched.plainDays(first, last)
			if !ok {
				days = f.sched.Days(first, last)
			}
			lost = days > 0
		}
		if first > last {
			continue
		}
		sick = true
		if r.mayExclude() {
			if _, _, ok := f.pol.excluded(r); ok {
				continue
			}
		}
		if m := len(out.Runs); lastTrig == k-1 && m > mark {
			out.Runs[m-1].End, out.Days[m-1][1] = r.Period.End, last
		} else {
			out.Runs, out.Days = append(out.Runs, Period{start, r.Period.End}), append(out.Days, [2]int{first, last})
		}
		lastTrig = k
	}
}
