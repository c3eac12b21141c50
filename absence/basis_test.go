package absence_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The default recording policy names HR14 v16, has no knobs and survives a
// JSON round trip with its name.
func TestPolicy_IDRoundTrip(t *testing.T) {
	p := absence.HR14()
	assert.Equal(t, absence.HR14v16(), p.ID)
	assert.Empty(t, p.Knobs())
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"id":{"reference":"HR14","title":"Sickness Absence Management","version":"16","trust":"University Hospitals of North Midlands NHS Trust","effective":"2022-09-01"}`)
	var q absence.Policy
	require.NoError(t, json.Unmarshal(b, &q))
	assert.True(t, p.Equal(q))
	assert.Equal(t, p.ID, q.ID)

	basis := p.Basis()
	assert.Equal(t, absence.Basis{Policy: absence.HR14v16(), Library: absence.LibraryVersion}, basis)
	assert.Equal(t, "Worked out under HR14 v16 Sickness Absence Management, University Hospitals of North Midlands NHS Trust, in effect from 1 September 2022, with the HR14 v16 default settings (hr14 library "+absence.LibraryVersion+").", basis.String())
	bb, err := json.Marshal(basis)
	require.NoError(t, err)
	var back absence.Basis
	require.NoError(t, json.Unmarshal(bb, &back))
	assert.Equal(t, basis, back)
}

// A policy is valid only with a name and a version: a policy decoded from
// JSON without its "id" is refused rather than applied anonymously.
func TestPolicy_IDValidated(t *testing.T) {
	p := absence.HR14()
	p.ID = absence.PolicyID{}
	err := p.Validate()
	require.Error(t, err)
	assert.True(t, errors.Is(err, absence.ErrInvalidPolicy))
	p.ID = absence.PolicyID{Reference: "HR14", Title: "Sickness Absence Management", Version: "17", Effective: absence.Date{Year: 2026, Month: time.April, Day: 1}}
	require.NoError(t, p.Validate())
	// Another name with the default settings has no knobs: the ID is not a
	// setting.
	assert.Empty(t, p.Knobs())
}

// A policy with changed knobs lists exactly those knobs, by their JSON
// paths, in the order of the fields, with their values as JSON writes them.
func TestPolicy_KnobsListExactlyTheChanges(t *testing.T) {
	p := absence.HR14()
	p.ExactlyHalf = absence.HalfSickness
	p.Exclude.NegativeSample = absence.LinkPrevails
	p.ComplianceTarget = decimal.RequireFromString("0.75")
	p.ContactDays = 7
	assert.Equal(t, []absence.Knob{
		{Name: "exactlyHalf", Value: "half-sickness"},
		{Name: "exclude.negativeSample", Value: "link-prevails"},
		{Name: "complianceTarget", Value: "0.75"},
		{Name: "contactDays", Value: "7"},
	}, p.Knobs())
	assert.Equal(t, "Worked out under HR14 v16 Sickness Absence Management, University Hospitals of North Midlands NHS Trust, in effect from 1 September 2022, with these settings changed from the HR14 v16 defaults: exactlyHalf=half-sickness, exclude.negativeSample=link-prevails, complianceTarget=0.75, contactDays=7 (hr14 library "+absence.LibraryVersion+").", p.Basis().String())

	// A decimal written differently is the same setting.
	q := absence.HR14()
	q.ComplianceTarget = decimal.RequireFromString("0.800")
	assert.Empty(t, q.Knobs())
}

// Every setting of the recording policy is seen: changing any one leaf of
// HR14() lists exactly that one knob.
func TestPolicy_KnobsSeeEveryField(t *testing.T) {
	n := 0
	forEachLeaf(reflect.ValueOf(new(absence.Policy)).Elem(), "", func(path string, set func(reflect.Value)) {
		if path == "ID" || len(path) > 3 && path[:3] == "ID." {
			return
		}
		p := absence.HR14()
		set(reflect.ValueOf(&p).Elem())
		k := p.Knobs()
		if assert.Len(t, k, 1, path) {
			n++
		}
	})
	assert.Greater(t, n, 20)
}

// forEachLeaf calls fn with the Go path of every leaf field of v's type and a
// function that changes that field of a value of the type.
func forEachLeaf(v reflect.Value, path string, fn func(path string, set func(reflect.Value))) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Tag.Get("json") == "-" {
			continue
		}
		p := f.Name
		if path != "" {
			p = path + "." + f.Name
		}
		idx := append([]int(nil), i)
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[decimal.Decimal]() && f.Type != reflect.TypeFor[absence.Date]() {
			forEachLeaf(v.Field(i), p, func(sub string, set func(reflect.Value)) {
				fn(sub, func(x reflect.Value) { set(x.FieldByIndex(idx)) })
			})
			continue
		}
		fn(p, func(x reflect.Value) { change(x.FieldByIndex(idx)) })
	}
}

// change changes a leaf value: a number by one, a flag flipped, a text
// lengthened, a decimal by one, a date by a day.
func change(v reflect.Value) {
	switch {
	case v.Type() == reflect.TypeFor[decimal.Decimal]():
		v.Set(reflect.ValueOf(v.Interface().(decimal.Decimal).Add(decimal.NewFromInt(1))))
		return
	case v.Type() == reflect.TypeFor[absence.Date]():
		v.Set(reflect.ValueOf(v.Interface().(absence.Date).AddDays(1)))
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(v.Uint() + 1)
	case reflect.String:
		v.SetString(v.String() + "x")
	default:
		panic("change: " + v.Type().String())
	}
}

// Differences compares two values of one struct type only.
func TestDifferences_SameTypeOnly(t *testing.T) {
	_, err := absence.Differences(absence.HR14(), absence.HR14v16())
	assert.Error(t, err)
	_, err = absence.Differences(1, 2)
	assert.Error(t, err)
	p, d := absence.HR14(), absence.HR14()
	p.LongTermDays = 29
	k, err := absence.Differences(&p, &d)
	require.NoError(t, err)
	assert.Equal(t, []absence.Knob{{Name: "longTermDays", Value: "29"}}, k)
	assert.Equal(t, "longTermDays=29", k[0].String())
	assert.True(t, absence.Basis{}.IsZero())
	assert.Equal(t, "", absence.Basis{}.String())
}
