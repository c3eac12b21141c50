package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// A batchLog is what hr14 batch says on stderr: the rows skipped with
// --skip-invalid (every one of them in the --skipped file, or the first
// maxShown on stderr) and, on a terminal, a progress line.
type batchLog struct {
	mu      sync.Mutex
	w       io.Writer // stderr
	list    io.Writer // --skipped file; nil: the first maxShown on w
	err     error     // the first error writing list
	rows    int64     // rows skipped
	shown   int       // messages written to w
	onLine  bool      // a progress line is on the terminal
	started time.Time
}

const maxShown = 20

// skipped reports rows skipped, one message each.
func (l *batchLog) skipped(msgs []string) {
	if len(msgs) == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, m := range msgs {
		l.skip(m, 1)
	}
}

// skippedCase reports the rows of an employee the library refused.
func (l *batchLog) skippedCase(msg string, rows int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.skip(fmt.Sprintf("%s (the employee's %d rows are skipped)", msg, rows), rows)
}

func (l *batchLog) skip(msg string, rows int) {
	l.rows += int64(rows)
	if l.list != nil {
		if _, err := io.WriteString(l.list, msg+"\n"); err != nil && l.err == nil {
			l.err = err
		}
		return
	}
	if l.shown < maxShown {
		l.clear()
		fmt.Fprintln(l.w, "hr14 batch: skipped:", msg)
		l.shown++
	}
}

// skippedRows returns the number of rows skipped.
func (l *batchLog) skippedRows() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rows
}

// clear removes the progress line. The caller holds mu.
func (l *batchLog) clear() {
	if l.onLine {
		fmt.Fprint(l.w, "\r\033[K")
		l.onLine = false
	}
}

// progress shows a progress line: rows read, the rate, and an estimate of
// the time left from the bytes read out of total (0 if unknown).
func (l *batchLog) progress(rows, done, total int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	el := time.Since(l.started).Seconds()
	if el <= 0 || done <= 0 {
		return
	}
	s := fmt.Sprintf("hr14 batch: %.1f M rows, %.2f M rows/s", float64(rows)/1e6, float64(rows)/el/1e6)
	if total > 0 {
		left := el * float64(total-done) / float64(done)
		s += fmt.Sprintf(", %d%%, ETA %.0f s", 100*done/total, left)
	}
	fmt.Fprint(l.w, "\r\033[K"+s)
	l.onLine = true
}

func (l *batchLog) say(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.clear()
	fmt.Fprintf(l.w, "hr14 batch: "+format+"\n", args...)
}

// isTerminal reports whether w is a terminal (a character device), without
// a dependency: progress is shown only there.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
