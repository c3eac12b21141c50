package stages

import "github.com/absencerules/hr14/absence"

// Citations of the STAGE rules (see the package documentation) with their
// clauses in HR14 v16. They
// are read-only.
var (
	ruleCase          = absence.Rule{ID: "STAGE-0", Clause: "HR14 SAP 1.3–1.5: the case is a dated history"}
	ruleStage1        = absence.Rule{ID: "STAGE-1", Clause: "HR14 SAP 1.3"}
	ruleStage1Soon    = absence.Rule{ID: "STAGE-1", Clause: "HR14 SAP 1.3 (NB: 28+ continuous days)"}
	ruleStage2        = absence.Rule{ID: "STAGE-2", Clause: "HR14 SAP 1.4"}
	ruleStage3        = absence.Rule{ID: "STAGE-3", Clause: "HR14 SAP 1.5"}
	ruleStage3Case    = absence.Rule{ID: "STAGE-3", Clause: "HR14 Conduct of Stage 3, Final review process"}
	ruleStage3Attend  = absence.Rule{ID: "STAGE-3", Clause: "HR14 Conduct of Stage 3 Final Review Hearing"}
	ruleStage3Letter  = absence.Rule{ID: "STAGE-3", Clause: "HR14 Conduct of Stage 3, Final review process; Termination of Employment"}
	ruleStage3OH      = absence.Rule{ID: "STAGE-3", Clause: "HR14 SAP 1.5 (OH or specialist advice before termination)"}
	ruleNotDismissed  = absence.Rule{ID: "STAGE-4", Clause: "HR14 SAP 1.5.1, App 11"}
	ruleAppeal        = absence.Rule{ID: "STAGE-5", Clause: "HR14 Conduct of Stage 3, Right of Appeal"}
	ruleAppealHearing = absence.Rule{ID: "STAGE-5", Clause: "HR14 Conduct of Appeal Hearing"}
	ruleIllHealth     = absence.Rule{ID: "STAGE-6", Clause: "HR14 SAP 1.5.2, App 14"}
	ruleRedeployment  = absence.Rule{ID: "STAGE-7", Clause: "HR14 §5.6.3"}
	ruleAuthority     = absence.Rule{ID: "STAGE-8", Clause: "HR14 App 13"}
	ruleAuthorityHR   = absence.Rule{ID: "STAGE-8", Clause: "HR14 App 13; Conduct of Stage 3 and of Appeal Hearing"}
	ruleNonAttendance = absence.Rule{ID: "STAGE-9", Clause: "HR14 App 1 (stage 1 and 2 invitation letters)"}
	ruleTerminal      = absence.Rule{ID: "STAGE-10", Clause: "HR14 SAP 1.5.3"}
	ruleLongTerm      = absence.Rule{ID: "STAGE-1", Clause: "HR14 App 1 (long-term absence ongoing), App 14"}
	ruleLapse         = absence.Rule{ID: "TRIG-8", Clause: "a trust setting: HR14 sets no date after which a stage lapses"}

	// The duties (issue 16).
	ruleOHReferral    = absence.Rule{ID: "STAGE-11", Clause: "HR14 App 6 Q1, Q3, Q6; the OH provider's terms (OH Plus)"}
	ruleOHAppointment = absence.Rule{ID: "STAGE-11", Clause: "HR14 §5.4.3; the OH provider's terms"}
	ruleServiceLevels = absence.Rule{ID: "STAGE-11", Clause: "HR14 App 9"}
	ruleOHReport      = absence.Rule{ID: "STAGE-12", Clause: "HR14 App 6 Q7"}
	ruleConference    = absence.Rule{ID: "STAGE-13", Clause: "HR14 App 8, App 6 Q4"}
	rulePlan          = absence.Rule{ID: "STAGE-14", Clause: "HR14 §18, App 3, EIA"}
	ruleDiscounting   = absence.Rule{ID: "STAGE-14", Clause: "HR14 App 10, App 3"}
	ruleUnderlying    = absence.Rule{ID: "STAGE-15", Clause: "HR14 SAP 1.3, App 14"}
	ruleInformal      = absence.Rule{ID: "STAGE-16", Clause: "HR14 Proc 3, App 6 Q8"}
	ruleHRReview      = absence.Rule{ID: "STAGE-17", Clause: "HR14 SAP 1.5"}
	ruleOHUpdated     = absence.Rule{ID: "STAGE-17", Clause: "HR14 SAP 1.5 (an updated opinion taking the new absences into account)"}
	ruleDeliberation  = absence.Rule{ID: "STAGE-18", Clause: "HR14 SAP 1.5"}
	rulePresent       = absence.Rule{ID: "STAGE-18", Clause: "HR14 Conduct of Stage 3"}
	ruleStage3File    = absence.Rule{ID: "STAGE-18", Clause: "HR14 SAP 1.5.1"}
	ruleDelegation    = absence.Rule{ID: "STAGE-19", Clause: "HR14 App 13"}
	ruleContactAgreed = absence.Rule{ID: "ABS-12", Clause: "HR14 §5.3.2, Proc 8, App 14"}
)

// stageRule returns the rule that governs a formal step.
func stageRule(s Step) absence.Rule {
	switch s {
	case StepStage1, StepReturnToWork:
		return ruleStage1
	case StepStage2:
		return ruleStage2
	case StepStage3:
		return ruleStage3
	case StepIllHealth:
		return ruleIllHealth
	case StepAppeal:
		return ruleAppealHearing
	default:
		return ruleCase
	}
}
