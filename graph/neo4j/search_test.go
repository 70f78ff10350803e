package neo4j_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/neo4j"
)

// TestSearchIndex checks the index Search reads: full text over the search
// tokens, split on white space only, and updated in the commit.
func TestSearchIndex(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	rows, err := neo4j.Cypher(t.Context(), s, "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options "+
		"WHERE name = $name RETURN state, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'], "+
		"options.indexConfig['fulltext.eventually_consistent']", map[string]any{"name": neo4j.SearchIndex})
	if err != nil || len(rows) != 1 || fmt.Sprint(rows[0]) != "[ONLINE [Entity] [searchText] whitespace false]" {
		t.Errorf("search index %s: %v, %v; want one ONLINE over Entity.searchText, whitespace analyzer, not eventually consistent",
			neo4j.SearchIndex, rows, err)
	}
	mustPut(t, s, extraction("document:a", "2019-02-01", "a1"))
	rows, err = neo4j.Cypher(t.Context(), s, "MATCH (e:Entity {id: $id}) RETURN e.searchText",
		map[string]any{"id": "person:amal-kassem"})
	if err != nil || len(rows) != 1 || rows[0][0] != "amal kasam" {
		t.Errorf("searchText of Amal Kassem (alias Kassem) = %v, %v; want %q", rows, err, "amal kasam")
	}
}

// TestSearchTextUpgrade opens a graph a kg of schema version 1 wrote, whose
// entities have no searchText: Open gives them theirs, so that Search finds
// them, and records the current version.
func TestSearchTextUpgrade(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	ctx := t.Context()
	mustPut(t, s, extraction("document:a", "2019-02-01", "a1"))
	if _, err := neo4j.Cypher(ctx, s, "MATCH (e:Entity) REMOVE e.searchText WITH count(*) AS n "+
		"MATCH (v:KGSchema {id: 'kg'}) SET v.version = 1", nil); err != nil {
		t.Fatal(err)
	}
	q := graph.SearchQuery{Text: "Port Vel"}
	if hits, err := s.Search(ctx, q); err != nil || len(hits) != 0 {
		t.Fatalf("Search(%q) without searchText = %v, %v; want no hits, or the case proves nothing", q.Text, hits, err)
	}
	again, err := neo4j.Open(ctx, s.Config())
	if err != nil {
		t.Fatalf("Open of a version 1 graph: %v", err)
	}
	defer again.Close()
	hits, err := again.Search(ctx, q)
	var got []string
	for _, h := range hits {
		got = append(got, fmt.Sprintf("%s %.2f", h.Entity.ID, h.Score))
	}
	// the place by its name, the event by every token and one more
	if want := "[place:port-vel 5.00 event:port-vel-shelling 3.25]"; err != nil || fmt.Sprint(got) != want {
		t.Errorf("Search(%q) after the upgrade = %v, %v; want %s", q.Text, got, err, want)
	}
	rows, err := neo4j.Cypher(ctx, s, "MATCH (v:KGSchema {id: 'kg'}) RETURN v.version", nil)
	if err != nil || len(rows) != 1 || rows[0][0] != int64(neo4j.SchemaVersion) {
		t.Errorf("recorded schema version = %v, %v; want %d", rows, err, neo4j.SchemaVersion)
	}
}

