package absence

import (
	"strings"
	"time"
)

// LibraryVersion is the version of the hr14 library, named beside the policy
// in every result so that a decision stored today can be explained after
// the library or the policy changes. It follows semantic versioning and
// changes with each release.
const LibraryVersion = "0.14.0"

// A PolicyID names the policy a result applies: the trust's policy by its
// reference and title, its version, the trust, and the date that version
// took effect. It is carried by every package's Policy (the field ID) and by
// the results, explanations, letters and reports built with it, so a
// decision can be read against the text that produced it (HR14 cover page,
// §7.2: the policy is reviewed and versioned).
//
// The zero PolicyID names no policy; [HR14v16] is the default of every
// package. A trust that adopts hr14 for its own policy gives its own
// reference, version and date (and changes the Policy's numbers and
// readings); a PolicyID never changes a rule by itself.
type PolicyID struct {
	// Reference is the trust's reference for the policy, e.g. "HR14".
	Reference string `json:"reference"`
	// Title is the policy's title, e.g. "Sickness Absence Management".
	Title string `json:"title"`
	// Version is the policy's version as the trust numbers it, e.g. "16".
	Version string `json:"version"`
	// Trust is the organisation whose policy it is.
	Trust string `json:"trust"`
	// Effective is the first day the version applies.
	Effective Date `json:"effective"`
}

// HR14v16 names HR14 v16, the policy the library's defaults implement:
// University Hospitals of North Midlands NHS Trust's Sickness Absence
// Management policy, version 16, ratified in September 2022. The policy
// gives the month only; hr14 reads it as in effect from 1 September 2022.
func HR14v16() PolicyID {
	return PolicyID{
		Reference: "HR14",
		Title:     "Sickness Absence Management",
		Version:   "16",
		Trust:     "University Hospitals of North Midlands NHS Trust",
		Effective: Date{2022, time.September, 1},
	}
}

// IsZero reports whether p names no policy.
func (p PolicyID) IsZero() bool { return p == PolicyID{} }

// Short names the policy by reference and version, e.g. "HR14 v16", or its
// title when it has no reference; "" for the zero PolicyID.
func (p PolicyID) Short() string {
	name := p.Reference
	if name == "" {
		name = p.Title
	}
	if p.Version != "" {
		name = strings.TrimSpace(name + " v" + p.Version)
	}
	return name
}

// String names the policy in full for a report, a letter or a bundle, e.g.
// "HR14 v16 Sickness Absence Management, University Hospitals of North
// Midlands NHS Trust, in effect from 1 September 2022". Parts not given are
// left out; the zero PolicyID is "".
func (p PolicyID) String() string {
	parts := make([]string, 0, 3)
	if s := strings.TrimSpace(p.Short() + " " + p.titleAfterReference()); s != "" {
		parts = append(parts, s)
	}
	if p.Trust != "" {
		parts = append(parts, p.Trust)
	}
	if !p.Effective.IsZero() {
		parts = append(parts, "in effect from "+p.Effective.dayMonthYear())
	}
	return strings.Join(parts, ", ")
}

// titleAfterReference is the title when Short used the reference.
func (p PolicyID) titleAfterReference() string {
	if p.Reference == "" {
		return ""
	}
	return p.Title
}

// Validate checks that p names a policy: a reference or a title, a version,
// and, when given, a valid effective date. Texts are the host's and are
// never quoted in the error.
func (p PolicyID) Validate() error {
	switch {
	case p.Reference == "" && p.Title == "":
		return policyErr("ID", "a reference or a title naming the policy")
	case p.Version == "":
		return policyErr("ID.Version", "the policy's version")
	case !p.Effective.IsZero() && !p.Effective.IsValid():
		return policyErr("ID.Effective", "a valid date")
	}
	for _, s := range []string{p.Reference, p.Title, p.Version, p.Trust} {
		if len(s) > maxPolicyText {
			return policyErr("ID", "texts of at most 200 characters")
		}
	}
	return nil
}

// maxPolicyText bounds each text of a PolicyID.
const maxPolicyText = 200

// policyErr is an invalid-policy error for a PolicyID field.
func policyErr(field, want string) *InputError {
	e := inputErr("policy", -1, "", field, ErrInvalidPolicy, "")
	e.Want = want
	return e
}

// dayMonthYear writes d as "1 September 2022".
func (d Date) dayMonthYear() string {
	return strings.TrimPrefix(d.LongDate(), d.Weekday().String()+" ")
}
