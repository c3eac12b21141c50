package stages

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// Redeployment is what the placement on the redeployment register records
// (STAGE-20): the employee's current band, against which every post is
// checked, and the host's reference.
type Redeployment struct {
	// Band is the employee's Agenda for Change band when placed on the
	// register; BandUnknown (medical and dental staff, or not recorded)
	// leaves the band of a post unchecked, which a finding says.
	Band      Band   `json:"band,omitempty"`
	Reference string `json:"reference,omitempty"`
}

// A Post is a post considered for an employee on the redeployment register
// and what came of it (STAGE-20, §5.6.3). A RedeploymentPost event with an
// ID already on the register updates that post.
type Post struct {
	// ID names the post (the host's vacancy reference); required, at most
	// 64 characters.
	ID string `json:"id"`
	// Band is the post's Agenda for Change band; required on the first
	// record of a post when the employee's band is recorded, and then
	// unchanged. A post above the employee's band is refused: redeployment
	// is at the same band or below (§5.6.3).
	Band Band `json:"band,omitempty"`
	// Outcome is where the post stands; required.
	Outcome PostOutcome `json:"outcome"`
	// Interview is the day of the interview with the hiring manager:
	// required when it is arranged; an interview's result (successful,
	// unsuccessful) needs one recorded, on or before the result.
	Interview absence.Date `json:"interview,omitempty"`
	// Starts is the first day in the new post (successful only), on or
	// after the event; the pay of the first pay period in it is
	// payroll.Policy.RedeploymentPay's.
	Starts    absence.Date `json:"starts,omitempty"`
	Reference string       `json:"reference,omitempty"`
}

// A PostOutcome says where a post considered on the redeployment register
// stands (STAGE-20). Text codes are in parentheses.
type PostOutcome uint8

// The outcomes.
const (
	PostNone PostOutcome = iota // ("")
	// PostIdentified: a vacancy identified as possibly suitable
	// ("identified").
	PostIdentified
	// PostMatched: the employee is matched to the post: an interview with
	// the hiring manager follows ("matched").
	PostMatched
	// PostInterview: the interview with the hiring manager is arranged
	// for Post.Interview ("interview-arranged").
	PostInterview
	// PostSuccessful: successful at interview: the employee starts in the
	// post by way of an internal transfer, which ends the register
	// ("successful").
	PostSuccessful
	// PostUnsuccessful: unsuccessful at interview: the search goes on for
	// the rest of the register ("unsuccessful").
	PostUnsuccessful
	// PostNotSuitable: considered and not suitable, or no longer available
	// ("not-suitable").
	PostNotSuitable
	numPostOutcomes
)

var postOutcomeCodes = [numPostOutcomes]string{"", "identified", "matched", "interview-arranged", "successful", "unsuccessful", "not-suitable"}

// String returns the outcome's code.
func (o PostOutcome) String() string { return codeOf(o, postOutcomeCodes[:], "PostOutcome") }

// MarshalText implements encoding.TextMarshaler with the outcome's code.
func (o PostOutcome) MarshalText() ([]byte, error) {
	return marshalCode(o, postOutcomeCodes[:], "PostOutcome")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *PostOutcome) UnmarshalText(b []byte) error {
	return unmarshalCode(o, b, postOutcomeCodes[:], "PostOutcome")
}

// final reports whether the outcome ends the post's consideration.
func (o PostOutcome) final() bool {
	return o == PostSuccessful || o == PostUnsuccessful || o == PostNotSuitable
}

// A PostEntry is a post considered on the redeployment register as the
// case's events left it (STAGE-20).
type PostEntry struct {
	Post       Post         `json:"post"`
	Considered absence.Date `json:"considered"` // the date of its first record
	Updated    absence.Date `json:"updated"`    // the date of its last record
	Event      int          `json:"event"`      // the index of the event that last changed it
}