// sameSearchesAndEdges checks that both stores give the same hits, in the
// same order with the same scores, for searches made from the names of
// every third entity (the whole name, its first word, the start of its last
// word as a user types it, limited to two types), and the same edges
// involving them.
func sameSearchesAndEdges(t *testing.T, stage string, emb, n4 graph.Store, entities []graph.Entity) {
	t.Helper()
	ctx := t.Context()
	hits, nonEmpty := 0, 0
	for i := 0; i < len(entities); i += 3 {
		e := entities[i]
		words := strings.Fields(e.Name)
		last := []rune(words[len(words)-1])
		queries := []graph.SearchQuery{
			{Text: e.Name},
			{Text: words[0], Limit: 5},
			{Text: strings.Join(words[:len(words)-1], " ") + " " + string(last[:min(len(last), 3)]),
				Types: []graph.EntityType{graph.Person, e.Type}},
		}
		for _, q := range queries {
			want, err := emb.Search(ctx, q)
			if err != nil {
				t.Fatalf("%s: embedded Search(%+v): %v", stage, q, err)
			}
			got, err := n4.Search(ctx, q)
			if err != nil {
				t.Fatalf("%s: neo4j Search(%+v): %v", stage, q, err)
			}
			if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Search(%+v):\nneo4j    %v\nembedded %v", stage, q, showHits(got), showHits(want))
			}
			hits += len(want)
		}
		f := graph.FactFilter{Involving: []string{e.ID, entities[(i+1)%len(entities)].ID}}
		want, err := emb.Edges(ctx, f)
		if err != nil {
			t.Fatalf("%s: embedded Edges(%+v): %v", stage, f, err)
		}
		got, err := n4.Edges(ctx, f)
		if err != nil {
			t.Fatalf("%s: neo4j Edges(%+v): %v", stage, f, err)
		}
		if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Edges(%+v):\nneo4j    %+v\nembedded %+v", stage, f, got, want)
		}
		if len(want) > 0 {
			nonEmpty++
		}
	}
	if hits == 0 || nonEmpty == 0 {
		t.Errorf("%s: the searches found %d hits and %d entities had edges; the comparison proves little", stage, hits, nonEmpty)
	}
}

func showHits(hs []graph.SearchHit) string {
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "\n  %s %.4f", h.Entity.ID, h.Score)
	}
	return b.String()
}

// TestDocumentCountUpgrade opens a graph a kg of schema version 2 wrote,
// whose fact carriers have no count of their documents: Open counts them,
// so that reads without observations say how many documents state each
// fact, and records the current version.
func TestDocumentCountUpgrade(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	ctx := t.Context()
	mustPut(t, s, extraction("document:a", "2019-02-01", "a1"))
	mustPut(t, s, extraction("document:b", "2019-03-01", "b1"))
	if _, err := neo4j.Cypher(ctx, s, "MATCH ()-[r]->() WHERE r.documents IS NOT NULL REMOVE r.documents "+
		"WITH count(*) AS n MATCH (c:Condemnation) REMOVE c.documents "+
		"WITH count(*) AS n MATCH (v:KGSchema {id: 'kg'}) SET v.version = 2", nil); err != nil {
		t.Fatal(err)
	}
	counts := func(s graph.Store) string {
		fs, err := s.Facts(ctx, graph.FactFilter{WithoutObservations: true})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			got = append(got, fmt.Sprintf("%s %d", f.Type, f.DocumentCount))
		}
		return strings.Join(got, ", ")
	}
	if got := counts(s); got != "CONDEMNED 0, HOLDS_ROLE 0, OCCURRED_IN 0" {
		t.Fatalf("counts without the property = %s; want zeros, or the case proves nothing", got)
	}
	again, err := neo4j.Open(ctx, s.Config())
	if err != nil {
		t.Fatalf("Open of a version 2 graph: %v", err)
	}
	defer again.Close()
	// both documents state each of the three facts
	if got, want := counts(again), "CONDEMNED 2, HOLDS_ROLE 2, OCCURRED_IN 2"; got != want {
		t.Errorf("counts after the upgrade = %s; want %s", got, want)
	}
	rows, err := neo4j.Cypher(ctx, s, "MATCH (v:KGSchema {id: 'kg'}) RETURN v.version", nil)
	if err != nil || len(rows) != 1 || rows[0][0] != int64(neo4j.SchemaVersion) {
		t.Errorf("recorded schema version = %v, %v; want %d", rows, err, neo4j.SchemaVersion)
	}
}
