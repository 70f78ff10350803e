package embedded

import (
	"bytes"
	"container/heap"
	"encoding/json"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// candidates gathers the ids that index scans yield, as the escaped last
// parts of their keys: they sort as the ids do, name the record with no
// copy (key(id) is the id escaped), and belong to bbolt, which keeps them
// valid until the read transaction ends, so gathering allocates nothing per
// key.
//
// With a bound, only the bound smallest distinct ids are kept, in a max-heap
// of them: an id not below the largest kept one is refused, and since every
// scan yields its ids in key order, a refused id ends the run of keys it
// belongs to. A hub's thousands of index keys then cost a seek each, not a
// read each. A bound is only right when the index scans alone decide which
// ids match (see selectFacts).
type candidates struct {
	bound int
	all   [][]byte // without a bound: every id yielded, duplicates too
	kept  idHeap   // with a bound
	in    map[string]struct{}
}

func newCandidates(bound int) *candidates {
	c := &candidates{bound: bound}
	if bound > 0 {
		c.in = make(map[string]struct{}, bound)
	}
	return c
}

// add offers an id; false says that it, and any larger id, is refused.
func (c *candidates) add(id []byte) bool {
	if c.bound <= 0 {
		c.all = append(c.all, id)
		return true
	}
	if len(c.kept) == c.bound && bytes.Compare(id, c.kept[0]) >= 0 {
		return false
	}
	if _, dup := c.in[string(id)]; dup {
		return true
	}
	c.in[string(id)] = struct{}{}
	heap.Push(&c.kept, id)
	if len(c.kept) > c.bound {
		delete(c.in, string(heap.Pop(&c.kept).([]byte)))
	}
	return true
}

// sorted returns the distinct ids gathered, in id order.
func (c *candidates) sorted() [][]byte {
	ids := c.all
	if c.bound > 0 {
		ids = c.kept
	}
	slices.SortFunc(ids, bytes.Compare)
	return slices.CompactFunc(ids, bytes.Equal)
}

// scanRuns offers the last part of every key of b under p, run by run: the
// keys that share all but their last part form a run, sorted by that part,
// and a refused id skips the rest of its run.
func (c *candidates) scanRuns(b *bolt.Bucket, p []byte) {
	cur := b.Cursor()
	for k, _ := cur.Seek(p); k != nil && bytes.HasPrefix(k, p); {
		i := bytes.LastIndexByte(k, sep)
		if c.add(k[i+1:]) {
			k, _ = cur.Next()
			continue
		}
		if i < 0 {
			return
		}
		// past the run: its keys all begin with k[:i+1]
		k, _ = cur.Seek(pastPrefix(k[:i+1]))
	}
}

// idHeap is a max-heap of ids.
type idHeap [][]byte

func (h idHeap) Len() int           { return len(h) }
func (h idHeap) Less(i, j int) bool { return bytes.Compare(h[i], h[j]) > 0 }
func (h idHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *idHeap) Push(x any)        { *h = append(*h, x.([]byte)) }
func (h *idHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
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
		if !ok || !edgeField(name) && slices.ContainsFunc(edgeFields, func(f string) bool { return bytes.EqualFold(name, []byte(f)) }) {
			// json.Unmarshal matches names regardless of case
			return false
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
			if !ok {
				return false
			}
			switch string(name) {
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
			i = next
		case '{', '[', ',', '}':
			return false
		default:
			// a number, true, false or null: none is a field read here
			if edgeField(name) {
				return false
			}
			for i < len(raw) && raw[i] != ',' && raw[i] != '}' && raw[i] != ' ' && raw[i] != '\t' &&
				raw[i] != '\n' && raw[i] != '\r' {
				if raw[i] == '"' || raw[i] == '{' || raw[i] == '[' {
					return false
				}
				i++
			}
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

// edgeFields are the JSON names of edgeRecord's fields.
var edgeFields = []string{"id", "type", "from", "to", "concerning"}

func edgeField(name []byte) bool {
	switch string(name) {
	case "id", "type", "from", "to", "concerning":
		return true
	}
	return false
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
