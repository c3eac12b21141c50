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
	"runtime/pprof"
	"strings"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
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
  equality  with --attributes: for each staff group, department, disability,
            sex, age band and ethnicity, the employees who activated each
            trigger point, the rate and the relative likelihood against the
            reference group with a 95% interval (WDES Metric 3); counts under
            10 shown as *; with --adjustments, also after the trust's
            adjustments for disabled employees:
            split,attribute,group,reference,measure,headcount,employees,rate_percent,relative_likelihood,ci95_low,ci95_high
  trends    for each department and staff group (with --attributes) and month:
            sickness rate, episodes per FTE, reason mix, long-term share,
            trigger points activated; --html FILE draws them as charts

--compare FILE evaluates every employee under the policy and under FILE's
(a case file's policy section: knobs and trig1 … trig5) in one pass and
writes, per month and for the whole period, the employees who activate each
trigger point and the first-stage reviews that become due under each, and
the difference:
            period,measure,base,compare,difference
--differ FILE lists the employees whose outcome differs (employee_id only).
--from and --as-of bound the period these three reports count.

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
		report    = fs.String("report", "timeline", "the `report`: timeline, windows, equality or trends")
		compare   = fs.String("compare", "", "compare the policy with the one in this policy `file` (YAML or JSON, a case file's policy section)")
		differ    = fs.String("differ", "", "with --compare, list the employees whose outcome differs in this `file`")
		attrFile  = fs.String("attributes", "", "the attributes `file` (staff group, department and equality fields), for equality and trends")
		adjFile   = fs.String("adjustments", "", "with --report equality, the adjustments `file` for disabled employees (adjustment: trig1 … trig5; discount: reason codes)")
		from      = fs.String("from", "", "count activations and months from this `date` (YYYY-MM-DD), for --compare, equality and trends")
		htmlOut   = fs.String("html", "", "with --report trends, write the charts to this HTML `file`")
		refs      = map[attribute]string{}
		skip      = fs.Bool("skip-invalid", false, "skip bad rows, count and report them, instead of stopping at the first")
		skipped   = fs.String("skipped", "", "with --skip-invalid, list every skipped row in this `file` (default: the first 20 on standard error)")
		workers   = fs.Int("workers", 0, "the number of worker goroutines (default GOMAXPROCS)")
		cpuProf   = fs.String("cpuprofile", "", "write a CPU profile of the run to this `file` (pprof; how hr14's default.pgo is made: PERFORMANCE.md)")
	)
	fs.Func("reference", "with --report equality, the reference `ATTR=GROUP` of an attribute (repeatable; default disability=No, ethnicity=White, else the largest group)", func(v string) error {
		name, group, ok := strings.Cut(v, "=")
		for a := range numAttrs {
			if ok && name == attrNames[a] && group != "" {
				refs[a] = group
				return nil
			}
		}
		return errors.New("ATTR=GROUP expected, ATTR one of " + strings.Join(attrNames[:], ", "))
	})
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
	case *report != "timeline" && *report != "windows" && *report != "equality" && *report != "trends":
		return usageErr("--report must be timeline, windows, equality or trends, not %q", *report)
	case *compare != "" && *report != "timeline":
		return usageErr("--compare compares the policies' activations: leave out --report")
	case *differ != "" && *compare == "":
		return usageErr("--differ needs --compare")
	case *report == "equality" && *attrFile == "":
		return usageErr("--report equality needs --attributes")
	case *attrFile != "" && *report != "equality" && *report != "trends":
		return usageErr("--attributes is for --report equality or trends")
	case (*adjFile != "" || len(refs) > 0) && *report != "equality":
		return usageErr("--adjustments and --reference are for --report equality")
	case *htmlOut != "" && *report != "trends":
		return usageErr("--html is for --report trends")
	case *from != "" && *compare == "" && *report != "equality" && *report != "trends":
		return usageErr("--from is for --compare, --report equality and --report trends")
	case *skipped != "" && !*skip:
		return usageErr("--skipped needs --skip-invalid")
	case *workers < 0:
		return usageErr("--workers must not be negative")
	}
	job := &batchJob{windows: *report == "windows", skip: *skip, workers: *workers, block: 1 << 20, refs: refs}
	switch {
	case *compare != "":
		job.report = "compare"
	case *report == "equality" || *report == "trends":
		job.report = *report
	}
	if job.workers == 0 {
		job.workers = runtime.GOMAXPROCS(0)
	}
	if *asOf != "" {
		d, err := absence.ParseDate(*asOf)
		if err != nil {
			return usageErr("--as-of: %v", err)
		}
		job.asOf = d
		job.in.to = d
	}
	if *from != "" {
		d, err := absence.ParseDate(*from)
		if err != nil {
			return usageErr("--from: %v", err)
		}
		if !job.in.to.IsZero() && d.After(job.in.to) {
			return usageErr("--from is after --as-of")
		}
		job.in.from = d
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "hr14 batch:", err)
		return exitFail
	}
	var err error
	if job.pol, err = batchPolicy(*policy); err != nil {
		return fail(err)
	}
	if *compare != "" {
		if job.other, err = comparePolicy(*compare); err != nil {
			return fail(err)
		}
	}
	if *adjFile != "" {
		if job.scheme, err = readScheme(*adjFile, job.pol); err != nil {
			return fail(err)
		}
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
	if *attrFile != "" {
		if *attrFile == "-" {
			return usageErr("--attributes cannot be standard input")
		}
		f, err := os.Open(*attrFile)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		job.attrs, job.attrName = f, *attrFile
	}
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
	var outputs []*pending // replaced only when the run succeeds
	defer func() {
		for _, p := range outputs {
			p.abort()
		}
	}()
	for _, o := range []struct {
		name string
		w    *io.Writer
	}{{*out, &job.out}, {*differ, &job.differ}, {*htmlOut, &job.html}} {
		if o.name == "" {
			continue
		}
		p, err := newPending(o.name)
		if err != nil {
			return fail(err)
		}
		outputs = append(outputs, p)
		*o.w = p.f
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
	if *cpuProf != "" {
		f, err := os.Create(*cpuProf)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail(err)
		}
	}
	err = job.run(ctx)
	if *cpuProf != "" {
		pprof.StopCPUProfile()
	}
	stop()
	if err == nil && job.log.err != nil {
		err = fmt.Errorf("--skipped: %w", job.log.err)
	}
	for _, p := range outputs {
		if err == nil {
			err = p.commit()
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
		for _, s := range job.summaries {
			job.log.say("%s", s)
		}
		job.log.say("%d employees, %d absence rows in %.1f s", job.stats.employees.Load(), job.stats.rows.Load(),
			time.Since(job.log.started).Seconds())
	}
	return exitOK
}

// A pending output file is written to a temporary file beside it, which
// replaces it only when the run succeeds (commit); abort removes it.
type pending struct {
	name string
	f    *os.File
	done bool
}

func newPending(name string) (*pending, error) {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return nil, err
	}
	return &pending{name: name, f: f}, nil
}

func (p *pending) commit() error {
	if err := p.f.Chmod(0o644); err != nil {
		return err
	}
	if err := p.f.Close(); err != nil {
		return err
	}
	if err := os.Rename(p.f.Name(), p.name); err != nil {
		return err
	}
	p.done = true
	return nil
}

func (p *pending) abort() {
	if !p.done {
		p.f.Close()
		os.Remove(p.f.Name())
	}
}

// comparePolicy reads the policy file of --compare (casefile.DecodePolicy).
func comparePolicy(name string) (triggers.Policy, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return triggers.Policy{}, err
	}
	_, pols, err := casefile.DecodePolicy(name, b)
	if err != nil {
		return triggers.Policy{}, fmt.Errorf("--compare: %w", err)
	}
	if pols.Triggers.ProRata == triggers.ByHours {
		return pols.Triggers, errors.New("--compare: pro rata by hours needs shift lengths, which the batch format does not have")
	}
	return pols.Triggers, nil
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
