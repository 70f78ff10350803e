package embedded

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// candidates gathers the facts that index scans yield. Each is its id, the
// escaped last part of its key, which sorts as the id does and names the
// record with no copy (key(id) is the id escaped), with the index entry it
// came from; all belong to bbolt, which keeps them valid until the read
// transaction ends, so gathering allocates nothing per key.
//
// With a bound, only the bound smallest distinct ids are wanted. Candidates
// are gathered until there are a few times the bound, then sorted and cut to
// the bound; from then on an id not below the largest kept one is refused,
// and since every scan yields its ids in key order, a refused id ends the
// run of keys it belongs to. A hub's thousands of index keys then cost a
// seek, not a read each. A bound is only right when the index scans alone
// decide which ids match (see selectFacts).
type candidates struct {
	bound int
	all   []candidate
	// ceiling, once set, is the largest id kept: larger ones are refused
	ceiling []byte
}

// candidate is a fact an index scan yielded.
type candidate struct {
	id         []byte
	key, value []byte
	index      edgeIndex
}

// edgeIndex says which edge index a candidate's entry belongs to, and so
// how its key and value hold the fact's ends; noEdge for the other indexes.
type edgeIndex uint8

const (
	noEdge edgeIndex = iota
	outIndex
	inIndex
	concerningIndex
)

func newCandidates(bound int) *candidates {
	c := &candidates{bound: bound}
	if bound > 0 {
		// room for the candidates a traversal's level gathers, not for
		// what a large bound (a path's read budget) allows
		c.all = make([]candidate, 0, min(trimAt*bound, 4096))
	}
	return c
}

// trimAt is how many candidates a bounded gathering holds, in bounds, before
// it cuts them to the bound: sorting then costs little per candidate.
const trimAt = 4

// add offers a candidate; false says that it, and any with a larger id, is
// refused.
func (c *candidates) add(x candidate) bool {
	if c.bound <= 0 {
		c.all = append(c.all, x)
		return true
	}
	if c.ceiling != nil && bytes.Compare(x.id, c.ceiling) >= 0 {
		return false
	}
	c.all = append(c.all, x)
	if len(c.all) >= trimAt*c.bound {
		c.trim()
	}
	return true
}

// trim keeps the bound smallest candidates, one per id, sorted by id. When
// there are more than twice the bound, the bound smallest are first moved to
// the front by a selection, which costs a few comparisons per candidate,
// where sorting them all would cost a dozen.
func (c *candidates) trim() {
	byID := func(a, b candidate) int { return bytes.Compare(a.id, b.id) }
	if c.bound > 0 && len(c.all) > 2*c.bound {
		selectSmallest(c.all, c.bound)
		head := slices.Clone(c.all[:c.bound])
		slices.SortFunc(head, byID)
		if distinct := slices.CompactFunc(head, func(a, b candidate) bool { return bytes.Equal(a.id, b.id) }); len(distinct) == c.bound {
			c.all = append(c.all[:0], distinct...)
			c.ceiling = c.all[c.bound-1].id
			return
		}
		// An id found twice among the smallest (a fact with both ends
		// scanned): fewer than bound distinct ids there, so sort them all.
	}
	slices.SortFunc(c.all, byID)
	c.all = slices.CompactFunc(c.all, func(a, b candidate) bool { return bytes.Equal(a.id, b.id) })
	if c.bound > 0 && len(c.all) >= c.bound {
		c.all = c.all[:c.bound]
		c.ceiling = c.all[c.bound-1].id
	}
}

