package main

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"github.com/absencerules/hr14/absence"
)

// genWorkforceAttrs writes the synthetic workforce of the benchmark's generator
// (the benchmark kit's gen/main.go, default -from 2023-01-01 -to 2025-12-31
// -rate 5) for n employees and a seed: employees.csv and absences.csv, byte
// for byte as the generator writes them, so that the tests need no external
// data. TestGeneratorMatchesBench checks that against the input checksums of
// the benchmark (BENCH.md).
//
// It writes the generator's -attributes file, attributes.csv, too, byte for
// byte: a separate random stream per employee
// (so the other files are the same with or without it), in which
// disability is declared more often by employees more often sick (3, 4, 6
// and 12% by propensity class; 20% never answer), the disparity built in
// for an equality report to find.
func genWorkforceAttrs(n int, seed uint64) (employees, absences, attributes []byte) {
	var ew, aw, xw bytes.Buffer
	xw.WriteString("employee_id,staff_group,department,disability,sex,age_band,ethnicity\n")
	ew.WriteString("employee_id,fte,pattern\n")
	aw.WriteString("employee_id,start_date,end_date,reason,hours_worked,shift_hours\n")
	start := absence.Date{Year: 2023, Month: 1, Day: 1}.UnixDays()
	end := absence.Date{Year: 2025, Month: 12, Day: 31}.UnixDays()
	const meanRate = 5.0
	buf := make([]byte, 0, 256)
	for id := 1; id <= n; id++ {
		r := newGenRNG(seed, uint64(id))
		e := genEmployee(r, meanRate)
		buf = strconv.AppendInt(buf[:0], int64(id), 10)
		buf = append(buf, ',', byte('0'+e.fte100/100), '.', byte('0'+e.fte100/10%10), byte('0'+e.fte100%10), ',')
		for i, letter := range []byte("MTWTFSS") {
			if e.mask[i] {
				buf = append(buf, letter)
			} else {
				buf = append(buf, '.')
			}
		}
		ew.Write(append(buf, '\n'))
		xw.Write(genAttributes(buf[:0], seed, id, &e))

		meanGap := 365.25 / e.rate
		t := start - 1
		for {
			t += 1 + int(r.exp(meanGap))
			cls := r.pick(genClassWeights)
			s := t
			if cls == genPartDay || r.intn(100) < 98 {
				s = e.nextWork(s)
			}
			if s > end {
				break
			}
			var en int
			var w []int
			partQ := -1
			switch cls {
			case 0, 1, 2: // 1, 2 or 3 scheduled working days
				k := cls + 1
				en = s
				for c := 0; ; en++ {
					if e.works(en) {
						c++
						if c == k {
							break
						}
					}
				}
				w = genReasonShort
			case 3:
				en = s + 3 + r.intn(4)
				w = genReasonMedium
			case 4:
				en = s + min(8+int(r.exp(6)), 27) - 1
				w = genReasonMedium
			case 5:
				en = s + min(28+int(r.exp(35)), 365) - 1
				w = genReasonLong
			case genPartDay:
				en = s
				partQ = 1 + r.intn(e.shiftQ-1)
				w = genReasonShort
			}
			en = min(en, end)
			reason := genReasons[r.pick(w)]
			buf = strconv.AppendInt(buf[:0], int64(id), 10)
			buf = append(buf, ',')
			buf, _ = absence.FromUnixDays(s).AppendText(buf)
			buf = append(buf, ',')
			buf, _ = absence.FromUnixDays(en).AppendText(buf)
			buf = append(buf, ',')
			buf = append(buf, reason...)
			buf = append(buf, ',')
			if partQ >= 0 {
				buf = appendQuarters(buf, partQ)
				buf = append(buf, ',')
				buf = appendQuarters(buf, e.shiftQ)
			} else {
				buf = append(buf, ',')
			}
			aw.Write(append(buf, '\n'))
			t = e.nextWork(en + 1)
		}
	}
	return ew.Bytes(), aw.Bytes(), xw.Bytes()
}

