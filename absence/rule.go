package absence

// A Rule cites the rule behind a decision: its ID in the project's rule
// catalogue (e.g. "ABS-3", defined in this package's documentation; each
// family in its package's) and the clause of the HR14 policy it comes
// from (e.g. "HR14 Proc 6"). Every result in hr14 carries the Rules it applied
// so an HR manager can quote them.
type Rule struct {
	ID     string `json:"id"`     // e.g. "TRIG-1"
	Clause string `json:"clause"` // e.g. "HR14 SAP 1.2"
}

// String returns e.g. "ABS-3 (HR14 Proc 6)".
func (r Rule) String() string {
	if r.Clause == "" {
		return r.ID
	}
	return r.ID + " (" + r.Clause + ")"
}

// Citations of the ABS rules (see the package documentation) with their clauses in HR14 v16, for
// findings. They are read-only. (Rules cited with a cause live in cause.go.)
var (
	ruleShortLong = Rule{"ABS-1", "HR14 §4.1, §4.2"}
	ruleEpisode   = Rule{"ABS-2", "HR14 Proc 12"}
	rulePartDay   = Rule{"ABS-3", "HR14 Proc 5, Proc 6, §4.4"}

	ruleSelfCertificate = Rule{"ABS-4", "HR14 Proc 13"}
	ruleFitNote         = Rule{"ABS-4", "HR14 Proc 14, App 2"}

	ruleReport       = Rule{"ABS-5", "HR14 Proc 9"}
	ruleUnauthorised = Rule{"ABS-5", "HR14 Proc 2, Proc 9"}
	ruleCallBack     = Rule{"ABS-5", "HR14 Proc 11"}

	ruleInterview       = Rule{"ABS-6", "HR14 Proc 16"}
	ruleAdditionalHours = Rule{"ABS-6", "HR14 Proc 16"}
	ruleAfterLongTerm   = Rule{"ABS-6", "HR14 §5.3.6, §22.2"}
	ruleCompliance      = Rule{"ABS-6", "HR14 §5.3.8"}
	ruleInterviewRecord = Rule{"ABS-11", "HR14 §5.3.7, Proc 16, SAP 1.1"}

	ruleAppointment = Rule{"ABS-7", "HR14 Proc 7"}
	ruleInfection   = Rule{"ABS-7", "HR14 Proc 19"}
	ruleNoShiftLost = Rule{"ABS-2", "HR14 §4.4"}

	ruleBankHoliday  = Rule{"ABS-8", "HR14 Proc 15"}
	ruleLeaveAccrues = Rule{"ABS-8", "HR14 Proc 15"}

	ruleReferralMSK     = Rule{"ABS-9", "HR14 §5.6.5, App 9"}
	ruleReferralMental  = Rule{"ABS-9", "HR14 §5.6.5"}
	ruleReferralStress  = Rule{"ABS-9", "HR14 App 9"}
	ruleReferralSurgery = Rule{"ABS-9", "HR14 App 9"}
	ruleReferralOther   = Rule{"ABS-9", "HR14 §5.6.6"}
	ruleStage1Referral  = Rule{"ABS-9", "HR14 SAP 1.3"}
	ruleStage2Referral  = Rule{"ABS-9", "HR14 SAP 1.4"}
	ruleStage3Opinion   = Rule{"ABS-9", "HR14 SAP 1.5"}
	ruleOHAttendance    = Rule{"ABS-9", "HR14 §5.4.3"} // the OH Plus criteria and the cancellation charge cite the OH provider's terms (OHProvider)

	ruleContact       = Rule{"ABS-10", "HR14 App 14"}
	ruleContactAgreed = Rule{"ABS-12", "HR14 §5.3.2, Proc 8, App 14"}

	ruleFitNoteAdvice        = Rule{"ABS-20", "HR14 App 2"}
	ruleOnLeave              = Rule{"ABS-21", "HR14 Proc 15"}
	ruleOnLeaveGround        = Rule{"ABS-21", "HR14 Proc 13"}
	ruleOtherWork            = Rule{"ABS-22", "HR14 §5.4.7, Proc 14"}
	ruleExpectedReturn       = Rule{"ABS-23", "HR14 Proc 9"}
	ruleClosing              = Rule{"ABS-23", "HR14 Proc 12"}
	ruleFertility            = Rule{"ABS-24", "HR14 Proc 21; Equality Act 2010 s18"}
	ruleFertilityAppointment = Rule{"ABS-24", "HR14 Proc 21, Proc 7"}
)
