package triggers

import (
	"fmt"
	"io"
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// String describes m without the records it holds, e.g.
//
//	triggers.Monitor{employee "e1", 3 episodes, meeting 2026-03-16 (after-meeting)}
//
// A Monitor keeps the absence records (with their confidential diagnosis and
// notes) in unexported fields, which fmt would otherwise print raw.
func (m *Monitor) String() string {
	if m == nil {
		return "triggers.Monitor(nil)"
	}
	s := "triggers.Monitor{"
	if id := absence.QuoteID(m.h.Employee.ID); id != "" {
		s += "employee " + id + ", "
	}
	s += Episodes.of(strconv.Itoa(len(m.h.Episodes)))
	if !m.meeting.IsZero() {
		s += ", meeting " + m.meeting.String() + " (" + m.pol.Counting.String() + ")"
	}
	if !m.adj.IsZero() {
		s += ", adjusted"
	}
	return s + "}"
}

// Format implements fmt.Formatter: every verb prints [Monitor.String], so no
// verb (%v, %+v, %#v, %d, …) reveals the records a Monitor holds.
func (m *Monitor) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, m.String()) }
