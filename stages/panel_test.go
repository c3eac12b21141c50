package stages_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/stages"
)

func m(role stages.Role, band stages.Band) stages.Member {
	return stages.Member{Role: role, Band: band}
}

func chair(role stages.Role, band stages.Band) stages.Member {
	return stages.Member{Role: role, Band: band, Chair: true}
}

func involved(mem stages.Member) stages.Member   { mem.PreviouslyInvolved = true; return mem }
func presenting(mem stages.Member) stages.Member { mem.Presenting = true; return mem }
func delegate(mem stages.Member) stages.Member   { mem.Delegate = true; return mem }

func TestSTAGE8_LevelsOfAuthority(t *testing.T) {
	const (
		non = stages.NonMedical
		med = stages.MedicalDental
	)
	hr := m(stages.HRRepresentative, stages.Band7)
	for _, c := range []struct {
		name       string
		group      stages.StaffGroup
		step       stages.Step
		members    []stages.Member
		problem    string // "" if valid
		canDismiss bool
	}{
		{"RTW line manager", non, stages.StepReturnToWork, []stages.Member{chair(stages.LineManager, stages.Band6)}, "", false},
		{"RTW another manager", non, stages.StepReturnToWork, []stages.Member{chair(stages.OtherManager, stages.Band6)}, "requires the line manager", false},
		{"stage 1 line manager alone", non, stages.StepStage1, []stages.Member{chair(stages.LineManager, stages.Band6)}, "", false},
		{"stage 1 chaired by a matron", non, stages.StepStage1, []stages.Member{chair(stages.Matron, stages.Band8a)}, "requires the line manager", false},
		{"stage 1 no chair", non, stages.StepStage1, []stages.Member{m(stages.LineManager, stages.Band6)}, "no chair", false},
		{"stage 1 two chairs", non, stages.StepStage1, []stages.Member{chair(stages.LineManager, stages.Band6), chair(stages.OtherManager, stages.Band6)}, "more than one chair", false},
		{"stage 2 with a second manager", non, stages.StepStage2, []stages.Member{chair(stages.LineManager, stages.Band6), m(stages.OtherManager, stages.Band5)}, "", false},
		{"stage 2 with HR only", non, stages.StepStage2, []stages.Member{chair(stages.LineManager, stages.Band6), hr}, "second manager must attend", false},
		{"stage 2 medical", med, stages.StepStage2, []stages.Member{chair(stages.LineManager, stages.BandUnknown), m(stages.OtherManager, stages.BandUnknown)}, "", false},
		{"stage 3 senior manager 8a", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band8a), m(stages.OtherManager, stages.Band7), hr}, "", true},
		{"stage 3 matron 8b", non, stages.StepStage3, []stages.Member{chair(stages.Matron, stages.Band8b), m(stages.LineManager, stages.Band7), hr}, "", true},
		{"stage 3 very senior manager", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.VerySenior), m(stages.OtherManager, stages.Band7), hr}, "", true},
		{"stage 3 chair Band 7: may hear, cannot dismiss", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band7), m(stages.OtherManager, stages.Band7), hr}, "", false},
		{"stage 3 chair band not recorded", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.BandUnknown), m(stages.OtherManager, stages.Band7), hr}, "", false},
		{"stage 3 chaired by the line manager", non, stages.StepStage3, []stages.Member{chair(stages.LineManager, stages.Band8a), m(stages.OtherManager, stages.Band7), hr}, "senior manager or matron", false},
		{"stage 3 chaired by another manager of Band 8a", non, stages.StepStage3, []stages.Member{chair(stages.OtherManager, stages.Band8a), m(stages.SeniorManager, stages.Band8a), hr}, "senior manager or matron", false},
		{"stage 3 chaired by an associate director", non, stages.StepStage3, []stages.Member{chair(stages.AssociateDirector, stages.Band8c), m(stages.OtherManager, stages.Band7), hr}, "senior manager or matron", false},
		{"stage 3 no other manager", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band8a), hr}, "no other manager", false},
		{"stage 3 presenting manager is not on the panel", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band8a), presenting(m(stages.LineManager, stages.Band6)), hr}, "no other manager", false},
		{"stage 3 no HR", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band8a), m(stages.OtherManager, stages.Band7)}, "no HR representative", false},
		{"stage 3 HR previously involved", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band8a), m(stages.OtherManager, stages.Band7), involved(hr)}, "involved in the case before", false},
		{"stage 3 involved HR presenting, independent HR on the panel", non, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band8a), m(stages.OtherManager, stages.Band7), presenting(involved(hr)), hr}, "", true},
		{"stage 3 medical", med, stages.StepStage3, []stages.Member{chair(stages.DivisionalChair, stages.BandUnknown), m(stages.AssociateDirector, stages.Band8c), hr}, "", true},
		{"stage 3 medical, delegate of the Medical Director", med, stages.StepStage3, []stages.Member{delegate(chair(stages.MedicalDirector, stages.BandUnknown)), m(stages.AssociateDirector, stages.Band8c), hr}, "", true},
		{"stage 3 medical, senior manager chair", med, stages.StepStage3, []stages.Member{chair(stages.SeniorManager, stages.Band8c), m(stages.AssociateDirector, stages.Band8c), hr}, "divisional chair or the Medical Director", false},
		{"stage 3 medical, no associate director", med, stages.StepStage3, []stages.Member{chair(stages.DivisionalChair, stages.BandUnknown), m(stages.OtherManager, stages.Band8a), hr}, "no associate director", false},
		{"stage 3 medical, HR involved", med, stages.StepStage3, []stages.Member{chair(stages.DivisionalChair, stages.BandUnknown), m(stages.AssociateDirector, stages.Band8c), involved(hr)}, "involved in the case before", false},
		{"ill health non-medical", non, stages.StepIllHealth, []stages.Member{chair(stages.OtherManager, stages.Band8a), hr, presenting(m(stages.LineManager, stages.Band6))}, "", true},
		{"ill health, chair without authority", non, stages.StepIllHealth, []stages.Member{chair(stages.OtherManager, stages.Band7), hr, presenting(m(stages.LineManager, stages.Band6))}, "authority to dismiss", false},
		{"ill health, HR chairing", non, stages.StepIllHealth, []stages.Member{chair(stages.HRRepresentative, stages.Band8a), presenting(m(stages.LineManager, stages.Band6))}, "must be a manager", false},
		{"ill health, no line manager presenting", non, stages.StepIllHealth, []stages.Member{chair(stages.SeniorManager, stages.Band8a), hr}, "line manager must attend", false},
		{"ill health medical", med, stages.StepIllHealth, []stages.Member{chair(stages.MedicalDirector, stages.BandUnknown), hr, presenting(m(stages.LineManager, stages.BandUnknown))}, "", true},
		{"appeal associate director", non, stages.StepAppeal, []stages.Member{chair(stages.AssociateDirector, stages.Band8c), m(stages.ExecutiveDirector, stages.VerySenior), hr}, "", false},
		{"appeal assistant director", non, stages.StepAppeal, []stages.Member{chair(stages.AssistantDirector, stages.Band8b), m(stages.ExecutiveDirector, stages.VerySenior), hr}, "", false},
		{"appeal chaired by a senior manager", non, stages.StepAppeal, []stages.Member{chair(stages.SeniorManager, stages.Band8c), m(stages.ExecutiveDirector, stages.VerySenior), hr}, "associate director or assistant director", false},
		{"appeal no executive director", non, stages.StepAppeal, []stages.Member{chair(stages.AssociateDirector, stages.Band8c), m(stages.OtherManager, stages.Band8a), hr}, "no executive director", false},
		{"appeal HR involved", non, stages.StepAppeal, []stages.Member{chair(stages.AssociateDirector, stages.Band8c), m(stages.ExecutiveDirector, stages.VerySenior), involved(hr)}, "involved in the case before", false},
		{"appeal medical", med, stages.StepAppeal, []stages.Member{chair(stages.ChiefExecutive, stages.VerySenior), delegate(m(stages.MedicalDirector, stages.BandUnknown)), hr}, "", false},
		{"appeal medical chaired by the Medical Director", med, stages.StepAppeal, []stages.Member{chair(stages.MedicalDirector, stages.BandUnknown), m(stages.ChiefExecutive, stages.VerySenior), hr}, "", false},
		{"appeal medical no Chief Executive", med, stages.StepAppeal, []stages.Member{chair(stages.MedicalDirector, stages.BandUnknown), m(stages.AssociateDirector, stages.Band8c), hr}, "no Chief Executive", false},
		{"appeal medical no Medical Director", med, stages.StepAppeal, []stages.Member{chair(stages.ChiefExecutive, stages.VerySenior), m(stages.AssociateDirector, stages.Band8c), hr}, "no Medical Director", false},
		{"unknown role", non, stages.StepStage1, []stages.Member{chair(stages.LineManager, stages.Band6), m(99, stages.Band6)}, "no valid role", false},
		{"no such step", non, stages.StepNone, []stages.Member{chair(stages.LineManager, stages.Band6)}, "no such step", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := stages.Panel{Group: c.group, Members: c.members}.Check(c.step)
			err := r.Err()
			if c.problem == "" {
				if err != nil {
					t.Fatalf("got %v, want a valid panel", err)
				}
			} else {
				if err == nil || !strings.Contains(err.Error(), c.problem) {
					t.Fatalf("got %v, want a problem containing %q", err, c.problem)
				}
				var pe *stages.PanelError
				if !errors.As(err, &pe) || !errors.Is(err, stages.ErrPanel) || pe.Step != c.step {
					t.Errorf("error %T %v", err, err)
				}
			}
			if r.CanDismiss != c.canDismiss {
				t.Errorf("CanDismiss = %v, want %v (notes %v)", r.CanDismiss, c.canDismiss, r.Notes)
			}
		})
	}
}

