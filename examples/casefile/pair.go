package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"
)

// DecodePair reads the two cases a comparison needs — the record before a
// late correction (old) and after it (new) — from one file, in either form:
//
//   - two documents separated by "---", old first; or
//   - one document with exactly the fields old and new, each a case: the
//     natural form in JSON, {"old": {…}, "new": {…}}.
//
// Decoding is as strict as Decode's, and every error is an *Error; in the
// second form a field's path starts with "old." or "new.", in errors found
// when decoding and in those the case's Locate gives later.
func DecodePair(name string, data []byte) (old, new Scenario, err error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []*yaml.Node
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Scenario{}, Scenario{}, syntaxError(name, err)
		}
		if doc.Kind == 0 || len(doc.Content) == 0 {
			continue
		}
		docs = append(docs, &doc)
	}
	switch len(docs) {
	case 2:
		if old, err = decodeDoc(name, docs[0]); err != nil {
			return Scenario{}, Scenario{}, err
		}
		if new, err = decodeDoc(name, docs[1]); err != nil {
			return Scenario{}, Scenario{}, err
		}
		return old, new, nil
	case 1:
		root := docs[0].Content[0]
		sides, err := pairOf(name, root)
		if err != nil {
			return Scenario{}, Scenario{}, err
		}
		if old, err = decodeSide(name, sides[0], "old"); err != nil {
			return Scenario{}, Scenario{}, err
		}
		if new, err = decodeSide(name, sides[1], "new"); err != nil {
			return Scenario{}, Scenario{}, err
		}
		return old, new, nil
	}
	pos := Pos{}
	if len(docs) > 2 {
		pos = Pos{Line: docs[2].Content[0].Line, Column: docs[2].Content[0].Column}
	}
	return Scenario{}, Scenario{}, &Error{File: name, Pos: pos, Err: newErr(ErrDocuments,
		fmt.Sprintf("the file holds %d documents; give two cases (old, then new, separated by ---) or one with the fields old and new", len(docs)), nil)}
}

// pairOf returns the old and new cases of a document {old: …, new: …}.
func pairOf(name string, root *yaml.Node) ([2]*yaml.Node, error) {
	var out [2]*yaml.Node
	fail := func(n *yaml.Node, path string, class Class, msg string) error {
		return &Error{File: name, Pos: Pos{Line: n.Line, Column: n.Column}, Path: path, Err: newErr(class, msg, nil)}
	}
	if root.Kind != yaml.MappingNode {
		return out, fail(root, "", ErrType, "expected a mapping with the fields old and new, found "+describe(root))
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var slot int
		switch k.Value {
		case "old":
			slot = 0
		case "new":
			slot = 1
		default:
			return out, fail(k, k.Value, ErrUnknownField, fmt.Sprintf("%q: give the fields old and new, each a case, or two cases separated by ---", clip(k.Value)))
		}
		if out[slot] != nil {
			return out, fail(k, k.Value, ErrDuplicateField, fmt.Sprintf("%q is given twice", k.Value))
		}
		out[slot] = v
	}
	for i, side := range []string{"old", "new"} {
		if out[i] == nil {
			return out, fail(root, side, ErrInvalid, "required: the case "+map[string]string{"old": "before", "new": "after"}[side]+" the correction")
		}
	}
	return out, nil
}

// decodeSide decodes the case at node, the field side of a pair document:
// as decodeDoc does, with paths under side.
func decodeSide(name string, node *yaml.Node, side string) (Scenario, error) {
	w := &walker{file: name, pos: map[string]Pos{}, fields: map[reflect.Type][]field{}}
	var buf bytes.Buffer
	if err := w.value(&buf, node, reflect.TypeOf(Scenario{}), side, 0); err != nil {
		return Scenario{}, err
	}
	var s Scenario
	jd := json.NewDecoder(&buf)
	jd.DisallowUnknownFields()
	if err := jd.Decode(&s); err != nil {
		return Scenario{}, &Error{File: name, Pos: w.pos[side], Path: side, Err: newErr(ErrValue, "", err)}
	}
	// The case's own paths, without the side, as Locate is given them.
	pos := map[string]Pos{}
	for p, at := range w.pos {
		switch {
		case p == side:
			pos[""] = at
		case strings.HasPrefix(p, side+"."):
			pos[strings.TrimPrefix(p, side+".")] = at
		case strings.HasPrefix(p, side+"["):
			pos[strings.TrimPrefix(p, side)] = at
		}
	}
	s.src = &source{file: name, pos: pos, prefix: side + "."}
	return s, nil
}
