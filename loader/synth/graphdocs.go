package synth

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
)

// docPlan is one document before it is written: the facts it states, the
// facts it repeats from an earlier one, and entities it only names.
type docPlan struct {
	facts, repeats, mentions []int32
}

// documents lays the facts out in documents: ordered by the day of what
// they report (a meeting's, an event's, an agreement's, or a random one for
// facts about persons and bodies), so that a document gathers what one
// meeting or event brought, cut every perDocument facts.
func (g *graphGen) documents(perDocument int) []*graph.Extraction {
	r := g.r
	for i := range g.facts {
		f := &g.facts[i]
		f.anchor = g.anchor(f.factKey)
		f.day = g.ents[f.anchor].day
		if f.day < 0 {
			f.day = int32(r.Intn(spanDays))
		}
	}
	order := make([]int32, len(g.facts))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		fa, fb := &g.facts[a], &g.facts[b]
		return cmp.Or(cmp.Compare(fa.day, fb.day), cmp.Compare(fa.anchor, fb.anchor), cmp.Compare(a, b))
	})
	ndocs := (len(order) + perDocument - 1) / perDocument
	if ndocs == 0 {
		ndocs = (len(g.ents) + 99) / 100
	}
	plans := make([]docPlan, ndocs)
	for k, fi := range order {
		plans[k/perDocument].facts = append(plans[k/perDocument].facts, fi)
	}
	// Some facts are stated again by a later document, within a few weeks'
	// worth of documents.
	for d := range plans {
		for _, fi := range plans[d].facts {
			if later := ndocs - d - 1; later > 0 && r.Float64() < restated {
				to := d + 1 + r.Intn(min(later, 200))
				plans[to].repeats = append(plans[to].repeats, fi)
			}
		}
	}
	named := make([]bool, len(g.ents))
	for _, f := range g.facts {
		named[f.from], named[f.to] = true, true
		if f.concerning >= 0 {
			named[f.concerning] = true
		}
	}
	for i, ok := range named {
		if !ok {
			d := r.Intn(ndocs)
			plans[d].mentions = append(plans[d].mentions, int32(i))
		}
	}
	w := docWriter{g: g, seenIn: make([]int32, len(g.ents)), ids: map[string]bool{}}
	for i := range w.seenIn {
		w.seenIn[i] = -1
	}
	xs := make([]*graph.Extraction, ndocs)
	for d := range plans {
		xs[d] = w.write(d, &plans[d])
	}
	return xs
}

// docWriter turns docPlans into extractions.
type docWriter struct {
	g      *graphGen
	seenIn []int32 // the last document each entity was added to
	ids    map[string]bool
	x      *graph.Extraction
	d      int32
	offset int // in runes, where the next sentence starts
}

func (w *docWriter) entity(i int32) string {
	if w.seenIn[i] != w.d {
		w.seenIn[i] = w.d
		w.x.Entities = append(w.x.Entities, w.g.ents[i].Entity)
	}
	return w.g.ents[i].ID
}

func (w *docWriter) write(d int, p *docPlan) *graph.Extraction {
	g, r := w.g, w.g.r
	w.x, w.d, w.offset = &graph.Extraction{}, int32(d), 0
	// A document is published a day or two after the last thing it reports.
	var day, lead int32 = int32(r.Intn(spanDays)), -1
	if len(p.facts) > 0 {
		lead, day = g.facts[p.facts[0]].anchor, 0
		for _, fi := range p.facts {
			day = max(day, g.facts[fi].day)
		}
	}
	pub := firstDay.AddDate(0, 0, int(day)+1+r.Intn(2))
	w.x.Document = w.header(d, lead, pub)
	for _, fi := range p.facts {
		w.state(&g.facts[fi], false)
	}
	for _, fi := range p.repeats {
		w.state(&g.facts[fi], true)
	}
	for _, i := range p.mentions {
		w.entity(i)
	}
	return w.x
}