// genAttributes appends one row of attributes.csv, as the generator's
// appendAttributes writes it.
func genAttributes(b []byte, seed uint64, id int, e *genEmp) []byte {
	r := newGenRNG(seed^0x9e3779b97f4a7c15, uint64(id))
	groups := []string{"Administrative and Clerical", "Nursing and Midwifery Registered", "Additional Clinical Services"}
	b = strconv.AppendInt(b, int64(id), 10)
	b = append(b, ',')
	b = append(b, groups[e.group]...)
	b = append(b, ',', 'D')
	b = strconv.AppendInt(b, int64(1+r.intn(40)), 10)
	b = append(b, ',')
	disability := "No"
	switch u := r.intn(1000); {
	case u < []int{30, 40, 60, 120}[e.prop]:
		disability = "Yes"
	case u >= 800:
		disability = "Not declared"
	}
	b = append(b, disability...)
	b = append(b, ',')
	b = append(b, []string{"Female", "Male"}[r.pick([]int{77, 23})]...)
	b = append(b, ',')
	b = append(b, []string{"16-24", "25-34", "35-44", "45-54", "55-64", "65+"}[r.pick([]int{6, 24, 25, 24, 18, 3})]...)
	b = append(b, ',')
	b = append(b, []string{"White", "Asian", "Black", "Mixed", "Other", "Not stated"}[r.pick([]int{70, 14, 8, 3, 3, 2})]...)
	return append(b, '\n')
}

var (
	genReasons      = []string{"COLD_FLU", "GI", "MSK", "STRESS", "SURGERY", "OTHER"}
	genReasonShort  = []int{38, 24, 8, 8, 2, 20}
	genReasonMedium = []int{20, 8, 20, 22, 10, 20}
	genReasonLong   = []int{3, 2, 25, 35, 20, 15}
	genClassWeights = []int{450, 225, 135, 115, 45, 11, 30}
)

const genPartDay = 6

// genRNG is the generator's splitmix64, one stream per employee.
type genRNG struct{ s uint64 }

func newGenRNG(seed, id uint64) *genRNG {
	r := &genRNG{s: seed*0x9E3779B97F4A7C15 ^ (id+1)*0xD1B54A32D192ED03}
	r.next()
	r.next()
	return r
}

func (r *genRNG) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func (r *genRNG) float() float64           { return float64(r.next()>>11) / (1 << 53) }
func (r *genRNG) intn(n int) int           { return int(r.next() % uint64(n)) }
func (r *genRNG) exp(mean float64) float64 { return -mean * math.Log(1-r.float()) }

func (r *genRNG) pick(w []int) int {
	tot := 0
	for _, x := range w {
		tot += x
	}
	u := r.intn(tot)
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

type genEmp struct {
	fte100 int
	mask   [7]bool // Monday..Sunday
	shiftQ int
	rate   float64
	group  int // 0 office, 1 long-day shifts, 2 7.5-hour shifts
	prop   int // the propensity class, 0 lowest … 3 highest
}

func genEmployee(r *genRNG, meanRate float64) genEmp {
	var e genEmp
	if r.intn(100) < 62 {
		e.fte100 = 100
	} else {
		h2 := 16 + r.intn(59)
		e.fte100 = (2*h2*100 + 75) / 150
	}
	var days, pool int
	switch g := r.intn(100); {
	case g < 55:
		e.shiftQ, days, pool = 30, max(1, min(5, (e.fte100*5+50)/100)), 5
	case g < 80:
		e.shiftQ, days, pool, e.group = 50, max(1, min(3, (e.fte100*3+50)/100)), 7, 1
	default:
		e.shiftQ, days, pool, e.group = 30, max(1, min(5, (e.fte100*5+50)/100)), 7, 2
	}
	idx := []int{0, 1, 2, 3, 4, 5, 6}
	for i := range days {
		j := i + r.intn(pool-i)
		idx[i], idx[j] = idx[j], idx[i]
		e.mask[idx[i]] = true
	}
	e.prop = r.pick([]int{20, 40, 28, 12})
	mult := []float64{0.25, 0.8, 1.3, 2.6}[e.prop] / 1.046
	e.rate = meanRate * mult
	return e
}

// works reports whether Unix day d is rostered (1970-01-01 was a Thursday).
func (e *genEmp) works(d int) bool { return e.mask[((d+3)%7+7)%7] }

func (e *genEmp) nextWork(d int) int {
	for !e.works(d) {
		d++
	}
	return d
}

func appendQuarters(b []byte, q int) []byte {
	b = strconv.AppendInt(b, int64(q/4), 10)
	return append(b, [4]string{"", ".25", ".5", ".75"}[q%4]...)
}

// genCache caches generated workforces: tests share them.
var genCache = map[[2]uint64][3][]byte{}

func workforce(tb testing.TB, n int, seed uint64) (employees, absences []byte) {
	e, a, _ := workforceAttrs(tb, n, seed)
	return e, a
}

// workforceAttrs is workforce with attributes.csv.
func workforceAttrs(tb testing.TB, n int, seed uint64) (employees, absences, attributes []byte) {
	tb.Helper()
	k := [2]uint64{uint64(n), seed}
	if w, ok := genCache[k]; ok {
		return w[0], w[1], w[2]
	}
	e, a, x := genWorkforceAttrs(n, seed)
	genCache[k] = [3][]byte{e, a, x}
	return e, a, x
}
