// Package letters writes every formal letter of HR14's sickness absence
// procedure (the NHS Sickness Absence Management Policy, v16: SICKNESS ABSENCE
// PROCEDURES 1.3–1.5.3, the conduct of the stage 3 final review hearing and of
// the appeal hearing, the right of appeal, and Appendix 1), in plain text and
// HTML (RULES.md LET):
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
// Like every hr14 package, letters does no I/O, never reads the clock and
// keeps no state.
package letters
