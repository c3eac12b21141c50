package letters

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// The picture's geometry: 820 by 312 SVG user units (1/96 inch at 100%),
// scaled to the width of the page or the window. Positions are [tenths].
const (
	svgWidth   = 820
	svgHeight  = 312
	plotLeft   = tenths(1240)
	plotRight  = tenths(8040)
	labelX     = tenths(80)
	windowsTop = tenths(340)
	barsTop    = tenths(840)
	barsHeight = tenths(220)
	episodesY  = tenths(1240)
	triggersY  = tenths(1500)
	meetingsY  = tenths(2040)
	axisY      = tenths(2520)
	legendY    = tenths(2900)
)

// A tenths is a length or position in tenths of an SVG user unit. The
// picture is drawn in fixed point: every coordinate is exact, written with
// one decimal, and the same on every platform.
type tenths int

// String writes t in user units with one decimal, e.g. "124.0".
func (t tenths) String() string {
	sign := ""
	if t < 0 {
		sign, t = "-", -t
	}
	return sign + strconv.Itoa(int(t/10)) + "." + strconv.Itoa(int(t%10))
}

// SVG draws the timeline as a standalone SVG document (LET-8): no script, no
// external reference, greyscale only (black, greys and a hatch for days that
// do not count, so it reads in a black-and-white print), text in the SVG's
// title and desc for screen readers ([Timeline.Text]), and the same bytes
// for the same timeline. Free text never appears in it: only dates, counts,
// trigger IDs and the names of the formal steps.
func (t Timeline) SVG() string {
	var w svgWriter
	w.raw(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + itoa(svgWidth) + ` ` + itoa(svgHeight) + `" width="100%" role="img" aria-labelledby="hr14-tl-title hr14-tl-desc" font-family="Arial, 'Liberation Sans', Helvetica, sans-serif" font-size="11">` + "\n")
	text := t.Text()
	w.elem("title", `id="hr14-tl-title"`, text[0])
	w.elem("desc", `id="hr14-tl-desc"`, strings.Join(text[1:], " "))
	w.raw(`<defs><pattern id="hr14-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#fff"/><line x1="0" y1="0" x2="0" y2="4" stroke="#000" stroke-width="1.4"/></pattern></defs>` + "\n")
	w.raw(`<rect x="0" y="0" width="` + itoa(svgWidth) + `" height="` + itoa(svgHeight) + `" fill="#fff"/>` + "\n")
	w.text(labelX, 160, "start", `font-weight="bold" font-size="12"`, "Attendance "+shortDate(t.Span.Start)+" to "+shortDate(t.Span.End)+", windows at "+shortDate(t.At))
	for _, row := range []struct {
		y    tenths
		name string
	}{{windowsTop + 160, "Windows"}, {barsTop + 150, "Absences"}, {episodesY + 40, "Episodes"}, {triggersY + 80, "Triggers"}, {meetingsY + 40, "Meetings"}} {
		w.text(labelX, row.y, "start", `font-weight="bold"`, row.name)
	}
	sc := newScale(t.Span)
	w.axis(sc)
	w.windows(t, sc)
	w.bars(t, sc)
	w.episodes(t, sc)
	w.marks(t, sc)
	w.legend()
	w.raw("</svg>\n")
	return w.String()
}

// A scale maps dates to x.
type scale struct {
	start, days int
}

func newScale(span absence.Period) scale {
	return scale{start: span.Start.UnixDays(), days: max(1, span.Days())}
}

// x returns the left edge of day d, to the nearest tenth (halves up); clamp
// keeps it in the plot.
func (s scale) x(d absence.Date) tenths {
	x := plotLeft + tenths(floorDiv(2*(d.UnixDays()-s.start)*int(plotRight-plotLeft)+s.days, 2*s.days))
	return min(max(x, plotLeft), plotRight)
}

// floorDiv divides rounding towards minus infinity, so days before the
// span's start clamp like days after its end.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// width returns the width of p, at least 1.5 so one day shows.
func (s scale) width(p absence.Period) tenths {
	return max(s.x(p.End.AddDays(1))-s.x(p.Start), 15)
}

// An svgWriter writes the SVG, escaping every text and attribute value.
type svgWriter struct {
	strings.Builder
}

func (w *svgWriter) raw(s string) { w.WriteString(s) }

// esc escapes s for XML text or an attribute value.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}

func num(t tenths) string { return t.String() }

func (w *svgWriter) elem(name, attrs, text string) {
	w.raw("<" + name + " " + attrs + ">" + esc(text) + "</" + name + ">\n")
}

