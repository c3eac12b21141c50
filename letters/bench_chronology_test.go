package letters_test

import (
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/letters"
)

// BenchmarkNewChronology builds the chronology, with its timeline, of a
// random year's case (12 absences and their procedure), and
// BenchmarkRenderChronology renders it as HTML with the picture inline.
func BenchmarkNewChronology(b *testing.B) {
	c, _, _, asOf := randomCase(b, rand.New(rand.NewPCG(7, 18)))
	b.ReportAllocs()
	for range b.N {
		if _, err := letters.NewChronology(c, letters.ChronologyOptions{AsOf: asOf}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderChronology(b *testing.B) {
	c, _, _, asOf := randomCase(b, rand.New(rand.NewPCG(7, 18)))
	ch, err := letters.NewChronology(c, letters.ChronologyOptions{AsOf: asOf})
	if err != nil {
		b.Fatal(err)
	}
	r, err := letters.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := r.ChronologyString(letters.HTML, ch); err != nil {
			b.Fatal(err)
		}
	}
}
