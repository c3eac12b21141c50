package absence

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/shopspring/decimal"
)

// A Knob is one setting of a policy that differs from the library's HR14 v16
// default: its name, the path of the field in the policy's JSON form (e.g.
// "counting" or "trig5.reading"), and its value there in text (e.g.
// "full-window", "6", "true"). A list, such as a table of dated figures, is
// one setting: its value is the list's JSON.
type Knob struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// String returns "name=value".
func (k Knob) String() string { return k.Name + "=" + k.Value }

// A Basis says what a result was worked out under: the policy it applied
// (Policy), the settings of that policy that differ from the library's HR14
// v16 defaults (Knobs, in the order of the policy's fields), and the version
// of the library (Library). Results, explanations and reports carry it so a
// decision stored today can be explained after the policy or the library
// changes. Every package's Policy gives its own (Policy.Basis).
//
// The zero Basis says nothing: a result built without a policy.
type Basis struct {
	Policy  PolicyID `json:"policy"`
	Knobs   []Knob   `json:"knobs,omitempty"`
	Library string   `json:"library"`
}

// IsZero reports whether b says nothing.
func (b Basis) IsZero() bool {
	return b.Policy.IsZero() && len(b.Knobs) == 0 && b.Library == ""
}

// String says, in one sentence for an explanation, the policy and the
// library, e.g. "Worked out under HR14 v16 Sickness Absence Management,
// University Hospitals of North Midlands NHS Trust, in effect from 1
// September 2022, with the HR14 v16 default settings (hr14 library
// 0.14.0)." or, with
// changed settings, "… with these settings changed from the HR14 v16
// defaults: counting=full-window (hr14 library 0.14.0)." The zero Basis is
// "".
func (b Basis) String() string {
	if b.IsZero() {
		return ""
	}
	var s strings.Builder
	s.WriteString("Worked out under ")
	if b.Policy.IsZero() {
		s.WriteString("an unnamed policy")
	} else {
		s.WriteString(b.Policy.String())
	}
	if len(b.Knobs) == 0 {
		s.WriteString(", with the HR14 v16 default settings")
	} else {
		s.WriteString(", with these settings changed from the HR14 v16 defaults: ")
		for i, k := range b.Knobs {
			if i > 0 {
				s.WriteString(", ")
			}
			s.WriteString(k.String())
		}
	}
	if b.Library != "" {
		s.WriteString(" (hr14 library " + b.Library + ")")
	}
	s.WriteString(".")
	return s.String()
}

// Differences lists the settings in which policy differs from defaults, two
// values of the same Policy type (or pointers to them), field by field: each
// differing number, text code, flag, date or decimal is a Knob named by its
// JSON path ("trig5.reading"), a differing list one Knob for the whole list,
// in the order of the fields. The policy's name (a [PolicyID] field, at any
// depth), which is not a setting, and fields not marshalled (`json:"-"`) are
// left out. Decimals are compared by value ("10" equals "10.0"). It walks the
// values without marshalling them, allocating only for what differs. It
// fails only when the two are not of the same struct type.
func Differences(policy, defaults any) ([]Knob, error) {
	p, d := reflect.ValueOf(policy), reflect.ValueOf(defaults)
	if p.Kind() == reflect.Pointer && d.Kind() == reflect.Pointer && !p.IsNil() && !d.IsNil() {
		p, d = p.Elem(), d.Elem()
	}
	if !p.IsValid() || !d.IsValid() || p.Type() != d.Type() || p.Kind() != reflect.Struct {
		return nil, errors.New("absence: Differences compares two values of the same struct type")
	}
	p, d = addressable(p), addressable(d) // decimals compared in place
	var w differ
	if w.same(p, d) {
		return nil, nil // the common case
	}
	w.fields("", p, d)
	return w.out, nil
}

// A differ collects the differing settings of Differences, with the fields
// that hold settings of each struct type met (tables repeat their rows').
type differ struct {
	out   []Knob
	types []typeFields // few: a linear search beats a map
}

// typeFields are the fields holding settings of one struct type.
type typeFields struct {
	t      reflect.Type
	fields []field
}

