package main

import (
	"fmt"
	"html/template"
	"math"
	"strings"
)

// The charts of the trends page, drawn as SVG by the project with the
// standard library: a line chart (a value per month for a few series) and
// a stacked bar chart (parts of a whole per month), with axes, a grid of
// round values and a legend. Text is escaped; the numbers are the report's.

// palette is the Okabe–Ito palette, distinguishable with the common colour
// vision deficiencies, in the order the series take it.
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

// A series is one line, or one part of the stacked bars: a value per month
// (NaN: none, a gap).
type series struct {
	name   string
	values []float64
	dashed bool
}

// A chart is drawn over months (the report's month numbers, in order).
type chart struct {
	title   string
	unit    string // after each value on the axis, e.g. "%"
	months  []int
	series  []series
	stacked bool // stacked bars instead of lines
	width   int
	height  int
}

// Margins of the plot inside the chart, in pixels.
const (
	marginLeft   = 56
	marginRight  = 12
	marginTop    = 28
	marginBottom = 40
	legendRow    = 16
)

// svg draws the chart.
func (c chart) svg() template.HTML {
	if c.width == 0 {
		c.width, c.height = 720, 260
	}
	legendRows := (len(c.series) + 3) / 4
	h := c.height + legendRows*legendRow
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		c.width, h, c.width, h, template.HTMLEscapeString(c.title))
	fmt.Fprintf(&b, `<title>%s</title>`, template.HTMLEscapeString(c.title))
	fmt.Fprintf(&b, `<text x="%d" y="16" class="ct">%s</text>`, marginLeft, template.HTMLEscapeString(c.title))
	px0, px1 := float64(marginLeft), float64(c.width-marginRight)
	py0, py1 := float64(c.height-marginBottom), float64(marginTop)
	top := c.max()
	step, top := niceScale(top)
	y := func(v float64) float64 { return py0 - (py0-py1)*v/top }
	n := len(c.months)
	slot := (px1 - px0) / float64(max(n, 1))
	x := func(i int) float64 { return px0 + slot*(float64(i)+0.5) }

	// Grid and y axis.
	for v := 0.0; v <= top+step/2; v += step {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="grid"/>`, px0, y(v), px1, y(v))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="yl">%s%s</text>`, px0-6, y(v)+4, axisNumber(v, step), template.HTMLEscapeString(c.unit))
	}
	// X axis: a label at each January and every third month between.
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="axis"/>`, px0, py0, px1, py0)
	every := 1
	if n > 18 {
		every = 3
	}
	for i, m := range c.months {
		if m%12 == 0 || (m%12)%every == 0 && n <= 48 {
			label := monthText(m)
			if m%12 != 0 {
				label = label[5:]
			}
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="axis"/>`, x(i), py0, x(i), py0+4)
			cls := "xl"
			if m%12 == 0 {
				cls = "xl year"
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="%s">%s</text>`, x(i), py0+16, cls, label)
		}
	}

	if c.stacked {
		bar := slot * 0.7
		for i := range c.months {
			base := 0.0
			for k, s := range c.series {
				v := s.values[i]
				if math.IsNaN(v) || v <= 0 {
					continue
				}
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %s</title></rect>`,
					x(i)-bar/2, y(base+v), bar, y(base)-y(base+v), palette[k%len(palette)],
					template.HTMLEscapeString(s.name), monthText(c.months[i]), axisNumber(v, step/100))
				base += v
			}
		}
	} else {
		for k, s := range c.series {
			dash := ""
			if s.dashed {
				dash = ` stroke-dasharray="5 3"`
			}
			fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="%s" stroke-width="2"%s/>`, linePath(s.values, x, y), palette[k%len(palette)], dash)
		}
	}

	// Legend, four to a row.
	for k, s := range c.series {
		lx := px0 + float64(k%4)*(px1-px0)/4
		ly := float64(c.height + (k/4)*legendRow)
		switch {
		case c.stacked:
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="12" height="12" fill="%s"/>`, lx, ly-10, palette[k%len(palette)])
		case s.dashed:
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2" stroke-dasharray="5 3"/>`, lx-2, ly-4, lx+13, ly-4, palette[k%len(palette)])
		default:
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2.5"/>`, lx-2, ly-4, lx+13, ly-4, palette[k%len(palette)])
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="lg">%s</text>`, lx+16, ly, template.HTMLEscapeString(s.name))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// max returns the largest value the chart shows (a stack's total for bars).
func (c chart) max() float64 {
	top := 0.0
	for i := range c.months {
		sum := 0.0
		for _, s := range c.series {
			v := s.values[i]
			if math.IsNaN(v) {
				continue
			}
			if c.stacked {
				sum += v
			} else {
				top = math.Max(top, v)
			}
		}
		top = math.Max(top, sum)
	}
	return top
}

// niceScale returns a round step for about five grid lines up to top, and
// the axis top, a multiple of it.
func niceScale(top float64) (step, axisTop float64) {
	if top <= 0 || math.IsNaN(top) || math.IsInf(top, 0) {
		return 1, 1
	}
	raw := top / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if step = m * mag; step >= raw {
			break
		}
	}
	return step, math.Ceil(top/step-1e-9) * step
}

// axisNumber formats v with as many decimals as step needs.
func axisNumber(v, step float64) string {
	dec := 0
	for s := step; s < 1 && dec < 4; s *= 10 {
		dec++
	}
	if step != math.Trunc(step*math.Pow(10, float64(dec)))/math.Pow(10, float64(dec)) && dec < 4 {
		dec++
	}
	return fmt.Sprintf("%.*f", dec, v)
}

// sparkline draws a small line of values without axes, for a table.
func sparkline(values []float64, top float64) template.HTML {
	const w, h = 120, 24
	if top <= 0 {
		top = 1
	}
	x := func(i int) float64 { return 1 + float64(w-2)*float64(i)/float64(max(len(values)-1, 1)) }
	y := func(v float64) float64 { return float64(h-2) - float64(h-4)*math.Min(v, top)/top }
	return template.HTML(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" aria-hidden="true"><path d="%s" fill="none" stroke="%s" stroke-width="1.5"/></svg>`,
		w, h, w, h, linePath(values, x, y), palette[0]))
}

// linePath returns the SVG path data of a line through values, the i-th
// at (x(i), y(v)); a missing value (NaN) breaks the line.
func linePath(values []float64, x func(int) float64, y func(float64) float64) string {
	var path strings.Builder
	pen := false
	for i, v := range values {
		if math.IsNaN(v) {
			pen = false
			continue
		}
		op := "L"
		if !pen {
			op = "M"
		}
		fmt.Fprintf(&path, "%s%.1f %.1f ", op, x(i), y(v))
		pen = true
	}
	return strings.TrimSpace(path.String())
}
