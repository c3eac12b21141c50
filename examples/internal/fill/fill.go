// Package fill makes random values of the types of the case-file and
// report formats, for the property tests that every such value survives a
// round trip through JSON.
package fill

import (
	"encoding"
	"fmt"
	"math/rand/v2"
	"reflect"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/shopspring/decimal"
)

var (
	dateType          = reflect.TypeOf(absence.Date{})
	periodType        = reflect.TypeOf(absence.Period{})
	openPeriodType    = reflect.TypeOf(casefile.Period{})
	decimalType       = reflect.TypeOf(decimal.Decimal{})
	timeType          = reflect.TypeOf(time.Time{})
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	textUnmarshalType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// A Filler makes random values; it remembers the codes of the
// enumerations it has met.
type Filler struct {
	r     *rand.Rand
	codes map[reflect.Type][]uint64
}

// New returns a Filler drawing from r.
func New(r *rand.Rand) *Filler { return &Filler{r: r, codes: map[reflect.Type][]uint64{}} }

// Value sets every exported field reachable from v (a pointer) to a random
// value: dates, periods, decimals and times in range; enumerations to one
// of their codes; strings from an alphabet with quotes, escapes and
// non-ASCII letters; lists of 0 to 3 items; pointers nil or set. Fields
// tagged json:"-" are left alone.
func (f *Filler) Value(v any) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer {
		panic("fill.Value needs a pointer")
	}
	f.fill(rv.Elem(), 0)
}

func (f *Filler) fill(v reflect.Value, depth int) {
	r := f.r
	t := v.Type()
	switch t {
	case dateType:
		v.Set(reflect.ValueOf(date(r)))
		return
	case periodType:
		v.Set(reflect.ValueOf(period(r)))
		return
	case openPeriodType:
		p := period(r)
		open := !p.IsZero() && r.IntN(4) == 0
		if open {
			p.End = absence.Date{}
		}
		v.Set(reflect.ValueOf(casefile.Period{Start: p.Start, End: p.End, Open: open}))
		return
	case decimalType:
		v.Set(reflect.ValueOf(decimal.New(r.Int64N(2_000_000)-1_000_000, -int32(r.IntN(5)))))
		return
	case timeType:
		zone := time.FixedZone("", (r.IntN(29)-14)*1800)
		sec := r.Int64N(4_000_000_000)
		v.Set(reflect.ValueOf(time.Unix(sec, int64(r.IntN(1_000_000_000))).In(zone)))
		return
	}
	if t.Kind() == reflect.Uint8 && t.Implements(textMarshalerType) {
		codes, ok := f.codes[t]
		if !ok {
			codes = Codes(t)
			f.codes[t] = codes
		}
		if len(codes) == 0 {
			panic(fmt.Sprintf("fill: %s has no codes", t))
		}
		v.SetUint(codes[r.IntN(len(codes))])
		return
	}
	if t.Kind() == reflect.Int && t.Implements(textMarshalerType) {
		// A count with a text form (pension.Membership, in days): keep it
		// in the range the text form reads back (pension.ParseMembership
		// refuses more than 1,000 years).
		v.SetInt(int64(r.IntN(100 * 365)))
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if !sf.IsExported() || sf.Tag.Get("json") == "-" {
				continue
			}
			f.fill(v.Field(i), depth+1)
		}
	case reflect.Pointer:
		if depth > 8 || r.IntN(3) == 0 {
			return
		}
		p := reflect.New(t.Elem())
		f.fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		n := r.IntN(4)
		if depth > 8 {
			n = 0
		}
		s := reflect.MakeSlice(t, n, n)
		for i := 0; i < n; i++ {
			f.fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.String:
		v.SetString(text(r))
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := r.Int64N(1 << 20)
		if t.Size() < 4 {
			n = r.Int64N(100)
		}
		v.SetInt(n - n/2)
	default:
		panic(fmt.Sprintf("fill: no random %s", t))
	}
}

// Codes returns the values of an enumeration (a uint8 type with text codes)
// that marshal to a code and back.
func Codes(t reflect.Type) []uint64 {
	var out []uint64
	for i := uint64(0); i < 256; i++ {
		v := reflect.New(t)
		v.Elem().SetUint(i)
		b, err := v.Elem().Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			continue
		}
		if !reflect.PointerTo(t).Implements(textUnmarshalType) {
			continue
		}
		back := reflect.New(t)
		if back.Interface().(encoding.TextUnmarshaler).UnmarshalText(b) != nil || back.Elem().Uint() != i {
			continue
		}
		out = append(out, i)
	}
	return out
}

func period(r *rand.Rand) absence.Period {
	if r.IntN(10) == 0 {
		return absence.Period{}
	}
	start := absence.FromUnixDays(r.IntN(40_000) - 10_000)
	end := start.AddDays(r.IntN(400))
	if r.IntN(8) == 0 {
		end = start
	}
	return absence.Period{Start: start, End: end}
}

func date(r *rand.Rand) absence.Date {
	if r.IntN(10) == 0 {
		return absence.Date{}
	}
	return absence.FromUnixDays(r.IntN(40_000) - 10_000)
}

var alphabet = []rune("abcXYZ019 -_.:#'\"\\/\n\téłß€🙂{}[],&*!|>%@`")

func text(r *rand.Rand) string {
	n := r.IntN(12)
	out := make([]rune, n)
	for i := range out {
		out[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(out)
}
