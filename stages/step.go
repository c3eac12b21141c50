package stages

// A Step is one formal step of the procedure: a review meeting, the final
// review hearing, the ill-health retirement meeting or the appeal hearing.
// Levels of authority (App 13) are set per step, and the return-to-work
// interview is a step for panels only. Text codes are in parentheses.
//
// Steps are ordered: a later step is closer to dismissal.
type Step uint8

// The steps.
const (
	StepNone         Step = iota // no step ("")
	StepReturnToWork             // return-to-work interview, for panels only (App 13) ("return-to-work")
	StepStage1                   // stage 1 sickness review meeting (SAP 1.3) ("stage-1")
	StepStage2                   // stage 2 sickness review meeting (SAP 1.4) ("stage-2")
	StepStage3                   // stage 3 final review hearing (SAP 1.5) ("stage-3")
	StepIllHealth                // formal meeting replacing the final review hearing when the employee pursues ill-health retirement (SAP 1.5.2) ("ill-health-retirement")
	StepAppeal                   // appeal hearing against dismissal ("appeal")

	numSteps
)

var stepCodes = [numSteps]string{"", "return-to-work", "stage-1", "stage-2", "stage-3", "ill-health-retirement", "appeal"}

var stepNames = [numSteps]string{
	"no step",
	"return-to-work interview",
	"stage 1 sickness review meeting",
	"stage 2 sickness review meeting",
	"stage 3 final review hearing",
	"ill-health retirement formal meeting",
	"appeal hearing",
}

// IsValid reports whether s is one of the named steps other than StepNone.
func (s Step) IsValid() bool { return valid(s, stepCodes[:], false) }

// Code returns the step's text code, e.g. "stage-2".
func (s Step) Code() string { return codeOf(s, stepCodes[:], "Step") }

// String describes the step for a letter, e.g. "stage 2 sickness review
// meeting".
func (s Step) String() string { return codeOf(s, stepNames[:], "Step") }

// MarshalText implements encoding.TextMarshaler with the step's code.
func (s Step) MarshalText() ([]byte, error) { return marshalCode(s, stepCodes[:], "Step") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Step) UnmarshalText(b []byte) error { return unmarshalCode(s, b, stepCodes[:], "Step") }

// hearing reports whether s is decided by a panel after a hearing (stage 3,
// the ill-health retirement meeting that replaces it, or the appeal), rather
// than concluded by a review meeting.
func (s Step) hearing() bool { return s == StepStage3 || s == StepIllHealth || s == StepAppeal }

// A Stage is the formal stage in effect: the last stage whose review meeting
// took effect and whose improvement target is being monitored. The final
// review hearing is never "in effect": it ends in dismissal or in a return to
// stage 2 (STAGE-4). Text codes are in parentheses.
type Stage uint8

// The stages.
const (
	NoStage Stage = iota // no formal stage yet (or the stage lapsed) ("none")
	Stage1               // a stage 1 review took effect ("stage-1")
	Stage2               // a stage 2 review took effect, or the employee returned to stage 2 ("stage-2")

	numStages
)

var stageCodes = [numStages]string{"none", "stage-1", "stage-2"}

// IsValid reports whether s is one of the named stages.
func (s Stage) IsValid() bool { return valid(s, stageCodes[:], true) }

// String returns the stage's code, e.g. "stage-1".
func (s Stage) String() string { return codeOf(s, stageCodes[:], "Stage") }

// MarshalText implements encoding.TextMarshaler with the stage's code.
func (s Stage) MarshalText() ([]byte, error) { return marshalCode(s, stageCodes[:], "Stage") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Stage) UnmarshalText(b []byte) error { return unmarshalCode(s, b, stageCodes[:], "Stage") }

// next returns the step a trigger makes due at stage s.
func (s Stage) next() Step {
	switch s {
	case NoStage:
		return StepStage1
	case Stage1:
		return StepStage2
	default:
		return StepStage3
	}
}

// A Route says why a formal step became due. Text codes are in parentheses.
type Route uint8

// The routes.
const (
	RouteNone         Route = iota // ("")
	RouteTrigger                   // a trigger point was activated (SAP 1.2) ("trigger")
	RouteLongTerm                  // long-term absence is ongoing (App 1, App 14) ("long-term-absence")
	RouteRedeployment              // the redeployment register ended with no suitable post (§5.6.3) ("redeployment")
	RouteIllHealth                 // the employee is pursuing ill-health retirement (SAP 1.5.2) ("ill-health-retirement")
	RouteAppeal                    // the employee appealed against dismissal ("appeal")

	numRoutes
)

var routeCodes = [numRoutes]string{"", "trigger", "long-term-absence", "redeployment", "ill-health-retirement", "appeal"}

// String returns the route's code, e.g. "trigger".
func (r Route) String() string { return codeOf(r, routeCodes[:], "Route") }

// MarshalText implements encoding.TextMarshaler with the route's code.
func (r Route) MarshalText() ([]byte, error) { return marshalCode(r, routeCodes[:], "Route") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Route) UnmarshalText(b []byte) error { return unmarshalCode(r, b, routeCodes[:], "Route") }
