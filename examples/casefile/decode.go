package casefile

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Limits of the decoder, against hostile input.
const (
	maxDepth = 64      // nesting of mappings and lists
	maxNodes = 200_000 // nodes visited, aliases expanded
)

// Decode reads a case file holding one case (a Scenario's Expect is read
// too, and ignored by a caller that only evaluates). name is the file name
// quoted in errors; data is YAML, or JSON (a JSON document is read as YAML,
// of which it is a subset, so both report lines and columns).
//
// Decoding is strict: an unknown or repeated field, a value of the wrong
// type, a date that does not exist, a decimal that is not a number or an
// unknown code is an *Error giving the file, line, column and field.
func Decode(name string, data []byte) (Scenario, error) {
	all, err := DecodeAll(name, data)
	if err != nil {
		return Scenario{}, err
	}
	switch len(all) {
	case 0:
		return Scenario{}, &Error{File: name, Err: newErr(ErrDocuments, "the file holds no case", nil)}
	case 1:
		return all[0], nil
	}
	return Scenario{}, &Error{File: name, Pos: all[1].src.pos[""], Err: newErr(ErrDocuments, fmt.Sprintf("the file holds %d documents; give one case per file", len(all)), nil)}
}

// DecodeAll reads every document of a file ("---" separates YAML
// documents): a test file may hold several scenarios. Errors are those of
// Decode.
func DecodeAll(name string, data []byte) ([]Scenario, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var out []Scenario
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, syntaxError(name, err)
		}
		if doc.Kind == 0 || len(doc.Content) == 0 {
			continue // an empty document
		}
		s, err := decodeDoc(name, &doc)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a YAML parser error into an *Error.
func syntaxError(name string, err error) error {
	msg := err.Error()
	e := &Error{File: name}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		e.Pos.Line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	e.Err = newErr(ErrSyntax, msg, nil)
	return e
}

func decodeDoc(name string, doc *yaml.Node) (Scenario, error) {
	w := &walker{file: name, pos: map[string]Pos{}, fields: map[reflect.Type][]field{}}
	root := doc.Content[0]
	w.pos[""] = Pos{Line: root.Line, Column: root.Column}
	var buf bytes.Buffer
	if err := w.value(&buf, root, reflect.TypeOf(Scenario{}), "", 0); err != nil {
		return Scenario{}, err
	}
	var s Scenario
	jd := json.NewDecoder(&buf)
	jd.DisallowUnknownFields()
	if err := jd.Decode(&s); err != nil {
		// The walker has checked every field and value, so this is a bug:
		// report it at the document, without quoting the input.
		return Scenario{}, &Error{File: name, Pos: w.pos[""], Err: newErr(ErrValue, "", err)}
	}
	s.src = &source{file: name, pos: w.pos}
	return s, nil
}

// A walker checks a YAML node tree against the Go type it must decode into,
// recording the position of every field, and writes the same tree as JSON
// for encoding/json to decode. Field names are the json tags of the types,
// so a case file uses the library's JSON names.
type walker struct {
	file   string
	pos    map[string]Pos
	nodes  int
	fields map[reflect.Type][]field
}

// A field is a JSON field of a struct, embedded structs flattened.
type field struct {
	name string
	typ  reflect.Type
}

var (
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	oneOrManyType       = reflect.TypeOf((*interface{ oneOrMany() })(nil)).Elem()
)

func (w *walker) fail(n *yaml.Node, path string, class Class, format string, args ...any) error {
	return &Error{File: w.file, Pos: Pos{Line: n.Line, Column: n.Column}, Path: path, Err: newErr(class, fmt.Sprintf(format, args...), nil)}
}