// header titles a document after what it mostly reports, published by a
// body: the one it is about, or a busy one.
func (w *docWriter) header(d int, lead int32, pub time.Time) graph.DocumentMeta {
	g, r := w.g, w.g.r
	publisher := int32(-1)
	if lead >= 0 {
		switch e := &g.ents[lead]; e.Type {
		case graph.Organization, graph.State:
			publisher = lead
		case graph.Meeting:
			publisher = e.body
		}
	}
	if publisher < 0 {
		publisher = g.orgs.draw(r)
	}
	if publisher < 0 {
		publisher = g.states.draw(r)
	}
	by := g.ents[publisher].Name
	var title string
	switch {
	case lead >= 0 && g.ents[lead].Type == graph.Meeting:
		title = "Final communiqué of " + g.the(lead)
	case lead >= 0 && g.ents[lead].Type == graph.Event:
		title = fmt.Sprintf("%s condemns %s", capFirst(g.the(publisher)), g.the(lead))
	case lead >= 0 && g.ents[lead].Type == graph.Agreement:
		title = fmt.Sprintf("Statement of %s on %s", g.the(publisher), g.the(lead))
	default:
		title = fmt.Sprintf("Statement of %s on %s", g.the(publisher), pick(r, topics))
	}
	date := graph.DateOf(pub)
	id, base := graph.DocumentID(date, title), title
	for k := 2; w.ids[id]; k++ {
		title = fmt.Sprintf("%s (%d)", base, k)
		id = graph.DocumentID(date, title)
	}
	w.ids[id] = true
	return graph.DocumentMeta{ID: id, Title: title, Published: date, Publisher: by,
		Source: fmt.Sprintf("synth-graph-%06d", d+1)}
}

// state adds a relation statement with its sentence, at the running offset
// of the document's imagined text.
func (w *docWriter) state(f *genFact, again bool) {
	g := w.g
	rel := graph.Relation{Type: graph.RelationTypes[f.typ], From: w.entity(f.from), To: w.entity(f.to)}
	if f.concerning >= 0 {
		rel.Concerning = w.entity(f.concerning)
	}
	if f.typ == relHoldsRole {
		rel.Role = allRoles[f.role]
	}
	text := w.sentence(f, rel.Role, again)
	n := utf8.RuneCountInString(text)
	rel.Evidence = &graph.Evidence{Start: w.offset, End: w.offset + n, Text: text}
	w.offset += n + 1
	rel.Confidence = math.Round((0.55+0.44*g.r.Float64())*100) / 100
	w.x.Relations = append(w.x.Relations, rel)
}

// sentence says a fact as communiqués do.
func (w *docWriter) sentence(f *genFact, role string, again bool) string {
	g, r := w.g, w.g.r
	from, to := g.the(f.from), g.the(f.to)
	var s string
	switch f.typ {
	case relHoldsRole:
		s = pick(r, []string{"%[1]s, %[3]s of %[2]s, said that the situation called for action.",
			"The %[3]s of %[2]s, %[1]s, met a delegation.", "%[1]s, %[3]s of %[2]s, stressed the need for a political solution."})
		s = fmt.Sprintf(s, from, to, role)
	case relPartOf:
		s = fmt.Sprintf(pick(r, []string{"%s, part of %s, met in full session.", "%s of %s issued a statement."}), from, to)
	case relHeld:
		s = fmt.Sprintf(pick(r, []string{"%s held %s.", "%s concluded %s."}), from, to)
	case relAttended:
		s = fmt.Sprintf(pick(r, []string{"%s took part in %s.", "%s attended %s.", "Among the participants in %[2]s was %[1]s."}), from, to)
	case relCondemned:
		s = fmt.Sprintf(pick(r, []string{"%s condemned %s", "%s strongly denounced %s"}), from, to)
		if f.concerning >= 0 {
			s += " over " + g.the(f.concerning)
		}
		s += "."
	case relOccurredIn:
		s = fmt.Sprintf(pick(r, []string{"%s took place in %s.", "%s happened in %s."}), from, to)
	case relPartyTo:
		s = fmt.Sprintf(pick(r, []string{"%s signed %s.", "%s is a party to %s."}), from, to)
	case relReferences:
		s = fmt.Sprintf(pick(r, []string{"%s discussed %s.", "%s was a breach of %s."}), from, to)
	}
	if again {
		s = strings.TrimSuffix(s, ".") + ", as reported earlier."
	}
	return capFirst(s)
}

// the is an entity's name as a sentence writes it: with "the" before a
// body, a meeting, an event, an agreement or a named site, not before a
// person, a state, a town or a city.
func (g *graphGen) the(i int32) string {
	e := &g.ents[i]
	switch {
	case e.Type == graph.Person || e.Type == graph.State,
		e.Type == graph.Place && (e.PlaceType == "town" || e.PlaceType == "city" || e.PlaceType == "province"),
		strings.HasPrefix(e.Name, "UN "):
		return e.Name
	}
	return "the " + e.Name
}
