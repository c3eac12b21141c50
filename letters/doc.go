// Package letters writes every formal letter of HR14's sickness absence
// procedure (the NHS Sickness Absence Management Policy, v16: SICKNESS ABSENCE
// PROCEDURES 1.3–1.5.3, the conduct of the stage 3 final review hearing and of
// the appeal hearing, the right of appeal, and Appendix 1), in plain text and
// HTML (LET-1 … LET-6 below):
//
//	stage-1-invitation, stage-1-outcome      SAP 1.3
//	stage-2-invitation, stage-2-outcome      SAP 1.4
//	stage-3-invitation                       SAP 1.5, Conduct of Stage 3
//	ill-health-retirement-invitation         SAP 1.5.2, App 14
//	dismissal, not-dismissed                 Conduct of Stage 3, Right of Appeal, SAP 1.5.1
//	appeal-invitation                        Conduct of Appeal Hearing
//	appeal-dismissal-upheld, -overturned     Conduct of Appeal Hearing, SAP 1.5.1
//
// A [Letter] is plain data. [FromCase] builds it from the case: a
// stages.State (the meeting, its date, time and place, who attended, the
// decision), the deadlines the stages package computes, and the trigger
// evidence of the triggers package — only the trigger points recorded as
// making the step due, each with what reached it, or the long-term absence
// that is ongoing — with the absences relied on and their reason categories.
// The host adds what no case holds: names, addresses, the people attending,
// the points discussed, the reasons for a decision. A host that does not use
// the stages package fills a Letter by hand; [Sample] shows one of each kind.
//
// A [Renderer] renders a letter into an io.Writer or a string. It validates
// the letter first ([Letter.Validate]): a letter missing a fact its kind
// needs is refused with a typed error (ErrMissing, *FieldError naming the
// field) and nothing is written, so no letter goes out with "<no value>" or a
// blank date. Text uses text/template; HTML uses html/template, so every
// value is escaped, and is one A4 column with the letterhead the host fills
// at the top, laid out for printing. Dates are written the British way
// ("Monday 16 March 2026").
//
// The default templates are the project's own wording, kind and plain, and
// are embedded in the package. A trust replaces any letter, or any part the
// letters share (letterhead, signature, style, …), with its own template:
// [Renderer.With] checks a replacement by rendering every Sample with it.
//
// Privacy: nothing about the employee's health reaches a letter from the
// case except reason categories (absence.Reason labels); a record's
// Diagnosis and Notes never do. Errors carry field names, dates and codes,
// never free text from the letter.
//
// The package also writes the documents of a case that are not letters
// (LET-7, LET-8): the case chronology, the index of a tribunal bundle
// ([Chronology], [NewChronology], [Renderer.RenderChronology]), with the
// attendance timeline picture ([Timeline], drawn as SVG by [Timeline.SVG]).
// They live here because they read the same case as the letters (the
// absence history, the trigger activations and the events of the stages
// package) and are rendered by the same Renderer with templates a trust
// replaces.
//
// Like every hr14 package, letters does no I/O, never reads the clock and
// keeps no state.
//
// # Codes
//
// A letter's [Kind] is its text code, also the name of its template ([Kinds]
// lists them): stage-1-invitation, stage-1-outcome, stage-2-invitation,
// stage-2-outcome, stage-3-invitation, ill-health-retirement-invitation,
// dismissal, not-dismissed, appeal-invitation, appeal-dismissal-upheld,
// appeal-dismissal-overturned. The documents the policy implies (LET-9 …
// LET-17): oh-referral, oh-referral-employee-copy, return-to-work-record,
// case-conference-minutes, redeployment-register, pay-withheld,
// pay-released, pay-suspended, self-certification-withdrawn,
// injury-allowance-claim, ssp-notice.
//
// # Rules
//
// This documentation is the project's rule catalogue for letters: LET-1 …
// LET-6, each with the clause it implements ("SAP" is HR14's SICKNESS
// ABSENCE PROCEDURES, "Proc" its NOTIFICATION, RECORDING AND CERTIFICATION
// procedure, "App" an appendix), the rule in the project's own words, the
// readings chosen where the policy is silent and the tests that prove it.
// The steps and deadlines a letter states are the STAGE rules of package
// stages; the trigger points it names are the TRIG rules of package triggers.
//
// # LET-1: A letter for every formal step, built from the case
//
// Clause: HR14 App 1; SAP 1.3, 1.4, 1.5, 1.5.1, 1.5.2; Conduct of Stage 3
// Final Review Hearing (Termination of Employment, Right of Appeal); Conduct
// of Appeal Hearing.
//
// The library writes the letter of every formal step: the stage 1 and stage
// 2 invitations and outcomes, the stage 3 hearing invitation, the ill-health
// retirement meeting invitation, the stage 3 decision (dismissal, or not
// dismissed and back to stage 2), the appeal hearing invitation and the
// appeal outcome (dismissal upheld, or overturned and back to stage 2). The
// case gives the dates, the meeting, the trigger points, the absences and the
// deadlines; the host gives only what no case holds ([FromCase]).
//
// Readings: a letter is about the most recent meeting of its step in the
// case (for a decision, the most recent with that decision); an invitation
// needs the invitation recorded, so to draft one first apply the event to a
// copy of the state. The letter's date is the one the case records for it
// (the invitation, the outcome or the termination letter), otherwise the
// host's; for a re-arranged meeting it is the host's, and the letter says
// the meeting was re-arranged.
//
// Tested by: TestGolden, TestKind_Text, TestFromCase_CaseWins,
// TestFromCase_Rearranged, TestFromCase_IllHealthAppeal, ExampleFromCase,
// 14-letter-stage-2-invitation.yaml, 15-letter-stage-3-and-appeal.yaml.
//
// # LET-2: Why the step is due
//
// Clause: HR14 App 1 (the trigger points "delete as appropriate", or the
// long-term absence that is ongoing); SAP 1.3 ("re-iterate the reasons for
// triggering").
//
// A letter names only the trigger points that made the step due, each with
// the date it was activated and what reached it, in words: never the
// policy's whole list, and never a rule ID (the IDs stay in the letter's data
// for the file). Otherwise it says that the long-term absence is ongoing, or
// that the step follows the redeployment register or ill-health retirement.
// Appeal letters repeat why the hearing that dismissed was convened, so every
// letter states its basis.
//
// Readings: the trigger points are those recorded as making the step due
// (Meeting.Triggers), each with its latest activation on or before the
// invitation, counted from the date the stage in effect took effect as the
// trigger policy counts (TRIG-7); one activated after the invitation is not
// named. A recognisable pattern (TRIG-6) is the manager's judgement: its
// wording and the absences come from the host, and the letter is refused
// without them. A long-term absence is the episode that contains the date it
// was recorded as ongoing, up to the invitation. A part-time employee's
// threshold is explained pro rata.
//
// Tested by: TestLET2_NamesExactlyTheTriggersThatActivated,
// TestLET2_PartTimeEvidence, TestFromCase_Pattern, TestFromCase_Redeployment,
// TestEvidenceWording.
//
// # LET-3: The absences relied on, without health details
//
// Clause: HR14 App 1 ("the dates which are recorded as you being absent …
// dates and reasons").
//
// A letter lists the absences the step relies on: their dates, the working
// days that count and their reason categories. A diagnosis or a note on a
// record never reaches a letter.
//
// Reading: the absences are the episodes counted in the trigger evidence,
// each from its first counted day (after the stage meeting, when only later
// sickness counts) to the invitation's date.
//
// Tested by: TestFromCase_NoHealthDetails, TestFromCase_CountedFrom,
// TestGolden.
//
// # LET-4: The meeting, the employee's rights and the deadlines
//
// Clause: HR14 App 1; Proc 17 (right of accompaniment); SAP 1.3, 1.4, 1.5;
// Conduct of Stage 3 Final Review Hearing; Right of Appeal; Conduct of Appeal
// Hearing; App 14.
//
// An invitation gives the meeting's date, time and place, who will attend,
// the employee's right to be accompanied, and what happens if they do not
// attend: a stage 1 or 2 meeting is re-arranged once and then decided on the
// information available (STAGE-9); a hearing goes ahead without them. A stage
// 3 invitation says that termination of employment is being considered and
// gives the dates by which the management case and the employee's case are
// due. An outcome letter states the improvement target; a dismissal letter
// gives the grounds, the reasons, the notice and the last day to appeal,
// and after a final review hearing the matters the panel considered and
// the alternatives to dismissal it explored (SAP 1.5, STAGE-18): it is
// refused without them unless the panel recorded why it decided without the
// full record of its deliberation. Every date comes from package stages.
//
// Readings: the improvement target is no further trigger point after the
// meeting, or after the decision returning the employee to stage 2. A
// meeting at home or by telephone is offered when the step is due to a long
// absence (TRIG-5, or long-term absence ongoing; App 14). The policy is
// silent on not attending an appeal hearing: the letter says it may go ahead
// without the employee, as package stages treats it. The ill-health
// retirement meeting sets no case deadlines; its decision is confirmed
// within 5 business days. A dismissal letter's notice comes from the
// termination letter event when recorded, otherwise from the host; the weeks
// of notice and the last day of employment are required.
//
// Tested by: TestGolden, TestRenderer_Render, TestFromCase_Rearranged,
// TestLET4_DismissalStatesMattersAndAlternatives,
// 15-letter-stage-3-and-appeal.yaml.
//
// # LET-5: No letter goes out with a blank
//
// Clause: HR14 App 1 (the templates' fields to insert).
//
// A letter is validated before it is rendered: one missing a fact that its
// kind needs is refused with a typed error naming each field at fault
// ([ErrMissing], [*FieldError]), and nothing is written.
//
// Tested by: TestLET5_MissingData, TestLET5_NoBlankInLetters,
// TestFromCase_Refusals, ExampleLetter_Validate, FuzzValidate.
//
// # LET-6: The project's wording, in text and HTML, replaceable
//
// Clause: HR14 App 1 (the trust's template letters).
//
// The default templates are the project's own wording, plain and kind. Every
// letter renders as plain text and as HTML, which say the same; the HTML
// escapes every value and is one printable A4 column under the host's
// letterhead; dates are written the British way ("Monday 16 March 2026"). A
// trust replaces any letter, or any part the letters share, with its own
// template ([Renderer.With]). Rendering writes into a writer or a string:
// the package does no I/O.
//
// Reading: plain text has one line per paragraph (the mail client or printer
// wraps it) and lists as "- " lines.
//
// Tested by: TestLET6_HTMLEscaped, TestLET6_FormatsSayTheSame,
// TestRenderer_With, TestRenderer_Names, ExampleRenderer_With,
// ExampleRenderer_Render.
//
// # LET-7: The case chronology
//
// Clause: HR14 Conduct of Stage 3 Final Review Hearing ("the Panel's role is
// to consider the overall management of the individual and all actions
// taken to date"; the management case and the hearing notes), SAP 1.5 (the
// matters considered), §5.3.5 (accurate sickness absence records), §7.2
// (the policy is versioned).
//
// The chronology lists every dated fact of one employee's case in date
// order: each absence record (its days, kind, reason category, the working
// days that count and its episode, days not counted and why, a part day),
// its certificates, the days without a timely fit note (pay withheld,
// PAY-4), the return to work and the return-to-work interview with what its
// record says, the manager's contacts, the decisions on self-certification,
// every trigger activation and clearance worked out from the records, and
// every event of the case: meetings, letters sent (by kind), OH referrals,
// appointments and reports, adjustments, case conferences, HR's advice and
// review, the hearing, the decision with the matters and alternatives
// considered, the appeal. Each entry names its source (the record or event,
// counted from 1, with its ID when it has the shape of one) and the rule and
// clause it relates to. The document names the policy and version it was
// produced under (absence.PolicyID, HR14 v16 when none is given), the
// library's version and the date it is "as of". It renders as text and as
// print-ready HTML, and marshals to JSON as it is.
//
// Readings: trigger activations are those the trigger policy counts at each
// point of the case: over the whole history before the first formal
// meeting, then only as counted from each stage meeting, or the decision
// returning the employee to stage 2, until the next (TRIG-7); a clearance
// is listed when it comes before counting starts afresh. Events are listed
// as the case records them (not those a host derives and has not recorded);
// on one day, the records' facts come first, then the activations, then the
// events, each in their own order. A date range keeps every entry with a
// day in it. "What a step relies on" keeps, for the latest meeting of that
// step: the absence records the trigger activations that made it (and each
// formal step before it) due counted, or the long-term absence; those
// activations; and every event up to the step's outcome or termination
// letter (else its decision, or the day it was held), since the panel
// considers all actions taken to date; the timeline then shows only those,
// with its windows at the step's conclusion. No free text of a record or an
// event reaches the chronology: no diagnosis, note, reference or place.
//
// Tested by: TestLET7_ChronologyGolden, TestLET7_EveryEventAndAbsenceOnce,
// TestLET7_Filters, TestLET7_Refusals, TestLET7_ChronologyEscaped,
// TestLET7_AsOfCuts, TestLET7_EveryEventDescribed, FuzzChronology,
// TestChronology_Golden (the sample case and worked
// example 8).
//
// # LET-8: The attendance timeline picture
//
// Clause: HR14 SAP 1.1 (employees are made aware of the trigger points at
// their return-to-work interviews), SAP 1.2 (rolling 6- and 12-month
// periods), App 10 (full details of absence levels and any patterns).
//
// The timeline draws, on a calendar axis of whole months: each absence as a
// bar (counted towards the trigger points, not counted, a part day, leave),
// the episodes, the rolling 6- and 12-month windows at a chosen date with
// what they hold as the trigger policy then counts and the day each episode
// leaves them ("this absence leaves the window on 9 March"), the days
// trigger points activated and cleared, and the formal meetings held. It is
// drawn with the standard library as SVG: greys, a hatch and shapes only, so
// it reads in a black-and-white print; the same bytes for the same case; no
// script or external reference; a title and a description for screen
// readers, which are also its text alternative ([Timeline.Text]) printed
// under it and in the text chronology.
//
// Reading: on the day of a stage meeting the windows are shown as the
// meeting saw them, counted from the stage before; the axis runs from the
// start of the 12-month window (or the first fact shown, if earlier) to the
// chosen date (or the last fact shown), or over the date range asked for.
//
// Tested by: TestLET8_TimelineSVG, TestLET8_TimelineKinds, TestLET8_FixedPointGeometry,
// TestLET7_ChronologyGolden.
//
// # LET-9: The referral to Occupational Health and the employee's copy
//
// Clause: HR14 App 6 Q1, Q3, Q6 (the employee fully aware of why they are
// referred, with a copy; the dates of absences, background, the support
// given and planned, specific questions), App 9 (early intervention), SAP
// 1.1, SAP 1.5 (consent to release); the OH provider's OH Plus terms (the
// manager's call with the adviser covers background only and introduces no
// question the employee has not consented to).
//
// The referral form (oh-referral) gives why the employee is referred, the
// reason category, who refers, the absences of the 12 months before it and
// their count, the support given and planned, the adjustments of the
// Tailored Adjustment Plan, the questions asked by category, and whether
// the employee was told why, has a copy and consented to the release of
// the report and to a pre-call. The employee's copy
// (oh-referral-employee-copy) is a letter saying the same in the second
// person, with the consent statement to sign.
//
// Readings: [FromCase] takes the latest referral recorded on or before the
// letter's date (its record: ground, reason, consents, questions), the
// absences that count in the 12-month window ending on the referral's
// date, and the plan's entries proposed by then; the provider's name and
// the support given and planned are the host's. A question category is
// asked as a sentence; the employee is "the employee" in the form.
//
// Tested by: TestGolden (c-oh-referral, c-oh-referral-employee-copy),
// TestLET5_MissingData, TestLET6_HTMLEscaped, TestLET6_FormatsSayTheSame,
// TestFromCase_DocumentsRefused.
//
// # LET-10: The return-to-work interview record with the headroom shown
//
// Clause: HR14 Proc 16, SAP 1.1 ("employees will be made aware of trigger
// points … at their Return to Work interviews"), §5.3.7; ABS-6, ABS-11.
//
// The record gives the interview's date and who held it, the absence (its
// days, working days that count, reason categories), the return, what the
// interview covered and what its record does not show, the Occupational
// Health referral considered, the fit note's advice, the time without
// additional hours (with an extension and with whom it was agreed) and,
// for each trigger point, where it stood that day: what the window held,
// how much more reaches it or that it is reached and when it clears, and
// when each absence counted leaves the window. It ends with signature
// lines for the employee and the manager.
//
// Reading: the interview is the latest recorded on or before the letter's
// date; the headroom is the trigger policy's on the interview's day,
// counted from the stage in effect before it (TRIG-7, TRIG-10), whatever
// the record says was shown.
//
// Tested by: TestLET10_HeadroomShown, TestGolden (c-return-to-work-record).
//
// # LET-11: Case conference minutes and actions
//
// Clause: HR14 App 8 (attendees, the pre-meeting without clinical detail
// unless the employee consents, key actions and timescales, the minutes
// copied to the employee, the manager and HR, a follow-up arranged by
// Occupational Health), App 6 Q4; STAGE-13.
//
// The minutes give the conference's date, the request (when and by whom),
// the pre-meeting, who was present (the host's names, else the roles
// recorded), the points discussed (the host's), each action agreed with
// its owner, the date agreed and the date done, the copies, and a
// follow-up.
//
// Reading: the conference is the latest held on or before the letter's
// date; an action is done when an action-completed event by then says so.
//
// Tested by: TestGolden (c-case-conference-minutes), TestLET5_MissingData.
//
// # LET-12: Information on the redeployment register
//
// Clause: HR14 §5.6.3 ("when an employee is placed on the Redeployment
// Register they will be provided with information in respect to the
// Trust's redeployment process"); STAGE-7.
//
// The letter says when the employee was placed on the register, that they
// stay at least 4 and at most 12 weeks (with the dates), that suitable
// alternative employment is sought at the same band or below, that a match
// leads to an interview with the hiring manager and a successful one to an
// internal transfer, and that without a post by the end the next stage is a
// stage 3 hearing.
//
// Reading: the stay is the case's latest (stages.State.Redeployment), its
// bounds from stages.Policy.RedeploymentEnds; the band is the host's, else
// the one recorded on the register; the posts considered by the letter's
// date are listed with what came of each (STAGE-20).
//
// Tested by: TestGolden (c-redeployment-register), TestLET12_RegisterEnded,
// TestLET5_MissingData.
//
// # LET-13: Pay withheld for a late fit note, and released
//
// Clause: HR14 Proc 14 ("failure to comply will result in pay being
// withheld until a certificate is produced and a reasonable explanation is
// given for the delay"); ABS-4, PAY-4.
//
// The pay-withheld letter gives the absence, the rule (a fit note from day
// 8, received within 3 calendar days), the day it was due and the days
// whose pay is withheld, and what releases it. The pay-released letter
// gives the days, the day the certificate was received and the day the
// explanation was accepted.
//
// Readings: the days are those of the latest episode with days not covered
// by a timely certificate as of the letter's date (absence.Certification);
// released are those since covered by a late certificate. Whether an
// explanation is reasonable is the manager's: its date is the host's.
//
// Tested by: TestGolden (c-pay-withheld, c-pay-released),
// TestLET5_MissingData.
//
// # LET-14: Pay suspended for unauthorised absence
//
// Clause: HR14 Proc 2 ("the Manager should notify payroll in order that
// payment can be suspended. Advice from Human Resources should be sought
// before advising payroll to suspend payment"); PAY-5.
//
// The letter gives the unauthorised absence, the day HR advised and the
// days whose pay is suspended, and asks for a good reason if there was one.
//
// Reading: the absence is the latest recorded as unauthorised; the date of
// HR's advice is the host's and is required.
//
// Tested by: TestGolden (c-pay-suspended), TestLET5_MissingData.
//
// # LET-15: Withdrawal of self-certification
//
// Clause: HR14 Proc 13 (the Trust may withdraw the right to self-certify,
// after HR's advice; examples of grounds); ABS-4.
//
// The letter gives the day the withdrawal takes effect, the day HR
// advised, the grounds, what it means (a fit note from day 1 for sickness
// starting on or after that day, earlier absences unchanged) and a review
// date.
//
// Readings: the decision is the employee's latest withdrawal
// (absence.Employee.SelfCertification); it cannot take effect before the
// letter (it looks forward only, as ABS-4 applies it); the grounds are the
// host's.
//
// Tested by: TestGolden (c-self-certification-withdrawn),
// TestLET5_MissingData.
//
// # LET-16: The Injury Allowance claim form
//
// Clause: HR14 §20, App 4 (the template claim form: the employee's
// details, the absence, the incident report, sick pay entitlement, the
// decision that the absence is wholly or mainly attributable to the duties
// of employment, "payment of IA will commence on", the authorised
// signatory, the employee's declaration); PAY-11 … PAY-13.
//
// The form gives the employee's details, the absence claimed for, the
// incident and its report, §20's evidence asked for and held, the sick pay
// entitlement and other information (the host's), the benefits declared,
// the decision with who made it, HR's advice and the day payment
// commences, and the signature lines of the line manager, the divisional
// authorised signatory and the employee's declaration.
//
// Readings: the claim is payroll's record (Case.Claim); the absence is the
// episode running at or after the incident (else the work-related
// episodes); a decision after the letter's date is not shown; payment
// commences on the decision's day, or the first day of the absence.
//
// Tested by: TestGolden (c-injury-allowance-claim), TestLET5_MissingData.
//
// # LET-17: The SSP end or exclusion notice with form SSP1's data
//
// Clause: SSP (General) Regulations 1982 reg 15 (form SSP1); SSCBA 1992
// s.153, s.155, Sch 11; HMRC's Statutory Payments Manual; PAY-8.
//
// The letter says that Statutory Sick Pay is not payable, or ends, from
// which day and why, encloses form SSP1 (to claim Universal Credit or
// Employment and Support Allowance) with the day it is due, and lists what
// SSP1 asks for: the first day of sickness, the reason, the last day SSP
// is payable and the weeks paid, the earnings for low earnings, and the
// employee's National Insurance and payroll numbers (the host's).
//
// Reading: the exclusion is the latest of payroll.SSP.Exclusions (Case.SSP)
// whose period of incapacity began by the letter's date.
//
// Tested by: TestGolden (c-ssp-notice), TestLET5_MissingData.
//
// # LET-18: Letters that read like a trust's
//
// Clause: HR14 App 1 (the Trust's letters: the letterhead, "Ref", the
// address, "please do not hesitate to contact me" with the telephone and
// email); Right of Appeal ("an appeal must be made in writing … within 21
// days of the date of the termination letter"); §7.2 (the policy is
// versioned).
//
// Every letter and form is marked "Private and Confidential" and names
// the policy and version it applies (Letter.Policy; HR14 v16 when none is
// given). A letter that says "please contact me" gives the signatory's
// telephone or email there, and is refused without one. The letters that
// go by post (outcomes, decisions, notices about pay, self-certification
// and SSP) need the employee's address. In print, pages are numbered and
// a second page carries a continuation header (the employee, the letter's
// date); the letter is one A4 column.
//
// Reading: a letter with no telephone or email for its signatory is refused
// rather than printed without one; the continuation header is printed from
// the style sheet (CSS paged media, which Chromium honours), so a trust that
// replaces the style replaces it too.
//
// Tested by: TestLET18_ContinuationHeader, TestLET6_HTMLEscaped,
// TestLET5_MissingData, TestGolden, ExampleRenderer_Render.
package letters
