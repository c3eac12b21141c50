package casefile

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// yamlProblems translate the YAML parser's messages into what is wrong in
// the file and how to put it right. The parser's words ("node content",
// "octet") mean nothing to a person writing a case.
var yamlProblems = map[string]string{
	"did not find expected node content":                           "a value is missing: a list or mapping ends after a comma, or a value starts with a character YAML reserves; put such a value in quotes",
	"mapping values are not allowed in this context":               "a colon followed by a space inside a value, or a line indented further than the field above it: put text that holds \": \" in quotes, and check the indentation",
	"found character that cannot start any token":                  "a value starts with a character YAML reserves (@, `, % or a tab): put the value in quotes, and indent with spaces",
	"did not find expected key":                                    "the indentation goes wrong at or after this line: the fields of one mapping start in the same column",
	"could not find expected ':'":                                  "a field name without a colon after it, or a value running onto the next line: add the colon, or put the value in quotes",
	"found unexpected end of stream":                               "the file ends inside quotes or an unclosed [ ] or { }: close them",
	"did not find expected ',' or ']'":                             "a list in [ ] is not closed, or two of its items lack a comma between them",
	"did not find expected ',' or '}'":                             "a mapping in { } is not closed, or two of its fields lack a comma between them",
	"did not find expected '-' indicator":                          "a list item does not start with \"- \" in the same column as the items above it",
	"found a tab character that violates indentation":              "a tab indents this line: indent with spaces",
	"found a tab character where an indentation space is expected": "a tab indents this line: indent with spaces",
	"block sequence entries are not allowed in this context":       "a list item (\"- \") where a value was expected on the same line: start the list on the next line, indented",
	"mapping keys are not allowed in this context":                 "a field name where a value was expected: start the mapping on the next line, indented",
	"found unknown escape character":                               "a backslash in double quotes starts an unknown escape: use single quotes, or write \\\\ for a backslash",
	"found undefined tag handle":                                   "a value starts with ! (a YAML tag): put it in quotes",
	"found unexpected document indicator":                          "--- or ... inside a value: put the value in quotes",
	"did not find expected <document start>":                       "text after the end of a document: start the next document with ---",
	"did not find expected comment or line break":                  "text after the end of a value: put the whole value in quotes",
	"did not find expected whitespace or line break":               "a value runs straight after a quoted text or an indicator: add a space, or put the whole value in quotes",
	"found unexpected non-alphabetical character":                  "a value starts with a character YAML reserves: put it in quotes",
	"control characters are not allowed":                           "the file holds a control character: remove it",
	"invalid leading UTF-8 octet":                                  "the file is not UTF-8 text: save it as UTF-8",
	"invalid trailing UTF-8 octet":                                 "the file is not UTF-8 text: save it as UTF-8",
	"incomplete UTF-8 octet sequence":                              "the file is not UTF-8 text: save it as UTF-8",
	"found an incorrect leading UTF-8 octet":                       "the file is not UTF-8 text: save it as UTF-8",
	"found an incorrect trailing UTF-8 octet":                      "the file is not UTF-8 text: save it as UTF-8",
	"invalid Unicode character":                                    "the file holds a character that is not allowed in YAML: remove it",
}

// parserProblems are the messages of YAML's parser (not its scanner): the
// line it reports for them counts from 0.
var parserProblems = map[string]bool{
	"did not find expected key":              true,
	"did not find expected '-' indicator":    true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected node content":     true,
	"found undefined tag handle":             true,
	"did not find expected <document start>": true,
}

var (
	yamlLine   = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	yamlAnchor = regexp.MustCompile(`^unknown anchor '.*' referenced$`)
	yamlDepth  = regexp.MustCompile(`^exceeded max depth of \d+$`)
)

// syntaxError turns a YAML parser error into an *Error: what is wrong in
// words a person writing a case understands, and the line (and, for a
// character YAML refuses, the column) where it is.
func syntaxError(name string, data []byte, err error) error {
	msg := err.Error()
	e := &Error{File: name}
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	if parserProblems[msg] {
		line++ // the parser counts lines from 0 and leaves out line 0
	}
	if line == 0 {
		line = 1
	}
	e.Pos.Line = min(line, bytes.Count(data, []byte("\n"))+1)
	plain, known := yamlProblems[msg]
	switch {
	case known:
	case yamlAnchor.MatchString(msg):
		plain = "an alias (*name) refers to no anchor (&name) before it"
	case yamlDepth.MatchString(msg):
		e.Err = newErr(ErrTooComplex, "the document nests too deeply", nil)
		return e
	default:
		plain = "not valid YAML or JSON (" + msg + ")"
	}
	if strings.Contains(msg, "UTF-8") || msg == "control characters are not allowed" || msg == "invalid Unicode character" {
		if p, ok := badChar(data); ok {
			e.Pos = p
		}
	}
	e.Err = newErr(ErrSyntax, plain, nil)
	return e
}

// badChar finds the first byte that is not UTF-8 or is a control character
// YAML refuses, and returns its line and column (in characters).
func badChar(data []byte) (Pos, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return Pos{Line: line, Column: col}, true
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t', r == 0x7f:
			return Pos{Line: line, Column: col}, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return Pos{}, false
}
