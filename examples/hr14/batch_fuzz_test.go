package main

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// FuzzParseAbsence: the row parser never panics; the one-pass fast path
// accepts only rows the full parser accepts, with the same result; and a
// parsed row, written back in the canonical form, parses to itself.
func FuzzParseAbsence(f *testing.F) {
	for _, s := range []string{
		"1,2024-02-29,2024-02-29,COLD_FLU,,", "17,2023-07-03,2023-07-03,GI,3.75,7.5", "2,2024-01-01,2023-12-31,MSK,,",
		"3,2024-13-01,2024-13-01,STRESS,,", "04,2024-01-01,2024-01-01,OTHER,,", "5,2024-01-01,2024-01-02,SURGERY,1,12.5",
		"6,2024-01-01,2024-01-01,GI,7.5,7.5", "7,2024-01-01,2024-01-01,GI,,\r", "8,2024-01-01", "",
		"9,2024-01-01,2024-01-01,GI,0,24", "999999999999999999,9999-12-31,9999-12-31,OTHER,,",
		"1,2024-02-30,2024-02-30,GI,,", "1,2024-02-01,2024-02-00,GI,,", "12,2024-02-01,2024-02-01,GI,,", "1234567,2023-07-32,2023-07-32,MSK,,",
		"1234567,2023-02-29,2023-02-29,MSK,,", "17,2023-07-03,2023-07-03,SURGERY,,", "17,2023-07-03,2023-07-03,STRESS,", "1,2024-01-01,2024-01-01,COLD_FLU,,",
		"17,2023-07-03,2023-07-03,MSKX,,", "1,2024-01-01,2024-01-01,COLD_FLUX,,", "12345678,2024-01-01,2024-01-01,GI,,", "1,2024-02-01,2024-02-29,GI,,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		r, p := parseAbsence([]byte(line))
		// The fast parser three times: new; after rows of other employees
		// and months, so that it recalls an id and months it saw; and again,
		// recalling this row's id and months.
		var fast rowParser
		for k := range 3 {
			if k == 1 {
				fast = rowParser{}
				for _, w := range warm {
					var wr absRow
					if _, ok := fast.parse([]byte(w), &wr); !ok {
						t.Fatalf("%q refused", w)
					}
				}
			}
			var fr absRow
			n, ok := fast.parse([]byte(line+"\n"), &fr)
			if !ok {
				continue
			}
			if n != len(line)+1 {
				if bytes.IndexByte([]byte(line), '\n') < 0 {
					t.Fatalf("fast path took %d bytes of %q", n, line)
				}
				return // the fuzzer put a line end inside: the first line was parsed
			}
			if p != nil || fr != r {
				t.Fatalf("%q (%d): fast %+v, full %+v %v", line, k, fr, r, p)
			}
		}
		if p != nil {
			return
		}
		switch {
		case !r.start.IsValid() || !r.end.IsValid() || r.e < r.s || r.id <= 0:
			t.Fatalf("%q: accepted %+v", line, r)
		case r.part && (r.s != r.e || r.worked >= r.shift || r.shift <= 0 || r.shift > 2400):
			t.Fatalf("%q: accepted part day %+v", line, r)
		}
		reason := string(bytes.Split(trimCR([]byte(line)), []byte(","))[3])
		b := strconv.AppendInt(nil, r.id, 10)
		b = append(b, ',')
		b, _ = r.start.AppendText(b)
		b = append(b, ',')
		b, _ = r.end.AppendText(b)
		b = append(b, ","+reason+","...)
		if r.part {
			b = append(b, hundredths(r.worked)+","+hundredths(r.shift)...)
		} else {
			b = append(b, ',')
		}
		back, p2 := parseAbsence(b)
		if p2 != nil || back != r {
			t.Fatalf("%q → %q → %+v %v, want %+v", line, b, back, p2, r)
		}
	})
}

// warm are good rows that FuzzParseAbsence's fast parser reads before the
// fuzzed row: ids and months it then recalls.
var warm = []string{
	"1,2024-02-01,2024-02-01,GI,,\n", "17,2023-07-03,2023-07-31,MSK,,\n", "1234567,2024-01-30,2024-03-01,OTHER,,\n",
	"5,2023-02-28,2023-02-28,STRESS,3.75,7.5\n",
}

func hundredths(v int32) string {
	return strconv.Itoa(int(v/100)) + "." + string(rune('0'+v/10%10)) + string(rune('0'+v%10))
}

// FuzzParseEmployee: the employee parser never panics, and what it accepts
// is an FTE the library accepts and a pattern with a working day.
func FuzzParseEmployee(f *testing.F) {
	for _, s := range []string{"1,1.00,MTWTF..", "2,0.5,..WT.SS", "3,1.5,MTWTF..", "4,0,MTWTF..", "5,0.80,.......", "6,0.80,MTWTF", "7,,", "8,1.,M......"} {
		f.Add(s)
	}
	p := newEmployeeParser(triggers.HR14())
	f.Fuzz(func(t *testing.T, line string) {
		e, problem := p.parse([]byte(line))
		if problem != nil {
			return
		}
		emp := absence.Employee{FTE: e.fte.fte, StandardDayHours: standardDay, Schedule: e.pat.sched}
		if err := emp.Validate(); err != nil || e.pat.mask == 0 || e.id <= 0 {
			t.Fatalf("%q: accepted %+v (%v)", line, e, err)
		}
	})
}

// FuzzBatch: whatever the absences file holds, both reports end without a
// panic, either successfully or with a row error naming a line; with
// --skip-invalid only the header or the order of the file can stop them.
func FuzzBatch(f *testing.F) {
	emp := []byte(empHead + "1,1.00,MTWTF..\n2,0.50,M.W.F..\n3,0.80,..WTFSS\n")
	for _, s := range []string{
		absHead + "1,2024-01-08,2024-01-09,COLD_FLU,,\n2,2024-01-08,2024-01-08,GI,3,7.5\n3,2024-01-01,2024-03-31,STRESS,,\n",
		absHead + "3,2024-01-08,2024-01-09,COLD_FLU,,\n1,2024-01-08,2024-01-08,GI,,\n",
		absHead + "1,2024-01-08,2024-01-09,COLD_FLU,,\n1,2024-01-09,2024-01-09,GI,,\n4,2024-01-08,2024-01-08,GI,,\n",
		absHead + "x\n\n1,,,,,\n",
		"nonsense",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, abs []byte, skip bool) {
		for _, windows := range []bool{false, true} {
			var out, errb bytes.Buffer
			j := &batchJob{absName: "a", empName: "e", abs: bytes.NewReader(abs), emp: bytes.NewReader(emp),
				pol: triggers.HR14(), windows: windows, skip: skip, workers: 2, block: 64, out: &out, log: &batchLog{w: &errb}}
			err := j.run(context.Background())
			if err == nil {
				continue
			}
			var re *rowError
			var ue *unsortedError
			switch {
			case errors.As(err, &ue):
			case errors.As(err, &re):
				if skip && re.msg[:6] != "header" && re.line != 1 && !bytes.Contains([]byte(re.msg), []byte("256 MiB")) {
					t.Fatalf("skipping, stopped by %v", err)
				}
				if re.line <= 0 {
					t.Fatalf("no line: %v", err)
				}
			default:
				t.Fatalf("not a row error: %v", err)
			}
		}
	})
}
