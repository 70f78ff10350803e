package synth

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
)

// graphStats is what a test reads off generated extractions.
type graphStats struct {
	entities  map[string]graph.Entity // by id, as the first document gives it
	facts     map[string]graph.Relation
	degree    map[string]int // distinct facts per entity, as either end
	docs      map[string]bool
	statement int
}

func statsOf(t *testing.T, xs []*graph.Extraction) graphStats {
	t.Helper()
	s := graphStats{entities: map[string]graph.Entity{}, facts: map[string]graph.Relation{},
		degree: map[string]int{}, docs: map[string]bool{}}
	for _, x := range xs {
		if err := x.Validate(); err != nil {
			t.Fatalf("document %s: %v", x.Document.ID, err)
		}
		if s.docs[x.Document.ID] {
			t.Fatalf("document id %s appears twice", x.Document.ID)
		}
		s.docs[x.Document.ID] = true
		for _, e := range x.Entities {
			if prev, ok := s.entities[e.ID]; ok && !reflect.DeepEqual(prev, e) {
				t.Fatalf("entity %s differs between documents: %+v and %+v", e.ID, prev, e)
			}
			s.entities[e.ID] = e
		}
		for _, r := range x.Relations {
			s.statement++
			id := graph.FactID(&r)
			if _, ok := s.facts[id]; !ok {
				s.facts[id] = r
				s.degree[r.From]++
				s.degree[r.To]++
			}
		}
	}
	return s
}

func TestGraph_SizesAndValidity(t *testing.T) {
	for _, tc := range []struct {
		name                        string
		entities, relations, perDoc int
		wantFacts                   int // -1: as many as asked
		wantDocs                    int // 0: not checked
	}{
		{"small", 2_000, 20_000, 40, -1, 500},
		{"dense", 500, 20_000, 100, -1, 200},
		{"no relations", 250, 0, 50, 0, 3},
		{"default per document", 1_000, 5_000, 0, -1, 5_000 / DefaultPerDocument},
		// Ten entities cannot carry a thousand distinct facts: Graph gives
		// what fits and stops.
		{"saturated", 10, 1_000, 50, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			xs := Graph(5, tc.entities, tc.relations, tc.perDoc)
			s := statsOf(t, xs)
			if len(s.entities) != tc.entities {
				t.Errorf("%d distinct entities, want %d", len(s.entities), tc.entities)
			}
			switch {
			case tc.wantFacts == -1 && len(s.facts) != tc.relations:
				t.Errorf("%d distinct facts, want %d", len(s.facts), tc.relations)
			case tc.wantFacts == 0 && tc.relations == 0 && len(s.facts) != 0:
				t.Errorf("%d facts, want none", len(s.facts))
			case tc.wantFacts == 0 && tc.relations > 0 && (len(s.facts) == 0 || len(s.facts) >= tc.relations):
				t.Errorf("%d distinct facts from %d entities, want some but fewer than %d", len(s.facts), tc.entities, tc.relations)
			}
			if tc.wantDocs > 0 && len(xs) != tc.wantDocs {
				t.Errorf("%d documents, want %d", len(xs), tc.wantDocs)
			}
			// Restated facts make a document a little longer, never much.
			per := tc.perDoc
			if per <= 0 {
				per = DefaultPerDocument
			}
			if tc.relations > 0 {
				for _, x := range xs {
					if len(x.Relations) > 2*per {
						t.Fatalf("document %s states %d relations, over twice the %d asked", x.Document.ID, len(x.Relations), per)
					}
				}
			}
		})
	}
}

func TestGraph_NothingForNoEntities(t *testing.T) {
	for _, tc := range []struct{ entities, relations int }{{0, 100}, {-5, 100}, {100, -1}} {
		if xs := Graph(1, tc.entities, tc.relations, 50); len(xs) != 0 {
			t.Errorf("Graph(1, %d, %d, 50) gave %d documents, want none", tc.entities, tc.relations, len(xs))
		}
	}
}

func TestGraph_SameSeedSameGraph(t *testing.T) {
	a, b := Graph(9, 1_500, 8_000, 50), Graph(9, 1_500, 8_000, 50)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with seed 9 differ")
	}
	c := Graph(10, 1_500, 8_000, 50)
	if reflect.DeepEqual(a[0], c[0]) {
		t.Error("seeds 9 and 10 give the same first document")
	}
}