func (p *Post) check(c *check, on absence.Date) {
	_ = c.id("Post.ID", p.ID)
	_ = valid(p.Band, bandCodes[:], true) || c.fail("Post.Band", "unknown band")
	_ = valid(p.Outcome, postOutcomeCodes[:], false) || c.fail("Post.Outcome", "required: identified, matched, interview-arranged, successful, unsuccessful or not-suitable")
	_ = c.date("Post.Interview", p.Interview) && c.date("Post.Starts", p.Starts)
	_ = len(p.Reference) <= maxIDLen || c.fail("Post.Reference", "longer than "+strconv.Itoa(maxIDLen)+" characters")
	switch {
	case p.Outcome == PostInterview && p.Interview.IsZero():
		c.fail("Post.Interview", "required: the day of the interview arranged")
	case (p.Outcome == PostSuccessful || p.Outcome == PostUnsuccessful) && p.Interview.IsValid() && p.Interview.After(on):
		c.fail("Post.Interview", "after the result of the interview")
	case !p.Starts.IsZero() && p.Outcome != PostSuccessful:
		c.fail("Post.Starts", "only a post taken up (successful) has a start")
	case p.Starts.IsValid() && p.Starts.Before(on):
		c.fail("Post.Starts", "before the record of the successful interview")
	}
}

// label names a post for findings and next steps, e.g. "post V-123 (Band 4)".
func (p Post) label() string {
	s := "post " + idText(p.ID)
	if p.Band != BandUnknown {
		s += " (" + p.Band.String() + ")"
	}
	return s
}

func (p *Post) summary() (absence.Rule, string, bool) {
	s := "redeployment " + p.label() + ": " + p.Outcome.String()
	rule := ruleRedeployPost
	switch p.Outcome {
	case PostInterview:
		s += " for " + p.Interview.String()
	case PostSuccessful:
		s += " at interview: internal transfer"
		if !p.Starts.IsZero() {
			s += " from " + p.Starts.String()
		}
		rule = ruleTransfer
	case PostUnsuccessful:
		s += " at interview"
	default:
	}
	return rule, s, true
}

// withPostBand returns e with its post's band filled in from the first
// record of the post (bands, which it updates), for [Records].
func (e *Event) withPostBand(bands map[string]Band) *Event {
	p := e.Post
	if b, ok := bands[p.ID]; ok && p.Band == BandUnknown {
		c, q := *e, *p
		q.Band = b
		c.Post = &q
		return &c
	}
	if _, ok := bands[p.ID]; !ok {
		bands[p.ID] = p.Band
	}
	return e
}

// redeploymentInformed handles RedeploymentInformed (STAGE-20).
func (t *tx) redeploymentInformed() error {
	e, n := t.e, &t.n
	if !n.Redeployment.On() {
		return t.reject(ErrNotDue, ruleRedeployInfo, "the employee is not on the redeployment register: the information is given when they are placed on it")
	}
	n.Redeployment.Informed = append(slices.Clip(n.Redeployment.Informed), e.Date)
	t.note(ruleRedeployInfo, "the employee was given information on the Trust's redeployment process on %s (placed on the register on %s)", e.Date, n.Redeployment.Start)
	return nil
}

