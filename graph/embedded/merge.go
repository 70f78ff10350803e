package embedded

import (
	"bytes"
	"sort"

	"github.com/actorgraph/kg/graph"
)

// entityRecord is a merged entity as the store keeps it: graph.MergeEntities
// of its distinct versions, without Documents, and with what lets one more
// version be merged in without reading the others. MergeEntities takes the
// id, type and name from the earliest version, each field from the earliest
// version that sets it, and every other name as an alias; so it is enough to
// know the order of the version that gave the name and of each version that
// gave a field, and the names.
type entityRecord struct {
	Entity graph.Entity `json:"entity"`
	// Lead is the order (see versionOrder) of the version that gave the id,
	// type and name; empty in the zero record.
	Lead []byte `json:"lead"`
	// Sources gives, for each field set, the order of the version that set it.
	Sources map[string][]byte `json:"sources,omitempty"`
}

// versionOrder orders an entity's versions as graph.MergeEntities does, by
// the publication date of their earliest document (undated last), then by
// its id, as bytes that compare so: no date key or id holds 0x00. Bytes,
// not a string, because the undated key is not UTF-8, which JSON would not
// keep as it is.
func versionOrder(published graph.Date, doc string) []byte {
	return []byte(dateKey(published) + "\x00" + doc)
}

// entityField is a field of graph.Entity that MergeEntities fills from the
// earliest version that sets it.
type entityField struct {
	name string
	set  func(e *graph.Entity) bool
	copy func(dst, src *graph.Entity)
}

// entityFields are the fields MergeEntities fills one by one. A test checks
// that graph.Entity has no others, so that a new field cannot be forgotten.
var entityFields = []entityField{
	{"placeType", func(e *graph.Entity) bool { return e.PlaceType != "" },
		func(d, s *graph.Entity) { d.PlaceType = s.PlaceType }},
	{"session", func(e *graph.Entity) bool { return e.Session != 0 },
		func(d, s *graph.Entity) { d.Session = s.Session }},
	{"start", func(e *graph.Entity) bool { return e.Start != "" },
		func(d, s *graph.Entity) { d.Start = s.Start }},
	{"end", func(e *graph.Entity) bool { return e.End != "" },
		func(d, s *graph.Entity) { d.End = s.End }},
	{"date", func(e *graph.Entity) bool { return e.Date != "" },
		func(d, s *graph.Entity) { d.Date = s.Date }},
	{"eventType", func(e *graph.Entity) bool { return e.EventType != "" },
		func(d, s *graph.Entity) { d.EventType = s.EventType }},
}

// add merges version v, whose earliest document has the given order, into
// r; the zero record is the merge of no versions. v may be a version already
// merged whose earliest document is now an earlier one. The result does not
// depend on the order in which versions are added: it is what
// graph.MergeEntities gives for them all.
func (r *entityRecord) add(v *graph.Entity, order []byte) {
	m := &r.Entity
	empty := len(r.Lead) == 0
	var names []string
	if !empty {
		names = append(names, m.Name)
		names = append(names, m.Aliases...)
	}
	names = append(names, v.Names()...)
	if empty || bytes.Compare(order, r.Lead) < 0 {
		m.ID, m.Type, m.Name = v.ID, v.Type, v.Name
		r.Lead = order
	}
	m.Aliases = nil
	seen := map[string]bool{m.Name: true}
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			m.Aliases = append(m.Aliases, n)
		}
	}
	sort.Strings(m.Aliases)
	for _, f := range entityFields {
		if !f.set(v) {
			continue
		}
		if f.set(m) && bytes.Compare(r.Sources[f.name], order) <= 0 {
			continue
		}
		f.copy(m, v)
		if r.Sources == nil {
			r.Sources = map[string][]byte{}
		}
		r.Sources[f.name] = order
	}
}
