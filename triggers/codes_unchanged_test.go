package triggers_test

import (
	"testing"

	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
)

// TestPolicy_UnknownCodeLeavesTheReading: decoding an unknown code of a
// trigger-policy reading (TRIG-5 length and measure, pro rata, counting after
// a meeting) is an error and never silently resets the reading to its
// default.
func TestPolicy_UnknownCodeLeavesTheReading(t *testing.T) {
	l := triggers.MoreThan
	assert.Error(t, l.UnmarshalText([]byte("longer")))
	assert.Equal(t, triggers.MoreThan, l)
	r := triggers.ByHours
	assert.Error(t, r.UnmarshalText([]byte("weeks")))
	assert.Equal(t, triggers.ByHours, r)
	c := triggers.CountFullWindow
	assert.Error(t, c.UnmarshalText([]byte("")))
	assert.Equal(t, triggers.CountFullWindow, c)
	m := triggers.CountedSpan
	assert.Error(t, m.UnmarshalText([]byte("span")))
	assert.Equal(t, triggers.CountedSpan, m)
}