// selectSmallest reorders xs so that its n smallest ids, in no order, come
// first (Hoare's quickselect).
func selectSmallest(xs []candidate, n int) {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		// the median of three as the pivot: sorted input is common, since
		// every index run comes in id order
		mid := lo + (hi-lo)/2
		if bytes.Compare(xs[mid].id, xs[lo].id) < 0 {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if bytes.Compare(xs[hi].id, xs[lo].id) < 0 {
			xs[hi], xs[lo] = xs[lo], xs[hi]
		}
		if bytes.Compare(xs[hi].id, xs[mid].id) < 0 {
			xs[hi], xs[mid] = xs[mid], xs[hi]
		}
		pivot := xs[mid].id
		i, j := lo, hi
		for i <= j {
			for bytes.Compare(xs[i].id, pivot) < 0 {
				i++
			}
			for bytes.Compare(xs[j].id, pivot) > 0 {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		// xs[lo..j] ≤ pivot ≤ xs[i..hi]
		switch {
		case n-1 <= j:
			hi = j
		case n-1 >= i:
			lo = i
		default:
			return
		}
	}
}

// full says whether a bounded gathering holds as many ids as its bound, so
// that scans which yield only larger ids than those gathered can stop.
func (c *candidates) full() bool {
	if c.bound <= 0 || len(c.all) < c.bound {
		return false
	}
	c.trim()
	return len(c.all) >= c.bound
}

// sorted returns the candidates gathered, one per id, in id order.
func (c *candidates) sorted() []candidate {
	c.trim()
	return c.all
}

// scanRuns offers every key of b under p, run by run: the keys that share
// all but their last part form a run, sorted by that part, and a refused id
// skips the rest of its run. index says what b is.
func (c *candidates) scanRuns(b *bolt.Bucket, p []byte, index edgeIndex) {
	cur := b.Cursor()
	for k, v := cur.Seek(p); k != nil && bytes.HasPrefix(k, p); {
		i := bytes.LastIndexByte(k, sep)
		if c.add(candidate{id: k[i+1:], key: k, value: v, index: index}) {
			k, v = cur.Next()
			continue
		}
		if i < 0 {
			return
		}
		// past the run: its keys all begin with k[:i+1]
		k, v = cur.Seek(pastPrefix(k[:i+1]))
	}
}

// edgeValues returns the values of a fact's entries in the edge indexes:
// what each key leaves out of the fact's ends, as a composite key.
func edgeValues(t graph.RelationType, from, to, concerning string) (out, in, byConcerning []byte) {
	if concerning == "" {
		return key(to), key(from), nil
	}
	return key(to, concerning), key(from, concerning), key(string(t), from, to)
}

// edge returns the fact a candidate's edge index entry describes, without
// its record; false when the entry is of another index, or malformed. A
// traversal decodes thousands of entries, so the parts are cut without
// allocating, and only the strings of the fact are built.
func (x *candidate) edge() (graph.Fact, bool) {
	if x.index == noEdge || len(x.value) == 0 {
		return graph.Fact{}, false
	}
	var kp, vp [3][]byte
	nk, nv := cutParts(x.key, kp[:]), cutParts(x.value, vp[:])
	var f graph.Fact
	switch {
	case x.index == outIndex && nk == 3 && (nv == 1 || nv == 2):
		f = graph.Fact{ID: unescape(kp[2]), Type: relationType(kp[1]), From: unescape(kp[0]), To: unescape(vp[0])}
	case x.index == inIndex && nk == 3 && (nv == 1 || nv == 2):
		f = graph.Fact{ID: unescape(kp[2]), Type: relationType(kp[1]), From: unescape(vp[0]), To: unescape(kp[0])}
	case x.index == concerningIndex && nk == 2 && nv == 3:
		return graph.Fact{ID: unescape(kp[1]), Type: relationType(vp[0]), From: unescape(vp[1]), To: unescape(vp[2]),
			Concerning: unescape(kp[0])}, true
	default:
		return graph.Fact{}, false
	}
	if nv == 2 {
		f.Concerning = unescape(vp[1])
	}
	return f, true
}

// cutParts cuts a composite key into parts, still escaped, and returns how
// many there are, or -1 when there are more than parts holds.
func cutParts(k []byte, parts [][]byte) int {
	n := 0
	for {
		if n == len(parts) {
			return -1
		}
		i := bytes.IndexByte(k, sep)
		if i < 0 {
			parts[n] = k
			return n + 1
		}
		parts[n] = k[:i]
		k = k[i+1:]
		n++
	}
}

// relationType returns the relation type a key part names, as one of
// graph.RelationTypes when it is one, so that it costs no allocation.
func relationType(p []byte) graph.RelationType {
	for _, t := range graph.RelationTypes {
		if string(t) == string(p) {
			return t
		}
	}
	return graph.RelationType(unescape(p))
}

// decodeEdge reads what an Edge holds of a fact's record. The record is the
// JSON json.Marshal writes of a graph.Fact: a flat object whose values are
// strings, numbers and null, which is read here without reflection; a record
// that is not read so (a string with an escape, a nested value) is left to
// json.Unmarshal, so that both read every record alike.
func decodeEdge(raw []byte, e *edgeRecord) error {
	if readFlatEdge(raw, e) {
		return nil
	}
	*e = edgeRecord{}
	return json.Unmarshal(raw, e)
}

// readFlatEdge reads raw into e when it is a flat object without escapes,
// and reports whether it was.
func readFlatEdge(raw []byte, e *edgeRecord) bool {
	*e = edgeRecord{}
	return readFlat(raw, edgeFields, nil, func(name string, val []byte) {
		switch name {
		case "id":
			e.ID = string(val)
		case "type":
			e.Type = graph.RelationType(val)
		case "from":
			e.From = string(val)
		case "to":
			e.To = string(val)
		case "concerning":
			e.Concerning = string(val)
		}
	}, nil)
}

// decodeFact reads a fact's record (a graph.Fact without observations) as
// json.Unmarshal does, without reflection when the record is flat.
func decodeFact(raw []byte, f *graph.Fact) error {
	if readFlatFact(raw, f) {
		return nil
	}
	*f = graph.Fact{}
	return json.Unmarshal(raw, f)
}

// edgeFields are the JSON names of edgeRecord's fields; factStrings and
// factNumbers those of graph.Fact's that readFlatFact reads (observations,
// the one other, a record holds as null).
var (
	edgeFields  = []string{"id", "type", "from", "to", "concerning"}
	factStrings = []string{"id", "type", "from", "to", "role", "concerning", "firstSeen", "lastSeen"}
	factNumbers = []string{"confidence"}
)

// readFlatFact reads raw into f when it is a flat object without escapes,
// and reports whether it was.
func readFlatFact(raw []byte, f *graph.Fact) bool {
	*f = graph.Fact{}
	return readFlat(raw, factStrings, factNumbers, func(name string, val []byte) {
		switch name {
		case "id":
			f.ID = string(val)
		case "type":
			f.Type = graph.RelationType(val)
		case "from":
			f.From = string(val)
		case "to":
			f.To = string(val)
		case "role":
			f.Role = string(val)
		case "concerning":
			f.Concerning = string(val)
		case "firstSeen":
			f.FirstSeen = graph.Date(val)
		case "lastSeen":
			f.LastSeen = graph.Date(val)
		}
	}, func(name string, val []byte) bool {
		c, err := strconv.ParseFloat(string(val), 64)
		f.Confidence = c
		return err == nil
	})
}

// entityStrings, entityNumbers and entityLists are the JSON names of
// graph.Entity's fields that readFlatEntity reads.
var (
	entityStrings = []string{"id", "type", "name", "placeType", "start", "end", "date", "eventType"}
	entityLists   = []string{"aliases", "documents"}
	// entityNumbers are the numbers, and the lists' names too, so that a
	// name that differs from theirs only in case goes to json.Unmarshal
	entityNumbers = append([]string{"session"}, entityLists...)
)

// readFlatEntity reads raw into e, as json.Unmarshal would, when it is an
// object without escapes whose only nested values are the lists of strings
// aliases and documents, and reports whether it was: the entity object of
// a record as the store writes it, read some five times faster. Lists are
// cut out of the object first (they are what json.Unmarshal would give
// them), then the rest is read as flat.
func readFlatEntity(raw []byte, e *graph.Entity) bool {
	*e = graph.Entity{}
	flat := raw
	for _, name := range entityLists {
		key := `"` + name + `":`
		at := bytes.Index(flat, []byte(key))
		if at < 0 {
			continue
		}
		list, end, ok := flatStrings(flat, at+len(key))
		if !ok {
			return false
		}
		if name == "aliases" {
			e.Aliases = list
		} else {
			e.Documents = list
		}
		// drop the member and the comma before or after it
		cut := append([]byte(nil), flat[:at]...)
		rest := flat[end:]
		switch {
		case len(rest) > 0 && rest[0] == ',':
			rest = rest[1:]
		case len(cut) > 0 && cut[len(cut)-1] == ',':
			cut = cut[:len(cut)-1]
		}
		flat = append(cut, rest...)
		if bytes.Contains(flat, []byte(key)) {
			return false // a second member of that name: json.Unmarshal's to decide
		}
	}
	return readFlat(flat, entityStrings, entityNumbers, func(name string, val []byte) {
		switch name {
		case "id":
			e.ID = string(val)
		case "type":
			e.Type = graph.EntityType(val)
		case "name":
			e.Name = string(val)
		case "placeType":
			e.PlaceType = string(val)
		case "start":
			e.Start = graph.Date(val)
		case "end":
			e.End = graph.Date(val)
		case "date":
			e.Date = graph.Date(val)
		case "eventType":
			e.EventType = string(val)
		}
	}, func(name string, val []byte) bool {
		if name != "session" || !jsonInt(val) {
			return false
		}
		// an int: json.Unmarshal refuses fractions and exponents
		n, err := strconv.Atoi(string(val))
		e.Session = n
		return err == nil
	})
}

// jsonInt reports whether val is an integer as JSON writes one: an optional
// minus, then 0 or digits not starting with 0.
func jsonInt(val []byte) bool {
	if len(val) > 0 && val[0] == '-' {
		val = val[1:]
	}
	if len(val) == 0 || val[0] == '0' && len(val) > 1 {
		return false
	}
	for _, c := range val {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// flatStrings reads the JSON list of strings without escapes that starts
// at raw[i], directly after a member's colon, and returns it and the index
// past it; false when there is none.
func flatStrings(raw []byte, i int) ([]string, int, bool) {
	if i >= len(raw) || raw[i] != '[' {
		return nil, 0, false
	}
	out := []string{}
	i++
	if i < len(raw) && raw[i] == ']' {
		return out, i + 1, true
	}
	for {
		s, next, ok := flatString(raw, i)
		if !ok || next >= len(raw) {
			return nil, 0, false
		}
		out = append(out, string(s))
		switch raw[next] {
		case ',':
			i = next + 1
		case ']':
			return out, next + 1, true
		default:
			return nil, 0, false
		}
	}
}

// readFlat reads a flat JSON object without escapes: each field of strs
// whose value is a string goes to str, each of nums whose value is a number
// to num (false rejects it), and every other field must be null or absent
// from both lists. It reports whether raw was such an object; one it was
// not (a nested value, an escape, a name that differs from a known one only
// in case, which json.Unmarshal would match) is the caller's to hand to
// json.Unmarshal.
func readFlat(raw []byte, strs, nums []string, str func(name string, val []byte), num func(name string, val []byte) bool) bool {
	known := func(name []byte) (isStr, isNum, folded bool) {
		for _, f := range strs {
			if string(name) == f {
				return true, false, false
			}
			folded = folded || bytes.EqualFold(name, []byte(f))
		}
		for _, f := range nums {
			if string(name) == f {
				return false, true, false
			}
			folded = folded || bytes.EqualFold(name, []byte(f))
		}
		return false, false, folded
	}
	i := skipSpace(raw, 0)
	if i == len(raw) || raw[i] != '{' {
		return false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return skipSpace(raw, i+1) == len(raw)
	}
	for {
		name, next, ok := flatString(raw, i)
		if !ok {
			return false
		}
		isStr, isNum, folded := known(name)
		if folded {
			return false // json.Unmarshal matches names regardless of case
		}
		i = skipSpace(raw, next)
		if i == len(raw) || raw[i] != ':' {
			return false
		}
		i = skipSpace(raw, i+1)
		if i == len(raw) {
			return false
		}
		switch raw[i] {
		case '"':
			val, next, ok := flatString(raw, i)
			if !ok || isNum {
				return false
			}
			if isStr {
				str(string(name), val)
			}
			i = next
		case '{', '[', ',', '}':
			return false
		default:
			// a number, true, false or null
			j := i
			for j < len(raw) && raw[j] != ',' && raw[j] != '}' && raw[j] != ' ' && raw[j] != '\t' &&
				raw[j] != '\n' && raw[j] != '\r' {
				if raw[j] == '"' || raw[j] == '{' || raw[j] == '[' {
					return false
				}
				j++
			}
			lit := raw[i:j]
			switch {
			case isStr:
				return false
			case isNum:
				if string(lit) != "null" && (lit[0] == 't' || lit[0] == 'f' || lit[0] == 'n' || !num(string(name), lit)) {
					return false
				}
			}
			i = j
		}
		i = skipSpace(raw, i)
		if i == len(raw) {
			return false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return skipSpace(raw, i+1) == len(raw)
		default:
			return false
		}
	}
}

// flatString returns the contents of the JSON string that starts at raw[i]
// and the index past it; false when there is none or it holds an escape or
// a control character.
func flatString(raw []byte, i int) ([]byte, int, bool) {
	if i >= len(raw) || raw[i] != '"' {
		return nil, 0, false
	}
	for j := i + 1; j < len(raw); j++ {
		switch c := raw[j]; {
		case c == '"':
			return raw[i+1 : j], j + 1, true
		case c == '\\' || c < 0x20:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

func skipSpace(raw []byte, i int) int {
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r') {
		i++
	}
	return i
}