func TestSTAGE8_Notes(t *testing.T) {
	r := stages.Panel{Members: []stages.Member{chair(stages.LineManager, stages.Band6)}}.Check(stages.StepStage1)
	if len(r.Notes) != 1 || !strings.Contains(r.Notes[0].Text, "optional") {
		t.Errorf("stage 1 notes %v", r.Notes)
	}
	r = stages.Panel{Group: stages.MedicalDental, Members: []stages.Member{
		chair(stages.DivisionalChair, stages.BandUnknown), m(stages.AssociateDirector, stages.Band8c),
		m(stages.HRRepresentative, stages.Band7), presenting(involved(m(stages.MedicalDirector, stages.BandUnknown)))}}.Check(stages.StepStage3)
	if !r.OK() || len(r.Notes) != 1 || !strings.Contains(r.Notes[0].Text, "Chief Executive") {
		t.Errorf("medical director as case manager: %+v", r)
	}
	r = stages.Panel{Members: []stages.Member{chair(stages.SeniorManager, stages.Band7), m(stages.OtherManager, stages.Band7), m(stages.HRRepresentative, stages.Band7)}}.Check(stages.StepStage3)
	if len(r.Notes) != 1 || !strings.Contains(r.Notes[0].Text, "Band 8a") || r.Notes[0].Rule.ID != "STAGE-8" {
		t.Errorf("band note %v", r.Notes)
	}
}