func (w *walker) value(out *bytes.Buffer, n *yaml.Node, t reflect.Type, path string, depth int) error {
	for n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			return w.fail(n, path, ErrSyntax, "unknown alias")
		}
		n = n.Alias
		w.nodes++
	}
	w.nodes++
	if w.nodes > maxNodes || depth > maxDepth {
		return w.fail(n, path, ErrTooComplex, "more than %d values or %d levels", maxNodes, maxDepth)
	}
	if _, ok := w.pos[path]; !ok {
		w.pos[path] = Pos{Line: n.Line, Column: n.Column}
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		out.WriteString("null")
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return w.text(out, n, t, path)
	}
	if t.Implements(oneOrManyType) && n.Kind == yaml.MappingNode {
		out.WriteByte('[')
		if err := w.value(out, n, t.Elem(), path, depth+1); err != nil {
			return err
		}
		out.WriteByte(']')
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		return w.object(out, n, t, path, depth)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return w.fail(n, path, ErrType, "expected a list, found %s", describe(n))
		}
		out.WriteByte('[')
		for i, item := range n.Content {
			if i > 0 {
				out.WriteByte(',')
			}
			if err := w.value(out, item, t.Elem(), path+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
				return err
			}
		}
		out.WriteByte(']')
		return nil
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return w.fail(n, path, ErrType, "expected text, found %s", describe(n))
		}
		b, _ := json.Marshal(n.Value)
		out.Write(b)
		return nil
	case reflect.Bool:
		var v bool
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&v) != nil {
			return w.fail(n, path, ErrType, "expected true or false, found %s", describe(n))
		}
		out.WriteString(strconv.FormatBool(v))
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var v int64
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || n.Decode(&v) != nil {
			return w.fail(n, path, ErrType, "expected a whole number, found %s", describe(n))
		}
		if reflect.New(t).Elem().OverflowInt(v) {
			return w.fail(n, path, ErrValue, "%d is out of range", v)
		}
		out.WriteString(strconv.FormatInt(v, 10))
		return nil
	default:
	}
	return w.fail(n, path, ErrType, "the format has no value of type %s here", t)
}

// text checks a scalar for a type that decodes itself from text (dates,
// periods, decimals, codes) and writes it as a JSON string.
func (w *walker) text(out *bytes.Buffer, n *yaml.Node, t reflect.Type, path string) error {
	if n.Kind != yaml.ScalarNode {
		return w.fail(n, path, ErrType, "expected %s, found %s", expected(t), describe(n))
	}
	v := reflect.New(t).Interface().(encoding.TextUnmarshaler)
	if err := v.UnmarshalText([]byte(n.Value)); err != nil {
		return &Error{File: w.file, Pos: Pos{Line: n.Line, Column: n.Column}, Path: path, Err: invalidText(t, n.Value, err)}
	}
	b, _ := json.Marshal(n.Value)
	out.Write(b)
	return nil
}

func (w *walker) object(out *bytes.Buffer, n *yaml.Node, t reflect.Type, path string, depth int) error {
	if n.Kind != yaml.MappingNode {
		return w.fail(n, path, ErrType, "expected a mapping of fields, found %s", describe(n))
	}
	fields := w.fieldsOf(t)
	pairs, err := w.pairs(n, path, depth)
	if err != nil {
		return err
	}
	out.WriteByte('{')
	for i, p := range pairs {
		key := p[0].Value
		fpath := key
		if path != "" {
			fpath = path + "." + key
		}
		f, ok := lookup(fields, key)
		if by, gone := replacedField(t, key); !ok && gone {
			return w.fail(p[0], fpath, ErrUnknownField, "%q %s is replaced by %s", key, where(path), by)
		}
		if !ok {
			return w.fail(p[0], fpath, ErrUnknownField, "%q %s%s", clip(key), where(path), suggest(fields, key))
		}
		if i > 0 {
			out.WriteByte(',')
		}
		b, _ := json.Marshal(f.name)
		out.Write(b)
		out.WriteByte(':')
		w.pos[fpath] = Pos{Line: p[0].Line, Column: p[0].Column}
		if err := w.value(out, p[1], f.typ, fpath, depth+1); err != nil {
			return err
		}
	}
	out.WriteByte('}')
	return nil
}