// post handles RedeploymentPost (STAGE-20).
func (t *tx) post() error {
	e, n := t.e, &t.n
	r := &n.Redeployment
	p := *e.Post
	if !r.On() {
		return t.reject(ErrNotDue, ruleRedeployPost, "the employee is not on the redeployment register")
	}
	k := slices.IndexFunc(r.Posts, func(pe PostEntry) bool { return pe.Post.ID == p.ID })
	var prev Post
	if k >= 0 {
		prev = r.Posts[k].Post
		switch {
		case prev.Outcome.final():
			return t.reject(ErrNotDue, ruleRedeployPost, "the post's outcome (%s) was recorded on %s", prev.Outcome, r.Posts[k].Updated)
		case p.Band != BandUnknown && p.Band != prev.Band:
			return &EventError{Index: n.Events, ID: e.ID, Kind: e.Kind, Date: e.Date, Rule: ruleRedeployPost, Field: "Post.Band",
				Detail: "the post was recorded as " + prev.Band.String() + " on " + r.Posts[k].Considered.String() + ": a post's band never changes", Err: ErrInvalidEvent}
		}
		p.Band = prev.Band
		if p.Interview.IsZero() {
			p.Interview = prev.Interview
		}
	}
	if k < 0 && r.Band != BandUnknown && p.Band == BandUnknown {
		return t.reject(ErrRequirement, ruleRedeployPost, "the post's band is needed: redeployment is at the employee's band (%s) or below", r.Band)
	}
	if r.Band != BandUnknown && p.Band > r.Band {
		return t.reject(ErrRequirement, ruleRedeployPost, "the post is %s, above the employee's %s: redeployment is to suitable alternative employment at the same band or below", p.Band, r.Band)
	}
	if (p.Outcome == PostSuccessful || p.Outcome == PostUnsuccessful) && (p.Interview.IsZero() || p.Interview.After(e.Date)) {
		return t.reject(ErrRequirement, ruleRedeployPost, "a matched employee has an interview with the hiring manager before its result: record the interview's date")
	}
	posts := slices.Clone(r.Posts)
	if k < 0 {
		posts = append(posts, PostEntry{Considered: e.Date})
		k = len(posts) - 1
		if r.Band == BandUnknown {
			t.note(ruleRedeployPost, "the employee's band is not recorded on the register: whether %s is at the same band or below could not be checked", p.label())
		}
	}
	posts[k].Post, posts[k].Updated, posts[k].Event = p, e.Date, n.Events
	r.Posts = posts
	switch p.Outcome {
	case PostIdentified:
		t.note(ruleRedeployPost, "%s identified on %s as possible suitable alternative employment", p.label(), e.Date)
	case PostMatched:
		t.note(ruleRedeployPost, "matched to %s on %s: an interview with the hiring manager follows", p.label(), e.Date)
	case PostInterview:
		t.note(ruleRedeployPost, "interview with the hiring manager for %s arranged for %s", p.label(), p.Interview)
	case PostSuccessful:
		r.End, r.Redeployed = e.Date, true
		r.Transfer = &Transfer{Post: p.ID, Band: p.Band, Decided: e.Date, Starts: p.Starts}
		starts := "a start date to be agreed"
		if !p.Starts.IsZero() {
			starts = "from " + p.Starts.String()
		}
		t.note(ruleTransfer, "successful at the interview of %s for %s: the employee starts in the post by way of an internal transfer (%s), which ends the redeployment register; pay follows the new post's terms and conditions, Protection of Pay does not apply", p.Interview, p.label(), starts)
	case PostUnsuccessful:
		t.note(ruleRedeployPost, "unsuccessful at the interview of %s for %s: the search goes on for the rest of the register (until %s at the latest)", p.Interview, p.label(), t.p.RedeploymentEnds(r.Start).End)
	default: // PostNotSuitable
		t.note(ruleRedeployPost, "%s is not suitable or no longer available (%s)", p.label(), e.Date)
	}
	return nil
}

// redeploymentSteps lists what the redeployment register needs: the
// information on the process, and each post matched or with an interview
// arranged (STAGE-20).
func (n *nexts) redeploymentSteps() {
	r := n.s.Redeployment
	if !r.On() {
		return
	}
	if len(r.Informed) == 0 {
		n.add(Action{Who: PartyHR, Kind: RedeploymentInformed, By: r.Start, Rule: ruleRedeployInfo,
			What: fmt.Sprintf("give the employee information on the Trust's redeployment process (placed on the redeployment register on %s)", r.Start)})
	}
	for _, pe := range r.Posts {
		p := pe.Post
		switch p.Outcome {
		case PostIdentified:
			n.add(Action{Who: PartyHR, Kind: RedeploymentPost, Rule: ruleRedeployPost,
				What: fmt.Sprintf("decide whether the employee is matched to %s, identified on %s", p.label(), pe.Considered)})
		case PostMatched:
			n.add(Action{Who: PartyHR, Kind: RedeploymentPost, Soon: true, Rule: ruleRedeployPost,
				What: fmt.Sprintf("arrange the interview with the hiring manager for %s (matched on %s)", p.label(), pe.Updated)})
		case PostInterview:
			n.add(Action{Who: PartyHiringManager, Kind: RedeploymentPost, From: p.Interview, By: p.Interview, Rule: ruleRedeployPost,
				What: fmt.Sprintf("interview the employee for %s on %s, and record the result", p.label(), p.Interview)})
		default:
		}
	}
}