// TestGraph_Shape checks what makes the graph realistic enough to measure
// queries on: the proportions of types, every relation type, hubs, the
// names a search must cope with, and sessions numbered in date order.
func TestGraph_Shape(t *testing.T) {
	const entities, relations = 10_000, 100_000
	s := statsOf(t, Graph(2, entities, relations, 50))

	byType := map[graph.EntityType]int{}
	for _, e := range s.entities {
		byType[e.Type]++
	}
	for _, tc := range []struct {
		t        graph.EntityType
		min, max float64 // share of the entities
	}{
		{graph.Person, 0.30, 0.40}, {graph.Organization, 0.10, 0.14}, {graph.Place, 0.15, 0.19},
		{graph.Agreement, 0.03, 0.05}, {graph.Meeting, 0.16, 0.20}, {graph.Event, 0.11, 0.15},
		{graph.State, 0.0005, 0.002},
	} {
		if share := float64(byType[tc.t]) / entities; share < tc.min || share > tc.max {
			t.Errorf("%s are %.4f of the entities, want between %v and %v", tc.t, share, tc.min, tc.max)
		}
	}

	byRel := map[graph.RelationType]int{}
	for _, r := range s.facts {
		byRel[r.Type]++
		if r.Evidence == nil || r.Evidence.Text == "" || r.Evidence.End-r.Evidence.Start != utf8.RuneCountInString(r.Evidence.Text) {
			t.Fatalf("fact %s has evidence %+v, want a sentence whose offsets span it", graph.FactID(&r), r.Evidence)
		}
		if r.Confidence < 0.5 || r.Confidence > 1 {
			t.Fatalf("fact %s has confidence %v, want one in [0.5, 1]", graph.FactID(&r), r.Confidence)
		}
	}
	for _, rt := range graph.RelationTypes {
		if byRel[rt] < relations/200 {
			t.Errorf("%d %s facts, want at least %d", byRel[rt], rt, relations/200)
		}
	}
	if s.statement <= len(s.facts) {
		t.Errorf("%d statements of %d facts: no fact is stated twice", s.statement, len(s.facts))
	}

	var degrees []int
	for _, d := range s.degree {
		degrees = append(degrees, d)
	}
	sort.Ints(degrees)
	median, top := degrees[len(degrees)/2], degrees[len(degrees)-1]
	if top < 50*median {
		t.Errorf("the busiest entity has %d facts and the median one %d: want hubs, over 50 times the median", top, median)
	}
	if len(s.degree) < entities*9/10 {
		t.Errorf("%d of %d entities have a relationship, want nine in ten", len(s.degree), entities)
	}

	var article, diacritic, aliased int
	for _, e := range s.entities {
		if strings.Contains(e.Name, "al-") || strings.Contains(e.Name, "el-") {
			article++
		}
		for _, n := range e.Names() {
			if graph.Fold(n) != n {
				diacritic++
				break
			}
		}
		if len(e.Aliases) > 0 {
			aliased++
		}
	}
	for _, c := range []struct {
		what string
		n    int
	}{{"an al- or el- article", article}, {"a name with diacritics", diacritic}, {"aliases", aliased}} {
		if c.n < entities/100 {
			t.Errorf("%d entities have %s, want at least %d", c.n, c.what, entities/100)
		}
	}

	// A body's sessions begin in the order of their numbers.
	type session struct {
		n     int
		start graph.Date
	}
	sessions := map[string][]session{}
	for _, e := range s.entities {
		if e.Type == graph.Meeting && e.Session > 0 {
			body := strings.TrimSuffix(e.ID, ":"+strconv.Itoa(e.Session))
			sessions[body] = append(sessions[body], session{e.Session, e.Start})
		}
	}
	if len(sessions) == 0 {
		t.Fatal("no numbered sessions")
	}
	for body, ss := range sessions {
		sort.Slice(ss, func(i, j int) bool { return ss[i].n < ss[j].n })
		for i := 1; i < len(ss); i++ {
			if ss[i].start < ss[i-1].start {
				t.Fatalf("%s: session %d starts %s, before session %d (%s)", body, ss[i].n, ss[i].start, ss[i-1].n, ss[i-1].start)
			}
		}
	}
}

func BenchmarkGraph(b *testing.B) {
	for b.Loop() {
		Graph(1, 10_000, 100_000, 50)
	}
}