func (w *svgWriter) text(x, y tenths, anchor, attrs, s string) {
	a := `x="` + num(x) + `" y="` + num(y) + `"`
	if anchor != "start" {
		a += ` text-anchor="` + anchor + `"`
	}
	if attrs != "" {
		a += " " + attrs
	}
	w.elem("text", a, s)
}

func (w *svgWriter) rect(x, y, width, height tenths, attrs string) {
	w.raw(`<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(width) + `" height="` + num(height) + `" ` + attrs + "/>\n")
}

func (w *svgWriter) line(x1, y1, x2, y2 tenths, attrs string) {
	w.raw(`<line x1="` + num(x1) + `" y1="` + num(y1) + `" x2="` + num(x2) + `" y2="` + num(y2) + `" ` + attrs + "/>\n")
}

// axis draws the months along the bottom, with a light rule for each
// month across the rows.
func (w *svgWriter) axis(sc scale) {
	w.line(plotLeft, axisY, plotRight, axisY, `stroke="#000"`)
	start := absence.FromUnixDays(sc.start)
	months := 0
	for d := start; d.UnixDays() < sc.start+sc.days; d = d.AddMonths(1) {
		months++
	}
	every := 1
	switch {
	case months > 48:
		every = 6
	case months > 24:
		every = 3
	case months > 15:
		every = 2
	}
	k, year := 0, 0
	for d := start; d.UnixDays() < sc.start+sc.days; d = d.AddMonths(1) {
		x := sc.x(d)
		w.line(x, windowsTop-40, x, axisY, `stroke="#d0d0d0" stroke-width="0.5"`)
		w.line(x, axisY, x, axisY+50, `stroke="#000"`)
		if k%every == 0 {
			w.text(x+20, axisY+150, "start", "", monthLabel(d, d.Year != year))
			year = d.Year
		}
		k++
	}
	w.line(plotRight, windowsTop-40, plotRight, axisY+50, `stroke="#000"`)
}

// windows draws the 12- and 6-month windows ending At, and a line at At.
func (w *svgWriter) windows(t Timeline, sc scale) {
	y := windowsTop
	for i := len(t.Windows) - 1; i >= 0; i-- { // the 12-month window on top
		win := t.Windows[i]
		fill := "#e6e6e6"
		if win.Months <= 6 {
			fill = "#bdbdbd"
		}
		x := sc.x(win.Period.Start)
		width := sc.width(win.Period)
		w.rect(x, y, width, 140, `fill="`+fill+`" stroke="#000" stroke-width="0.6"`)
		label := itoa(win.Months) + " months: " + plural(win.Episodes, "episode") + ", " + count1(win.Days, strings.TrimSuffix(win.Unit, "s"))
		w.text(x+30, y+105, "start", `font-size="10"`, label)
		for _, l := range win.Leaving {
			lx := sc.x(l.Leaves)
			if l.Leaves.After(absence.FromUnixDays(sc.start + sc.days - 1)) {
				continue
			}
			w.raw(`<circle cx="` + num(lx) + `" cy="` + num(y+70) + `" r="2.5" fill="#fff" stroke="#000"/>` + "\n")
		}
		y += 180
	}
	x := sc.x(t.At.AddDays(1))
	w.line(x, windowsTop-60, x, axisY, `stroke="#000" stroke-dasharray="4 2"`)
	w.text(x, windowsTop-80, "end", `font-size="10"`, "at "+shortDate(t.At))
}

// bars draws the absences.
func (w *svgWriter) bars(t Timeline, sc scale) {
	for _, b := range t.Bars {
		x, width := sc.x(b.Period.Start), sc.width(b.Period)
		switch b.Kind {
		case BarCounted:
			w.rect(x, barsTop, width, barsHeight, `fill="#000"`)
		case BarExcluded:
			w.rect(x, barsTop, width, barsHeight, `fill="url(#hr14-hatch)" stroke="#000" stroke-width="0.8"`)
		case BarPartDay:
			w.rect(x, barsTop+barsHeight/2, width, barsHeight/2, `fill="#7a7a7a" stroke="#000" stroke-width="0.8"`)
		default: // leave
			w.rect(x, barsTop+10, width, barsHeight-20, `fill="#fff" stroke="#000" stroke-width="0.8" stroke-dasharray="2 1"`)
		}
	}
}

// episodes draws each episode as a bracket with its number.
func (w *svgWriter) episodes(t Timeline, sc scale) {
	var lv labelLevels
	for _, e := range t.Episodes {
		x1, x2 := sc.x(e.Period.Start), sc.x(e.Period.Start)+sc.width(e.Period)
		w.line(x1, episodesY-60, x1, episodesY, `stroke="#000"`)
		w.line(x1, episodesY, x2, episodesY, `stroke="#000" stroke-width="1.5"`)
		w.line(x2, episodesY-60, x2, episodesY, `stroke="#000"`)
		label := itoa(e.Number)
		if e.LongTerm {
			label += " (long)"
		}
		mid := (x1 + x2) / 2
		level := lv.place(mid, label)
		w.text(mid, episodesY+120+tenths(level)*100, "middle", `font-size="10"`, label)
	}
}

// marks draws the trigger points (filled triangles when activated, open
// when cleared) and the formal meetings (diamonds, with a dotted rule up
// through the absences).
func (w *svgWriter) marks(t Timeline, sc scale) {
	var trig, meet labelLevels
	for _, m := range t.Marks {
		x := sc.x(m.Date) + sc.width(absence.Day(m.Date))/2
		switch m.Kind {
		case MarkMeeting:
			w.line(x, barsTop-40, x, meetingsY-60, `stroke="#000" stroke-width="0.6" stroke-dasharray="1 2"`)
			w.raw(`<path d="M` + num(x) + ` ` + num(meetingsY-60) + `l6 6l-6 6l-6 -6z" fill="#000"/>` + "\n")
			level := meet.place(x, m.Label)
			w.text(x, meetingsY+190+tenths(level)*110, "middle", `font-size="10"`, m.Label)
		default:
			fill := `fill="#000"`
			label := m.Label
			if m.Kind == MarkCleared {
				fill = `fill="#fff" stroke="#000"`
				label += " clear"
			}
			w.raw(`<path d="M` + num(x-50) + ` ` + num(triggersY) + `h10l-5 9z" ` + fill + "/>\n")
			level := trig.place(x, label)
			w.text(x, triggersY+210+tenths(level)*110, "middle", `font-size="10"`, label)
		}
	}
}

// legend explains the shapes.
func (w *svgWriter) legend() {
	x := plotLeft
	y := legendY
	item := func(draw func(x tenths), label string) {
		draw(x)
		w.text(x+180, y+90, "start", `font-size="10"`, label)
		x += 180 + tenths(len(label))*56 + 120
	}
	item(func(x tenths) { w.rect(x, y, 140, 110, `fill="#000"`) }, "counted")
	item(func(x tenths) { w.rect(x, y, 140, 110, `fill="url(#hr14-hatch)" stroke="#000" stroke-width="0.8"`) }, "not counted")
	item(func(x tenths) { w.rect(x, y+55, 140, 55, `fill="#7a7a7a" stroke="#000" stroke-width="0.8"`) }, "part day")
	item(func(x tenths) {
		w.rect(x, y+10, 140, 90, `fill="#fff" stroke="#000" stroke-width="0.8" stroke-dasharray="2 1"`)
	}, "leave")
	item(func(x tenths) { w.raw(`<path d="M` + num(x+20) + ` ` + num(y+10) + `h10l-5 9z" fill="#000"/>` + "\n") }, "trigger activated")
	item(func(x tenths) {
		w.raw(`<path d="M` + num(x+20) + ` ` + num(y+10) + `h10l-5 9z" fill="#fff" stroke="#000"/>` + "\n")
	}, "cleared")
	item(func(x tenths) {
		w.raw(`<path d="M` + num(x+70) + ` ` + num(y) + `l5.5 5.5l-5.5 5.5l-5.5 -5.5z" fill="#000"/>` + "\n")
	}, "meeting")
	item(func(x tenths) {
		w.raw(`<circle cx="` + num(x+70) + `" cy="` + num(y+55) + `" r="2.5" fill="#fff" stroke="#000"/>` + "\n")
	}, "leaves the window")
}

// labelLevels places labels on the lowest level where they do not run
// into the label before them.
type labelLevels struct{ right []tenths }

// place returns the level for a label centred on x.
func (l *labelLevels) place(x tenths, label string) int {
	half := tenths(len(label)) * 30
	for i, r := range l.right {
		if x-half > r+30 {
			l.right[i] = x + half
			return i
		}
	}
	if len(l.right) >= 3 {
		l.right[len(l.right)-1] = x + half
		return len(l.right) - 1
	}
	l.right = append(l.right, x+half)
	return len(l.right) - 1
}
