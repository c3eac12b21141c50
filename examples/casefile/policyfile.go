package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"

	"go.yaml.in/yaml/v3"
)

// DecodePolicy reads a policy file: one document holding what a case file's
// policy section holds (the policy's name, its knobs and the trigger
// points' numbers), in YAML or JSON, either as the document itself or under
// a single key "policy". It is decoded as strictly as [Decode], and the
// policies of every package are built from it as [Case.Policies] builds a
// case's. Errors are *Error giving the file, line, column and field (paths
// start with "policy.").
func DecodePolicy(name string, data []byte) (Policy, Policies, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	for doc.Kind == 0 || len(doc.Content) == 0 {
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return Policy{}, Policies{}, &Error{File: name, Err: newErr(ErrDocuments, "the file holds no policy", nil)}
		}
		if err != nil {
			return Policy{}, Policies{}, syntaxError(name, data, err)
		}
	}
	var next yaml.Node
	if err := dec.Decode(&next); err == nil && len(next.Content) > 0 {
		return Policy{}, Policies{}, &Error{File: name, Pos: Pos{Line: next.Content[0].Line, Column: next.Content[0].Column},
			Err: newErr(ErrDocuments, "the file holds more than one document; give one policy per file", nil)}
	}
	root := doc.Content[0]
	if root.Kind == yaml.MappingNode && len(root.Content) == 2 && root.Content[0].Value == "policy" {
		root = root.Content[1]
	}
	w := &walker{file: name, pos: map[string]Pos{}, fields: map[reflect.Type][]field{}}
	w.pos[""] = Pos{Line: root.Line, Column: root.Column}
	var buf bytes.Buffer
	if err := w.value(&buf, root, reflect.TypeOf(Policy{}), "policy", 0); err != nil {
		return Policy{}, Policies{}, err
	}
	var p Policy
	jd := json.NewDecoder(&buf)
	jd.DisallowUnknownFields()
	if err := jd.Decode(&p); err != nil {
		return Policy{}, Policies{}, &Error{File: name, Pos: w.pos[""], Err: newErr(ErrValue, "", err)}
	}
	c := &Case{Policy: p, src: &source{file: name, pos: w.pos}}
	pols, err := c.Policies()
	if err != nil {
		return Policy{}, Policies{}, err
	}
	return p, pols, nil
}