// A field is a struct field that holds settings: its index, its JSON name
// and whether it is an embedded struct whose fields are promoted.
type field struct {
	index    int
	name     string
	promoted bool
}

// settings returns the fields of struct type t that hold settings: not
// unexported, not unmarshalled (`json:"-"`), not the policy's name.
func (w *differ) settings(t reflect.Type) []field {
	for _, tf := range w.types {
		if tf.t == t {
			return tf.fields
		}
	}
	var fs []field
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Type == reflect.TypeFor[PolicyID]() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
			continue
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			fs = append(fs, field{index: i, promoted: true})
			continue
		case name == "":
			name = f.Name
		}
		fs = append(fs, field{index: i, name: name})
	}
	w.types = append(w.types, typeFields{t, fs})
	return fs
}

// fields compares the fields of two structs of the same type, under path.
func (w *differ) fields(path string, p, d reflect.Value) {
	for _, f := range w.settings(p.Type()) {
		pf, df := p.Field(f.index), d.Field(f.index)
		if f.promoted {
			w.fields(path, pf, df) // as JSON does
			continue
		}
		w.value(joinPath(path, f.name), pf, df)
	}
}

// value compares one field: a struct field by field, anything else whole.
func (w *differ) value(path string, p, d reflect.Value) {
	if p.Kind() == reflect.Struct && !leaf(p.Type()) {
		w.fields(path, p, d)
		return
	}
	if w.same(p, d) {
		return
	}
	w.out = append(w.out, Knob{Name: path, Value: settingText(p)})
}

// leaf reports whether values of t are compared whole: a decimal, or a type
// with its own JSON or text form (a date, a code).
func leaf(t reflect.Type) bool {
	text, js := reflect.TypeFor[encoding.TextMarshaler](), reflect.TypeFor[json.Marshaler]()
	return t == reflect.TypeFor[decimal.Decimal]() || t.Implements(text) || t.Implements(js) ||
		reflect.PointerTo(t).Implements(text) || reflect.PointerTo(t).Implements(js)
}

// same reports whether p and d, of one type, hold the same settings.
func (w *differ) same(p, d reflect.Value) bool {
	if p.Type() == reflect.TypeFor[decimal.Decimal]() {
		return p.Addr().Interface().(*decimal.Decimal).Equal(*d.Addr().Interface().(*decimal.Decimal))
	}
	switch p.Kind() {
	case reflect.Bool:
		return p.Bool() == d.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return p.Int() == d.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return p.Uint() == d.Uint()
	case reflect.Float32, reflect.Float64:
		return p.Float() == d.Float()
	case reflect.String:
		return p.String() == d.String()
	case reflect.Struct:
		for _, f := range w.settings(p.Type()) {
			if !w.same(p.Field(f.index), d.Field(f.index)) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		if p.Len() != d.Len() {
			return false
		}
		for i := range p.Len() {
			if !w.same(p.Index(i), d.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Interface:
		if p.IsNil() || d.IsNil() {
			return p.IsNil() == d.IsNil()
		}
		return w.same(p.Elem(), d.Elem())
	default: // maps, functions, channels, complex numbers: compared whole
		return reflect.DeepEqual(p.Interface(), d.Interface())
	}
}

// addressable returns v, or a copy of it that is addressable.
func addressable(v reflect.Value) reflect.Value {
	if v.CanAddr() {
		return v
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return c
}

// settingText writes a setting's value as its JSON gives it: a code, a number,
// a flag or a date as text, a list or an object as compact JSON, nothing for
// null; a code whose JSON is "" as its String gives it. A value that cannot
// be marshalled (a knob out of its range) is written as fmt writes it, e.g.
// "Counting(7)".
func settingText(v reflect.Value) string {
	if !v.CanInterface() {
		return ""
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return fmt.Sprint(v.Interface())
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if json.Unmarshal(b, &s) == nil {
			if st, ok := v.Interface().(fmt.Stringer); s == "" && ok {
				return st.String() // a code written as "" (a step of none)
			}
			return s
		}
	}
	if string(b) == "null" {
		return ""
	}
	return string(b)
}

func joinPath(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}