// pairs returns the key/value pairs of a mapping with YAML merge keys ("<<")
// expanded: keys given in the mapping win over merged ones. A key given twice
// is an error.
func (w *walker) pairs(n *yaml.Node, path string, depth int) ([][2]*yaml.Node, error) {
	var own, merged [][2]*yaml.Node
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, w.fail(k, path, ErrType, "a field name must be text, found %s", describe(k))
		}
		if k.ShortTag() == "!!merge" {
			m, err := w.merge(v, path, depth+1)
			if err != nil {
				return nil, err
			}
			merged = append(merged, m...)
			continue
		}
		if first, ok := seen[k.Value]; ok {
			return nil, w.fail(k, join(path, k.Value), ErrDuplicateField, "%q is already given at line %d", clip(k.Value), first.Line)
		}
		seen[k.Value] = k
		own = append(own, [2]*yaml.Node{k, v})
	}
	for _, p := range merged {
		if _, ok := seen[p[0].Value]; !ok {
			seen[p[0].Value] = p[0]
			own = append(own, p)
		}
	}
	return own, nil
}

// merge returns the pairs a merge key brings in: a mapping, or a list of
// mappings (earlier ones win).
func (w *walker) merge(v *yaml.Node, path string, depth int) ([][2]*yaml.Node, error) {
	for v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
		w.nodes++
	}
	if w.nodes > maxNodes || depth > maxDepth {
		return nil, w.fail(v, path, ErrTooComplex, "more than %d values or %d levels", maxNodes, maxDepth)
	}
	switch v.Kind {
	case yaml.MappingNode:
		return w.pairs(v, path, depth)
	case yaml.SequenceNode:
		var out [][2]*yaml.Node
		seen := map[string]bool{}
		for _, item := range v.Content {
			ps, err := w.merge(item, path, depth+1)
			if err != nil {
				return nil, err
			}
			for _, p := range ps {
				if !seen[p[0].Value] {
					seen[p[0].Value] = true
					out = append(out, p)
				}
			}
		}
		return out, nil
	default:
	}
	return nil, w.fail(v, path, ErrType, "a merge (<<) needs a mapping or a list of mappings, found %s", describe(v))
}

// fieldsOf returns the JSON fields of struct type t, embedded structs
// flattened, as encoding/json sees them.
func (w *walker) fieldsOf(t reflect.Type) []field {
	if fs, ok := w.fields[t]; ok {
		return fs
	}
	var fs []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct && !reflect.PointerTo(et).Implements(textUnmarshalerType) {
				fs = append(fs, w.fieldsOf(et)...)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fs = append(fs, field{name: name, typ: f.Type})
	}
	w.fields[t] = fs
	return fs
}

func lookup(fs []field, name string) (field, bool) {
	for _, f := range fs {
		if f.name == name {
			return f, true
		}
	}
	return field{}, false
}

// suggest proposes the field a misspelt key probably meant, or lists them.
func suggest(fs []field, key string) string {
	best, bestDist := "", 3
	for _, f := range fs {
		if strings.EqualFold(f.name, key) {
			return fmt.Sprintf("; did you mean %q?", f.name)
		}
		if d := distance(strings.ToLower(f.name), strings.ToLower(key)); d < bestDist {
			best, bestDist = f.name, d
		}
	}
	if best != "" {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	sort.Strings(names)
	return " (fields: " + strings.Join(names, ", ") + ")"
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 64
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func where(path string) string {
	if path == "" {
		return "in the case"
	}
	return "in " + path
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// describe names the shape of a node, never quoting its text (which may be
// confidential).
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!int":
			return "a whole number"
		case "!!float":
			return "a number"
		case "!!bool":
			return "true or false"
		}
		return "text"
	default:
	}
	return "nothing"
}
