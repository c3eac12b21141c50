package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

const batchUsage = `Usage: hr14 batch --employees FILE --absences FILE [flags]

Evaluates a whole workforce from two CSV extracts in the format of the
benchmark data set (examples/hr14/BENCH.md in the hr14 repository), streamed:
memory does not grow with the number of employees. Both files start with a
header and are sorted by employee_id, the absences then by start_date:

  employees.csv  employee_id,fte,pattern              e.g. 17,0.80,MTWT...
  absences.csv   employee_id,start_date,end_date,reason,hours_worked,shift_hours
                 reason: COLD_FLU, GI, MSK, STRESS, SURGERY or OTHER; the hours
                 only on a part day (went home sick part-way through a shift)

Reports (--report):
  timeline  every activation of TRIG-1 … TRIG-5 under the policy, one row each:
            employee_id,trigger,activated_on,window_start,window_end,episodes,working_days,threshold
  windows   the benchmark's per-episode rolling-window report, byte for byte as
            its SQL baseline writes it:
            employee_id,episode_start,episodes6,days6,episodes12,days12,long,triggered

A bad row stops the run with its file and line; with --skip-invalid it is
skipped, counted and reported instead. Input out of order always stops the run.

Flags:
`

// cmdBatch is "hr14 batch" (issue 9).
func cmdBatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), batchUsage)
		fs.PrintDefaults()
	}
	var (
		employees = fs.String("employees", "", "the employees `file` (required)")
		absences  = fs.String("absences", "", "the absences `file`, or - for standard input (required)")
		asOf      = fs.String("as-of", "", "evaluate as of this `date` (YYYY-MM-DD), seeing no day after it")
		policy    = fs.String("policy", "", "the trigger policy: a JSON `file` holding a triggers.Policy; fields left out keep the HR14 v16 values (default HR14 v16)")
		out       = fs.String("out", "", "write the report to this `file` (default standard output), replaced only when the run succeeds")
		report    = fs.String("report", "timeline", "the `report`: timeline or windows")
		skip      = fs.Bool("skip-invalid", false, "skip bad rows, count and report them, instead of stopping at the first")
		skipped   = fs.String("skipped", "", "with --skip-invalid, list every skipped row in this `file` (default: the first 20 on standard error)")
		workers   = fs.Int("workers", 0, "the number of worker goroutines (default GOMAXPROCS)")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "hr14 batch: "+format+"\n", a...)
		fmt.Fprintln(stderr, `Run "hr14 batch -h" for the flags.`)
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		return usageErr("unexpected argument %q", fs.Arg(0))
	case *employees == "" || *absences == "":
		return usageErr("--employees and --absences are required")
	case *report != "timeline" && *report != "windows":
		return usageErr("--report must be timeline or windows, not %q", *report)
	case *skipped != "" && !*skip:
		return usageErr("--skipped needs --skip-invalid")
	case *workers < 0:
		return usageErr("--workers must not be negative")
	}
	job := &batchJob{windows: *report == "windows", skip: *skip, workers: *workers, block: 1 << 20}
	if job.workers == 0 {
		job.workers = runtime.GOMAXPROCS(0)
	}
	if *asOf != "" {
		d, err := absence.ParseDate(*asOf)
		if err != nil {
			return usageErr("--as-of: %v", err)
		}
		job.asOf = d
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "hr14 batch:", err)
		return exitFail
	}
	var err error
	if job.pol, err = batchPolicy(*policy); err != nil {
		return fail(err)
	}

	// The inputs.
	var total int64 // bytes of both files, for the progress line
	open := func(name string) (io.Reader, func(), error) {
		if name == "-" {
			return stdin, func() {}, nil
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, err
		}
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			total += fi.Size()
		}
		return f, func() { f.Close() }, nil
	}
	if *employees == "-" {
		return usageErr("--employees cannot be standard input")
	}
	emp, closeEmp, err := open(*employees)
	if err != nil {
		return fail(err)
	}
	defer closeEmp()
	abs, closeAbs, err := open(*absences)
	if err != nil {
		return fail(err)
	}
	defer closeAbs()
	job.absName, job.empName = *absences, *employees
	job.abs, job.emp = abs, emp
	if *absences == "-" {
		job.absName = "stdin"
		total = 0
	}

	// The outputs.
	job.log = &batchLog{w: stderr, started: time.Now()}
	if *skipped != "" {
		f, err := os.Create(*skipped)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		job.log.list = f
	}
	job.out = stdout
	var commit func() error
	if *out != "" {
		f, err := os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*")
		if err != nil {
			return fail(err)
		}
		defer func() { // on failure: remove the partial report
			if commit != nil {
				f.Close()
				os.Remove(f.Name())
			}
		}()
		job.out = f
		commit = func() error {
			if err := f.Chmod(0o644); err != nil {
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			return os.Rename(f.Name(), *out)
		}
	}

	stop := func() {}
	if isTerminal(stderr) {
		tick := time.NewTicker(500 * time.Millisecond)
		quit := make(chan struct{})
		finished := make(chan struct{})
		go func() {
			defer close(finished)
			for {
				select {
				case <-tick.C:
					job.log.progress(job.stats.rows.Load(), job.stats.bytes.Load(), total)
				case <-quit:
					return
				}
			}
		}()
		stop = func() {
			tick.Stop()
			close(quit)
			<-finished
		}
	}
	err = job.run(ctx)
	stop()
	if err == nil && job.log.err != nil {
		err = fmt.Errorf("--skipped: %w", job.log.err)
	}
	if err == nil && commit != nil {
		if err = commit(); err == nil {
			commit = nil // keep the report
		}
	}
	if n := job.log.skippedRows(); n > 0 {
		where := "the first are listed above; --skipped FILE lists them all"
		if job.log.list != nil {
			where = "listed in " + *skipped
		}
		job.log.say("%d rows skipped (%s)", n, where)
	}
	if err != nil {
		job.log.say("%v", err)
		return exitFail
	}
	if isTerminal(stderr) {
		job.log.say("%d employees, %d absence rows in %.1f s", job.stats.employees.Load(), job.stats.rows.Load(),
			time.Since(job.log.started).Seconds())
	}
	return exitOK
}

// batchPolicy returns HR14 v16, or the policy in the JSON file name: a
// triggers.Policy as encoding/json writes it, whose fields left out keep the
// HR14 values. The bench format has no shift lengths, so pro rata by hours
// is refused.
func batchPolicy(name string) (triggers.Policy, error) {
	pol := triggers.HR14()
	if name != "" {
		b, err := os.ReadFile(name)
		if err != nil {
			return pol, err
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&pol); err != nil {
			return pol, fmt.Errorf("--policy %s: %w", name, err)
		}
		if err := pol.Validate(); err != nil {
			return pol, fmt.Errorf("--policy %s: %w", name, err)
		}
	}
	if pol.ProRata == triggers.ByHours {
		return pol, errors.New("--policy: pro rata by hours needs shift lengths, which the batch format does not have")
	}
	return pol, nil
}
