// Package eval scores extractions against gold annotations with the
// matching rules of the project's EXTRACTION.md: entities by type and any
// shared normalised name (meetings by session or place, events by type and
// place), relations by type and matching ends (and agreeing roles for
// HOLDS_ROLE), micro-averaged over documents.
package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Counts are the tallies of one category: how many gold items, how many
// extracted, and how many of each matched.
type Counts struct {
	Gold, Extracted      int
	GoldHit, ExtractedOK int
}

// Precision is the share of extracted items that match gold.
func (c Counts) Precision() float64 { return ratio(c.ExtractedOK, c.Extracted) }

// Recall is the share of gold items that were extracted.
func (c Counts) Recall() float64 { return ratio(c.GoldHit, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Extracted += o.Extracted
	c.GoldHit += o.GoldHit
	c.ExtractedOK += o.ExtractedOK
}

// Report is the score of a set of documents.
type Report struct {
	Documents int
	Entities  map[graph.EntityType]*Counts
	Relations map[graph.RelationType]*Counts
	// Titles and Dates count the documents whose title and publication
	// date are the gold's, of those whose gold gives one.
	Titles, Dates struct{ Gold, Right int }
	// Misses and FalseHits describe every unmatched gold and extracted item,
	// for --detail.
	Misses, FalseHits []string
}

// NewReport returns an empty report.
func NewReport() *Report {
	r := &Report{Entities: map[graph.EntityType]*Counts{}, Relations: map[graph.RelationType]*Counts{}}
	for _, t := range graph.EntityTypes {
		r.Entities[t] = &Counts{}
	}
	for _, t := range graph.RelationTypes {
		r.Relations[t] = &Counts{}
	}
	return r
}

// AllEntities sums the entity counts.
func (r *Report) AllEntities() Counts {
	var c Counts
	for _, v := range r.Entities {
		c.add(*v)
	}
	return c
}

// AllRelations sums the relation counts.
func (r *Report) AllRelations() Counts {
	var c Counts
	for _, v := range r.Relations {
		c.add(*v)
	}
	return c
}

// doc holds one document's two sides and the entity matches between them.
type doc struct {
	name      string
	gold, got *graph.Extraction
	gByID     map[string]*graph.Entity
	xByID     map[string]*graph.Entity
	places    map[*graph.Extraction]map[string][]string // entity id -> OCCURRED_IN place ids
	matchMemo map[[2]string]bool
}

// Add scores one document: got, the extraction, against gold.
func (r *Report) Add(name string, gold, got *graph.Extraction) {
	r.Documents++
	if gold.Document.Title != "" {
		r.Titles.Gold++
		if clean(got.Document.Title) == clean(gold.Document.Title) {
			r.Titles.Right++
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: title %q, gold %q", name, got.Document.Title, gold.Document.Title))
		}
	}
	if gold.Document.Published != "" {
		r.Dates.Gold++
		if got.Document.Published == gold.Document.Published {
			r.Dates.Right++
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: published %q, gold %q", name, got.Document.Published, gold.Document.Published))
		}
	}
	d := &doc{name: name, gold: gold, got: got, gByID: byID(gold), xByID: byID(got),
		places:    map[*graph.Extraction]map[string][]string{gold: placesOf(gold), got: placesOf(got)},
		matchMemo: map[[2]string]bool{}}
	// entities: each extracted entity may claim one gold entity of its
	// scoring class (a State and a country Place are one class), and counts
	// in the row of its own type
	for _, class := range entityClasses() {
		var gs, xs []string
		for _, e := range gold.Entities {
			if classOf(&e) == class {
				gs = append(gs, e.ID)
			}
		}
		for _, e := range got.Entities {
			if classOf(&e) == class {
				xs = append(xs, e.ID)
			}
		}
		gHit, xOK := assign(gs, xs, d.entityMatch)
		for i, id := range gs {
			t := d.gByID[id].Type
			r.Entities[t].Gold++
			if gHit[i] {
				r.Entities[t].GoldHit++
			} else {
				r.Misses = append(r.Misses, fmt.Sprintf("%s: missed %s %q", name, t, d.gByID[id].Name))
			}
		}
		for i, id := range xs {
			t := d.xByID[id].Type
			r.Entities[t].Extracted++
			if xOK[i] {
				r.Entities[t].ExtractedOK++
			} else {
				r.FalseHits = append(r.FalseHits, fmt.Sprintf("%s: false %s %q", name, t, d.xByID[id].Name))
			}
		}
	}
	for _, t := range graph.RelationTypes {
		var gs, xs []int
		for i, rel := range gold.Relations {
			if rel.Type == t {
				gs = append(gs, i)
			}
		}
		for i, rel := range got.Relations {
			if rel.Type == t {
				xs = append(xs, i)
			}
		}
		gHit, xOK := assign(gs, xs, func(gi, xi int) bool { return d.relationMatch(&gold.Relations[gi], &got.Relations[xi]) })
		r.Relations[t].tally(gHit, xOK)
		for i, gi := range gs {
			if !gHit[i] {
				r.Misses = append(r.Misses, fmt.Sprintf("%s: missed %s", name, d.describe(gold, &gold.Relations[gi])))
			}
		}
		for i, xi := range xs {
			if !xOK[i] {
				r.FalseHits = append(r.FalseHits, fmt.Sprintf("%s: false %s", name, d.describe(got, &got.Relations[xi])))
			}
		}
	}
}

// assign matches gold and extracted items one to one, greedily in order: a
// duplicate extraction of one gold item counts once right and once wrong.
func assign[T any](gs, xs []T, match func(g, x T) bool) (gHit, xOK []bool) {
	gHit, xOK = make([]bool, len(gs)), make([]bool, len(xs))
	for xi, x := range xs {
		for gi, g := range gs {
			if !gHit[gi] && match(g, x) {
				gHit[gi], xOK[xi] = true, true
				break
			}
		}
	}
	return gHit, xOK
}

// tally adds one document's matching of a category.
func (c *Counts) tally(gHit, xOK []bool) {
	c.Gold += len(gHit)
	c.Extracted += len(xOK)
	c.GoldHit += count(gHit)
	c.ExtractedOK += count(xOK)
}

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

func byID(x *graph.Extraction) map[string]*graph.Entity {
	m := make(map[string]*graph.Entity, len(x.Entities))
	for i := range x.Entities {
		m[x.Entities[i].ID] = &x.Entities[i]
	}
	return m
}

func placesOf(x *graph.Extraction) map[string][]string {
	m := map[string][]string{}
	for _, r := range x.Relations {
		if r.Type == graph.OccurredIn {
			m[r.From] = append(m[r.From], r.To)
		}
	}
	return m
}

// placeClass is the scoring pool of States and Places: EXTRACTION.md
// counts a State and a Place whose placeType is country (or unset) as one
// type, since a country named as a location may be either.
const placeClass = "State or Place"

// classOf is the pool an entity is matched in.
func classOf(e *graph.Entity) string {
	if e.Type == graph.State || e.Type == graph.Place {
		return placeClass
	}
	return string(e.Type)
}

// sameType reports whether two entities count as the same type: equal
// types, or a State and a Place that is a country or has no placeType.
func sameType(a, b *graph.Entity) bool {
	if a.Type == b.Type {
		return true
	}
	country := func(e *graph.Entity) bool {
		return e.Type == graph.Place && (e.PlaceType == "" || e.PlaceType == "country")
	}
	return a.Type == graph.State && country(b) || b.Type == graph.State && country(a)
}

// entityClasses are the pools, in the order of graph.EntityTypes.
func entityClasses() []string {
	var out []string
	for _, t := range graph.EntityTypes {
		if c := classOf(&graph.Entity{Type: t}); !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// entityMatch applies EXTRACTION.md's entity rule to gold id g and
// extracted id x.
func (d *doc) entityMatch(g, x string) bool {
	key := [2]string{g, x}
	if v, ok := d.matchMemo[key]; ok {
		return v
	}
	d.matchMemo[key] = false // guards against cycles through places
	ge, xe := d.gByID[g], d.xByID[x]
	v := false
	switch {
	case ge == nil || xe == nil || !sameType(ge, xe):
	case ge.Type == graph.Meeting && ge.Session != 0:
		v = xe.Session == ge.Session
	case ge.Type == graph.Meeting:
		v = d.samePlace(g, x)
	case ge.Type == graph.Event:
		v = ge.EventType == xe.EventType && d.samePlace(g, x)
	default:
		v = NamesMatch(ge, xe)
	}
	d.matchMemo[key] = v
	return v
}

func (d *doc) samePlace(g, x string) bool {
	for _, gp := range d.places[d.gold][g] {
		for _, xp := range d.places[d.got][x] {
			if d.entityMatch(gp, xp) {
				return true
			}
		}
	}
	return false
}

// NamesMatch reports whether two entities share a name or alias after
// normalising (graph.NameKey is EXTRACTION.md's normal form).
func NamesMatch(a, b *graph.Entity) bool {
	for _, n := range a.Names() {
		k := graph.NameKey(n)
		for _, m := range b.Names() {
			if k == graph.NameKey(m) {
				return true
			}
		}
	}
	return false
}

func (d *doc) relationMatch(g, x *graph.Relation) bool {
	if g.Type != x.Type || !d.entityMatch(g.From, x.From) || !d.entityMatch(g.To, x.To) {
		return false
	}
	return g.Type != graph.HoldsRole || RolesAgree(g.Role, x.Role)
}

// otherOffice are the words that make a title another office: "Vice
// President" is not "President".
var otherOffice = map[string]bool{"vice": true, "deputy": true, "assistant": true, "acting": true,
	"former": true, "co": true, "under": true, "secretary": true, "general": true}

// RolesAgree reports whether two titles agree: after normalising, one's
// words contain the other's, the extra words include none that make it
// another office, and a plural agrees with its singular.
func RolesAgree(a, b string) bool {
	aw, bw := roleWords(a), roleWords(b)
	if len(aw) > len(bw) {
		aw, bw = bw, aw
	}
	in := map[string]int{}
	for _, w := range bw {
		in[w]++
	}
	for _, w := range aw {
		if in[w] == 0 {
			return false
		}
		in[w]--
	}
	for w, n := range in {
		if n > 0 && otherOffice[w] {
			return false
		}
	}
	return len(aw) > 0
}

func roleWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(graph.NameKey(s)) {
		out = append(out, singular(w))
	}
	return out
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return strings.TrimSuffix(w, "s")
	}
	return w
}

func (d *doc) describe(x *graph.Extraction, r *graph.Relation) string {
	ents := byID(x)
	name := func(id string) string {
		if e := ents[id]; e != nil {
			return fmt.Sprintf("%s %q", e.Type, e.Name)
		}
		return id
	}
	s := fmt.Sprintf("%s %s -> %s", r.Type, name(r.From), name(r.To))
	if r.Role != "" {
		s += fmt.Sprintf(" role %q", r.Role)
	}
	if r.Evidence != nil && r.Evidence.Text != "" {
		ev := r.Evidence.Text
		if len(ev) > 140 {
			ev = ev[:140] + "…"
		}
		s += fmt.Sprintf("\n      in: %s", ev)
	}
	return s
}

// Write prints the report as a table: per entity type, per relation type,
// and overall.
func (r *Report) Write(w io.Writer, detail bool) {
	fmt.Fprintf(w, "%d documents (titles right %d/%d, dates right %d/%d)\n\n", r.Documents,
		r.Titles.Right, r.Titles.Gold, r.Dates.Right, r.Dates.Gold)
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-22s %5d %5d %5d   %5.3f %5.3f %5.3f\n", name, c.Gold, c.Extracted, c.ExtractedOK, c.Precision(), c.Recall(), c.F1())
	}
	head := func(title string) {
		fmt.Fprintf(w, "%-22s %5s %5s %5s   %5s %5s %5s\n", title, "gold", "found", "right", "P", "R", "F1")
	}
	head("entities")
	for _, t := range graph.EntityTypes {
		row(string(t), *r.Entities[t])
	}
	row("all entities", r.AllEntities())
	fmt.Fprintln(w)
	head("relations")
	for _, t := range graph.RelationTypes {
		row(string(t), *r.Relations[t])
	}
	row("all relations", r.AllRelations())
	all := r.AllEntities()
	all.add(r.AllRelations())
	fmt.Fprintln(w)
	row("overall", all)
	if detail {
		writeList(w, "misses (in gold, not extracted)", r.Misses)
		writeList(w, "false hits (extracted, not in gold)", r.FalseHits)
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// writeList prints a heading and the lines under it, sorted.
func writeList(w io.Writer, heading string, lines []string) {
	fmt.Fprintln(w, "\n"+heading+":")
	for _, s := range sortedCopy(lines) {
		fmt.Fprintln(w, "  ", s)
	}
}

// clean collapses runs of white space, which a page or a PDF may break
// differently from the text.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
