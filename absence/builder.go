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
