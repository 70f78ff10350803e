package storetest

import (
	"fmt"
	"math"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// The cases of Involving, Edges and Search, for the traversals and the name
// search of the GraphQL API.

func testInvolving(t *testing.T, s graph.Store) {
	for _, c := range []struct {
		name string
		f    graph.FactFilter
		want []string // any order: facts come back by id
	}{
		{"both ends", graph.FactFilter{Involving: []string{council}},
			[]string{fCondemnShell, fHeld, fRole, fObrienRole, fReturnPartOf, fArPartOf}},
		{"from and concerning", graph.FactFilter{Involving: []string{shelling}}, []string{fShellingIn, fCondemnShell}},
		{"to and concerning", graph.FactFilter{Involving: []string{accord}}, []string{fPartyTo, fFedorCondemns}},
		{"from and to", graph.FactFilter{Involving: []string{ayse}}, []string{fRole, fFedorCondemns}},
		{"two entities, a fact between them once", graph.FactFilter{Involving: []string{session7, lakeside}},
			[]string{fHeld, fAttended, fSessionIn}},
		{"ids with quotes and other scripts", graph.FactFilter{Involving: []string{obrien, fedor, arCouncil}},
			[]string{fObrienRole, fFedorCondemns, fArPartOf}},
		{"unknown entity", graph.FactFilter{Involving: []string{"person:nobody"}}, nil},
		{"and types", graph.FactFilter{Involving: []string{council}, Types: []graph.RelationType{graph.HoldsRole}},
			[]string{fRole, fObrienRole}},
		{"and condemnations, by concerning too", graph.FactFilter{Involving: []string{accord, northland},
			Types: []graph.RelationType{graph.Condemned}}, []string{fFedorCondemns, fCondemnShell}},
		{"and from", graph.FactFilter{Involving: []string{council}, From: []string{ayse}}, []string{fRole}},
		{"and to", graph.FactFilter{Involving: []string{ayse}, To: []string{council}}, []string{fRole}},
		{"and from, disjoint", graph.FactFilter{Involving: []string{lakeside}, From: []string{council}}, nil},
		{"and concerning", graph.FactFilter{Involving: []string{shelling}, Concerning: []string{shelling}},
			[]string{fCondemnShell}},
		{"and concerning, disjoint", graph.FactFilter{Involving: []string{accord}, Concerning: []string{shelling}}, nil},
		{"and document", graph.FactFilter{Involving: []string{council}, Document: doc2}, []string{fRole, fHeld}},
		{"and ids", graph.FactFilter{Involving: []string{council}, IDs: []string{fHeld, fPartyTo}}, []string{fHeld}},
	} {
		t.Run(c.name, func(t *testing.T) {
			expectEqual(t, "fact ids", factIDs(mustFacts(t, s, c.f)), sortedCopy(c.want))
		})
	}
	t.Run("limit", func(t *testing.T) {
		got := factIDs(mustFacts(t, s, graph.FactFilter{Involving: []string{council}, Limit: 2}))
		want := sortedCopy([]string{fCondemnShell, fHeld, fRole, fObrienRole, fReturnPartOf, fArPartOf})[:2]
		expectEqual(t, "fact ids", got, want)
	})
}

func testEdges(t *testing.T, s graph.Store) {
	// Written out for one filter: a condemnation with what it concerns, a
	// relation without, ordered by id.
	got := mustEdges(t, s, graph.FactFilter{Involving: []string{shelling}})
	want := []graph.Edge{
		{ID: fCondemnShell, Type: graph.Condemned, From: council, To: northland, Concerning: shelling},
		{ID: fShellingIn, Type: graph.OccurredIn, From: shelling, To: riverton},
	}
	if want[0].ID > want[1].ID {
		want[0], want[1] = want[1], want[0]
	}
	expectEqual(t, "edges involving the shelling", got, want)
	// A role runs from the person to the body.
	expectEqual(t, "edges of a role", mustEdges(t, s, graph.FactFilter{IDs: []string{fObrienRole}}),
		[]graph.Edge{{ID: fObrienRole, Type: graph.HoldsRole, From: obrien, To: council}})

	for _, c := range []struct {
		name string
		f    graph.FactFilter
	}{
		{"all", graph.FactFilter{}},
		{"limit", graph.FactFilter{Limit: 3}},
		{"involving", graph.FactFilter{Involving: []string{council, accord}}},
		{"involving, types and limit", graph.FactFilter{Involving: []string{council, accord},
			Types: []graph.RelationType{graph.PartOf, graph.Condemned}, Limit: 2}},
		{"ids", graph.FactFilter{IDs: []string{fRole, fFedorCondemns, "fact:none"}}},
		{"from and to", graph.FactFilter{From: []string{northland, council}, To: []string{session7}}},
		{"concerning", graph.FactFilter{Concerning: []string{accord, shelling}}},
		{"document", graph.FactFilter{Document: doc3}},
		{"document and involving", graph.FactFilter{Document: doc1, Involving: []string{council}}},
		{"types", graph.FactFilter{Types: []graph.RelationType{graph.OccurredIn, graph.HoldsRole}}},
		{"nothing", graph.FactFilter{From: []string{"person:nobody"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			facts := mustFacts(t, s, c.f)
			var want []graph.Edge
			for _, f := range facts {
				want = append(want, graph.Edge{ID: f.ID, Type: f.Type, From: f.From, To: f.To, Concerning: f.Concerning})
			}
			expectEqual(t, "edges", mustEdges(t, s, c.f), want)
			if c.name != "nothing" && len(want) == 0 {
				t.Errorf("Facts(%+v) found nothing: the case compares nothing", c.f)
			}
		})
	}
}

// The entities of the search communiqué. Each reaches a different tier of
// graph.SearchScore for the query "Hussein Haddad".
const (
	docSearch      = "document:2019-04-02-search-communique"
	husseinHaddad  = "person:hussein-haddad"            // the name
	hHaddad        = "person:h-haddad"                  // an alias
	husaynHaddad   = "person:husayn-al-haddad"          // every token, another spelling
	haddadFund     = "organization:hussein-haddad-fund" // every token and one more
	haddadin       = "person:hussein-haddadin"          // a token begins one of the name's
	hishamSquare   = "place:hisham-haddad-square"       // one token of two
	hishamNasser   = "person:hisham-nasser"             // none
	tradeUnion     = "organization:trade-and-industry-union"
	searchDocument = "search.txt"
)

// searchDoc is dated after the third communiqué, so that the name it gives
// Ayşe Çavuşoğlu becomes an alias.
func searchDoc() *graph.Extraction {
	square := place(hishamSquare, "Hisham Haddad Square", "site")
	return &graph.Extraction{
		Document: meta(docSearch, "Search communiqué", "2019-04-02", "", searchDocument, "sha-search-1"),
		Entities: []graph.Entity{
			entity(husseinHaddad, graph.Person, "Hussein Haddad"),
			entity(hHaddad, graph.Person, "H. Haddad", "Hussein Haddad"),
			entity(husaynHaddad, graph.Person, "Ḥusayn al-Ḥaddād"),
			entity(haddadFund, graph.Organization, "Houssein Haddad Fund"),
			entity(haddadin, graph.Person, "Hussein Haddadin"),
			square,
			entity(hishamNasser, graph.Person, "Hisham Nasser"),
			entity(tradeUnion, graph.Organization, `Trade AND Industry* \ "Union": ~2`),
			entity(ayse, graph.Person, "Ayşe Çavuşoğlu", "Madam Chair"),
		},
	}
}

// hit is a search hit as the cases write it.
type hit struct {
	ID    string
	Score float64
}

func testSearch(t *testing.T, fresh func(t *testing.T) graph.Store) {
	s := fresh(t)
	if got := mustSearch(t, s, graph.SearchQuery{Text: "Hussein Haddad"}); len(got) != 0 {
		t.Errorf("Search on an empty store = %v, want no hits", got)
	}
	mustPut(t, s, third())
	mustPut(t, s, searchDoc())

	// The tiers for one query, best first, each hit scored as
	// graph.SearchScore documents.
	tiers := []hit{
		{husseinHaddad, 5},   // the name
		{hHaddad, 4},         // an alias
		{husaynHaddad, 3.5},  // every token, none more
		{haddadFund, 3.25},   // every token, one more
		{haddadin, 2.5},      // "haddad" begins "haddadin"
		{hishamSquare, 1.25}, // one token of two
	}
	for _, c := range []struct {
		name string
		q    graph.SearchQuery
		want []hit
	}{
		{"tiers", graph.SearchQuery{Text: "Hussein Haddad"}, tiers},
		{"case and hyphen are the same name", graph.SearchQuery{Text: "HUSSEIN-HADDAD"}, tiers},
		{"limit", graph.SearchQuery{Text: "Hussein Haddad", Limit: 3}, tiers[:3]},
		{"types", graph.SearchQuery{Text: "Hussein Haddad", Types: []graph.EntityType{graph.Place, graph.Organization}},
			[]hit{{haddadFund, 3.25}, {hishamSquare, 1.25}}},
		{"types and limit", graph.SearchQuery{Text: "Hussein Haddad", Types: []graph.EntityType{graph.Person}, Limit: 2},
			[]hit{{husseinHaddad, 5}, {hHaddad, 4}}},
		{"type outside the closed set", graph.SearchQuery{Text: "Hussein Haddad", Types: []graph.EntityType{"Planet"}}, nil},
		// Diacritics, the article and another transliteration: the name of
		// one entity, every token of most others.
		{"diacritics and article", graph.SearchQuery{Text: "Ḥusayn al-Ḥaddād"}, []hit{
			{husaynHaddad, 5}, {hHaddad, 3.5}, {husseinHaddad, 3.5}, {haddadFund, 3.25}, {haddadin, 2.5}, {hishamSquare, 1.25}}},
		{"without the article", graph.SearchQuery{Text: "husayn haddad"}, []hit{
			{hHaddad, 3.5}, {husaynHaddad, 3.5}, {husseinHaddad, 3.5}, {haddadFund, 3.25}, {haddadin, 2.5}, {hishamSquare, 1.25}}},
		// As a user types: the last word is completed.
		{"prefix", graph.SearchQuery{Text: "Hadd"}, []hit{
			{hHaddad, 2.25}, {husaynHaddad, 2.25}, {husseinHaddad, 2.25}, {haddadin, 2.25},
			{haddadFund, 2 + 0.5/3}, {hishamSquare, 2 + 0.5/3}}},
		{"prefix after a word", graph.SearchQuery{Text: "hisham had"}, []hit{
			{hishamSquare, 2 + 0.5/2}, {haddadFund, 1.25}, {hHaddad, 1.25}, {hishamNasser, 1.25},
			{husaynHaddad, 1.25}, {husseinHaddad, 1.25}, {haddadin, 1.25}}},
		{"one letter is not completed", graph.SearchQuery{Text: "H"}, []hit{{hHaddad, 3.25}}},
		// Merged names: a later document's name for an entity is an alias.
		{"alias from another document", graph.SearchQuery{Text: "madam chair"}, []hit{{ayse, 4}}},
		{"name from the earliest document", graph.SearchQuery{Text: "CAVUSOGLU"}, []hit{{ayse, 5}}},
		{"word of an alias, diacritics", graph.SearchQuery{Text: "ayse"}, []hit{{ayse, 3.25}}},
		// Query syntax of Lucene and Cypher is only text.
		{"AND", graph.SearchQuery{Text: "AND"}, []hit{{tradeUnion, 3.1}}},
		{"wildcard", graph.SearchQuery{Text: "Industry*"}, []hit{{tradeUnion, 3.1}}},
		{"quotes and colon", graph.SearchQuery{Text: `"Union":`}, []hit{{tradeUnion, 3.1}}},
		{"fuzzy operator", graph.SearchQuery{Text: "~2"}, []hit{{tradeUnion, 3.1}}},
		{"OR is a word", graph.SearchQuery{Text: "trade OR industry"}, []hit{{tradeUnion, 1 + 0.5*2/3}}},
		{"the whole name", graph.SearchQuery{Text: `Trade AND Industry* \ "Union": ~2`}, []hit{{tradeUnion, 5}}},
		{"backslash only", graph.SearchQuery{Text: `\`}, nil},
		{"operators only", graph.SearchQuery{Text: `* ~ : " AND`}, []hit{{tradeUnion, 3.1}}},
		{"Cypher", graph.SearchQuery{Text: "MATCH (n)"}, []hit{{matchOrg, 3 + 0.5/3}}},
		{"Cypher closing a pattern", graph.SearchQuery{Text: "}) RETURN"}, []hit{{returnOrg, 3.25}}},
		// a leading "the" is dropped from the query as from names: one
		// token of four
		{"quotes and a backslash", graph.SearchQuery{Text: `\ "the Hawk"`}, []hit{{obrien, 3 + 0.5/4}}},
		{"alias with an apostrophe", graph.SearchQuery{Text: "O’Brien"}, []hit{{obrien, 4}}},
		{"Cyrillic", graph.SearchQuery{Text: "Фёдор"}, []hit{{fedor, 3.25}}},
		{"Cyrillic prefix", graph.SearchQuery{Text: "фед"}, []hit{{fedor, 2.25}}},
		{"Arabic name, vowel marks", graph.SearchQuery{Text: "مجلس الوادي"}, []hit{{arCouncil, 5}}},
		{"Arabic word with its article", graph.SearchQuery{Text: "الوادي"}, []hit{{arCouncil, 3.25}}},
		{"no match", graph.SearchQuery{Text: "Zebulon"}, nil},
		{"empty", graph.SearchQuery{Text: ""}, nil},
		{"punctuation only", graph.SearchQuery{Text: "-- // **"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			expectHits(t, s, c.q, c.want)
		})
	}

	t.Run("hits are whole entities", func(t *testing.T) {
		got := mustSearch(t, s, graph.SearchQuery{Text: "madam chair"})
		want := mustEntities(t, s, graph.EntityFilter{IDs: []string{ayse}})
		if len(got) != 1 || len(want) != 1 {
			t.Fatalf("search gave %d hits and Entities %d entities, want 1 and 1", len(got), len(want))
		}
		expectEqual(t, "entity of the hit", got[0].Entity, want[0])
		if len(got[0].Entity.Documents) != 2 {
			t.Errorf("hit supported by %v, want the third and the search communiqués", got[0].Entity.Documents)
		}
		bare := mustSearch(t, s, graph.SearchQuery{Text: "madam chair", WithoutDocuments: true})
		want[0].Documents = nil
		if len(bare) != 1 || bare[0].Score != got[0].Score {
			t.Fatalf("search without documents gave %v, want the same hit as with them", bare)
		}
		expectEqual(t, "entity of the hit without documents", bare[0].Entity, want[0])
	})

	// The index follows the documents: a replaced version's names go, a
	// removed document's entities go, and what another document still
	// supports keeps only the names it gives.
	t.Run("replace and remove", func(t *testing.T) {
		x := searchDoc()
		x.Document.SHA256 = "sha-search-2"
		x.Entities[0].Name = "Hussein Haddad Pasha"
		x.Entities[0].ID = "person:hussein-haddad-pasha"
		mustPut(t, s, x)
		expectHits(t, s, graph.SearchQuery{Text: "pasha"}, []hit{{"person:hussein-haddad-pasha", 3 + 0.5/3}})
		expectHits(t, s, graph.SearchQuery{Text: "Hussein Haddad", Limit: 2}, []hit{{hHaddad, 4}, {husaynHaddad, 3.5}})
		if err := s.RemoveDocument(t.Context(), docSearch); err != nil {
			t.Fatalf("RemoveDocument(%s): %v", docSearch, err)
		}
		expectHits(t, s, graph.SearchQuery{Text: "Hussein Haddad"}, nil)
		expectHits(t, s, graph.SearchQuery{Text: "madam chair"}, nil)
		expectHits(t, s, graph.SearchQuery{Text: "Cavusoglu"}, []hit{{ayse, 5}})
	})
}

// expectHits compares hits by entity id and score; scores written as sums
// may differ from the computed ones in the last bit.
func expectHits(t *testing.T, s graph.Store, q graph.SearchQuery, want []hit) {
	t.Helper()
	var got []hit
	for _, h := range mustSearch(t, s, q) {
		got = append(got, hit{h.Entity.ID, h.Score})
	}
	same := len(got) == len(want)
	for i := 0; same && i < len(got); i++ {
		same = got[i].ID == want[i].ID && math.Abs(got[i].Score-want[i].Score) < 1e-9
	}
	if !same {
		t.Errorf("Search(%+v):\ngot  %s\nwant %s", q, showHits(got), showHits(want))
	}
}

func showHits(hs []hit) string {
	s := ""
	for _, h := range hs {
		s += fmt.Sprintf("\n  %-40s %.4f", h.ID, h.Score)
	}
	return s
}

func mustEdges(t *testing.T, s graph.Store, f graph.FactFilter) []graph.Edge {
	t.Helper()
	es, err := s.Edges(t.Context(), f)
	if err != nil {
		t.Fatalf("Edges(%+v): %v", f, err)
	}
	return es
}

func mustSearch(t *testing.T, s graph.Store, q graph.SearchQuery) []graph.SearchHit {
	t.Helper()
	hits, err := s.Search(t.Context(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return hits
}
