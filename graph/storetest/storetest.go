// Package storetest is the conformance suite of graph.Store: every backend
// runs Run with a function that opens an empty store, and so answers the same
// cases with the same, hand-written expected values.
package storetest

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// Run runs the suite as subtests of t. open must return a new, empty store
// each time it is called; Run closes it when the subtest ends.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	fresh := func(t *testing.T) graph.Store {
		t.Helper()
		s := open(t)
		t.Cleanup(func() { s.Close() })
		return s
	}
	loaded := func(t *testing.T) graph.Store {
		t.Helper()
		s := fresh(t)
		for _, x := range []*graph.Extraction{first(), second(), third()} {
			mustPut(t, s, x)
		}
		return s
	}
	t.Run("EmptyStore", func(t *testing.T) { testEmptyStore(t, fresh(t)) })
	t.Run("PutAndRead", func(t *testing.T) { testPutAndRead(t, fresh(t)) })
	t.Run("DocumentFilters", func(t *testing.T) { testDocumentFilters(t, loaded(t)) })
	t.Run("EntityFilters", func(t *testing.T) { testEntityFilters(t, loaded(t)) })
	t.Run("FactFilters", func(t *testing.T) { testFactFilters(t, loaded(t)) })
	t.Run("Idempotent", func(t *testing.T) { testIdempotent(t, fresh(t)) })
	t.Run("Replace", func(t *testing.T) { testReplace(t, fresh(t)) })
	t.Run("Remove", func(t *testing.T) { testRemove(t, loaded(t)) })
	t.Run("Invalid", func(t *testing.T) { testInvalid(t, fresh) })
	t.Run("DatesAndRoles", func(t *testing.T) { testDatesAndRoles(t, fresh(t), false) })
	t.Run("DatesAndRolesInOneBatch", func(t *testing.T) { testDatesAndRoles(t, fresh(t), true) })
	t.Run("PutDocuments", func(t *testing.T) { testPutDocuments(t, fresh) })
	t.Run("Reload", func(t *testing.T) { testReload(t, fresh) })
	t.Run("Provenance", func(t *testing.T) { testProvenance(t, fresh(t)) })
	t.Run("Names", func(t *testing.T) { testNames(t, fresh(t)) })
	t.Run("Involving", func(t *testing.T) { testInvolving(t, loaded(t)) })
	t.Run("Edges", func(t *testing.T) { testEdges(t, loaded(t)) })
	t.Run("Each", func(t *testing.T) { testEach(t, loaded(t)) })
	t.Run("Search", func(t *testing.T) { testSearch(t, fresh) })
	t.Run("Tenures", func(t *testing.T) { testTenures(t, fresh(t)) })
	t.Run("Summaries", func(t *testing.T) { testSummaries(t, fresh(t)) })
	t.Run("ReadPlan", func(t *testing.T) { testReadPlan(t, loaded(t)) })
}

func testEmptyStore(t *testing.T, s graph.Store) {
	ctx := t.Context()
	docs, err := s.Documents(ctx, graph.DocumentFilter{})
	if err != nil || len(docs) != 0 {
		t.Errorf("Documents on an empty store = %v, %v; want none, no error", docs, err)
	}
	es, err := s.Entities(ctx, graph.EntityFilter{Name: "anyone"})
	if err != nil || len(es) != 0 {
		t.Errorf("Entities on an empty store = %v, %v; want none, no error", es, err)
	}
	fs, err := s.Facts(ctx, graph.FactFilter{Types: []graph.RelationType{graph.HoldsRole}})
	if err != nil || len(fs) != 0 {
		t.Errorf("Facts on an empty store = %v, %v; want none, no error", fs, err)
	}
	if err := s.RemoveDocument(ctx, doc1); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("RemoveDocument on an empty store: error %v with code %q, want %q", err, graph.ErrorCode(err), graph.ENOTFOUND)
	}
}

// The documents as a store returns them once all three are put.
var (
	wantDoc1 = graph.Document{DocumentMeta: meta(doc1, "First communiqué", "2019-01-10",
		"Council of Free Valleys", "first.txt", "sha-first-1"), Entities: 5, Relations: 3}
	wantDoc2 = graph.Document{DocumentMeta: meta(doc2, "Second communiqué", "2019-03-05",
		"Council of Free Valleys", "second.txt", "sha-second-1"), Entities: 5, Relations: 4}
	wantDoc3 = graph.Document{DocumentMeta: meta(doc3, "Third communiqué", "2019-02-01",
		"", "third.txt", "sha-third-1"), Entities: 8, Relations: 5}
)

// wantEntities are the merged entities of the three documents, by id.
func wantEntities() []graph.Entity {
	return []graph.Entity{
		{ID: accord, Type: graph.Agreement, Name: "Valley Accord", Date: "2019-01-30", Documents: []string{doc3}},
		{ID: shelling, Type: graph.Event, Name: "Riverton shelling", EventType: "attack", Date: "2019-01-08",
			Documents: []string{doc1}},
		{ID: session7, Type: graph.Meeting, Name: "Seventh session of the Council", Session: 7,
			Start: "2019-03-01", End: "2019-03-03", Documents: []string{doc2}},
		{ID: council, Type: graph.Organization, Name: "Council of Free Valleys",
			Aliases: []string{"CFV", "The Council"}, Documents: []string{doc1, doc3, doc2}},
		{ID: matchOrg, Type: graph.Organization, Name: "MATCH (n) DETACH DELETE n", Documents: []string{doc3}},
		{ID: returnOrg, Type: graph.Organization, Name: "}) RETURN 1 //", Documents: []string{doc3}},
		{ID: arCouncil, Type: graph.Organization, Name: "مَجْلِس الوادي", Documents: []string{doc3}},
		{ID: ayse, Type: graph.Person, Name: "Ayşe Çavuşoğlu",
			Aliases: []string{"Ayse Cavusoglu", "Çavuşoğlu"}, Documents: []string{doc1, doc3, doc2}},
		{ID: obrien, Type: graph.Person, Name: `Seán O'Brien \ "the Hawk"`, Aliases: []string{`O'Brien`},
			Documents: []string{doc3}},
		{ID: fedor, Type: graph.Person, Name: "Фёдор Иванов", Documents: []string{doc3}},
		{ID: lakeside, Type: graph.Place, Name: "Lakeside", PlaceType: "town", Documents: []string{doc2}},
		{ID: riverton, Type: graph.Place, Name: "Riverton", PlaceType: "city", Documents: []string{doc1}},
		{ID: northland, Type: graph.State, Name: "Northland", Documents: []string{doc1, doc2}},
	}
}

// allFacts are the ids of the eleven facts of the three documents: the role
// stated by both the first and the second is one fact.
var allFacts = []string{fRole, fCondemnShell, fShellingIn, fHeld, fAttended, fSessionIn,
	fObrienRole, fPartyTo, fReturnPartOf, fFedorCondemns, fArPartOf}

func testPutAndRead(t *testing.T, s graph.Store) {
	for _, c := range []struct {
		x    *graph.Extraction
		want graph.PutResult
	}{
		{first(), graph.PutResult{DocumentID: doc1, Status: graph.Added, Entities: 5, Relations: 3}},
		{second(), graph.PutResult{DocumentID: doc2, Status: graph.Added, Entities: 5, Relations: 4}},
		{third(), graph.PutResult{DocumentID: doc3, Status: graph.Added, Entities: 8, Relations: 5}},
	} {
		if got := mustPut(t, s, c.x); got != c.want {
			t.Errorf("PutDocument(%s) = %+v, want %+v", c.x.Document.ID, got, c.want)
		}
	}

	docs := mustDocuments(t, s, graph.DocumentFilter{})
	expectEqual(t, "Documents", docs, []graph.Document{wantDoc1, wantDoc3, wantDoc2})

	es := mustEntities(t, s, graph.EntityFilter{})
	expectEqual(t, "Entities", es, wantEntities())

	fs := mustFacts(t, s, graph.FactFilter{})
	expectEqual(t, "fact ids", factIDs(fs), sortedCopy(allFacts))

	got := mustFacts(t, s, graph.FactFilter{IDs: []string{fRole, fCondemnShell, fSessionIn, fFedorCondemns, fObrienRole}})
	want := []graph.Fact{
		{ID: fRole, Type: graph.HoldsRole, From: ayse, To: council, Role: "President",
			FirstSeen: "2019-01-10", LastSeen: "2019-03-05", Confidence: 0.95,
			Observations: []graph.Observation{
				{DocumentID: doc1, Published: "2019-01-10", Evidence: evR1, Confidence: 0.9},
				{DocumentID: doc2, Published: "2019-03-05", Evidence: evS1, Confidence: 0.95},
			}},
		{ID: fCondemnShell, Type: graph.Condemned, From: council, To: northland, Concerning: shelling,
			FirstSeen: "2019-01-10", LastSeen: "2019-01-10", Confidence: 0.8,
			Observations: []graph.Observation{{DocumentID: doc1, Published: "2019-01-10", Evidence: evR2, Confidence: 0.8}}},
		{ID: fSessionIn, Type: graph.OccurredIn, From: session7, To: lakeside,
			FirstSeen: "2019-03-05", LastSeen: "2019-03-05", Confidence: 0.85,
			Observations: []graph.Observation{{DocumentID: doc2, Published: "2019-03-05", Evidence: evS2, Confidence: 0.85}}},
		{ID: fFedorCondemns, Type: graph.Condemned, From: fedor, To: ayse, Concerning: accord,
			FirstSeen: "2019-02-01", LastSeen: "2019-02-01", Confidence: 0.65,
			Observations: []graph.Observation{{DocumentID: doc3, Published: "2019-02-01", Evidence: evT4, Confidence: 0.65}}},
		{ID: fObrienRole, Type: graph.HoldsRole, From: obrien, To: council, Role: `"Acting" Envoy \ Deputy`,
			FirstSeen: "2019-02-01", LastSeen: "2019-02-01", Confidence: 0.5,
			Observations: []graph.Observation{{DocumentID: doc3, Published: "2019-02-01", Evidence: evT1, Confidence: 0.5}}},
	}
	sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
	expectEqual(t, "selected facts", got, want)
}

func testDocumentFilters(t *testing.T, s graph.Store) {
	for _, c := range []struct {
		name string
		f    graph.DocumentFilter
		want []graph.Document
	}{
		{"all by date", graph.DocumentFilter{}, []graph.Document{wantDoc1, wantDoc3, wantDoc2}},
		{"ids, unknown ignored", graph.DocumentFilter{IDs: []string{doc2, "document:none", doc1}},
			[]graph.Document{wantDoc1, wantDoc2}},
		{"limit", graph.DocumentFilter{Limit: 2}, []graph.Document{wantDoc1, wantDoc3}},
		{"ids and limit", graph.DocumentFilter{IDs: []string{doc2, doc3}, Limit: 1}, []graph.Document{wantDoc3}},
		{"unknown id", graph.DocumentFilter{IDs: []string{"document:none"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			expectEqual(t, "Documents", mustDocuments(t, s, c.f), c.want)
		})
	}
}

func testEntityFilters(t *testing.T, s graph.Store) {
	person, place, meeting := []graph.EntityType{graph.Person}, graph.Place, graph.Meeting
	for _, c := range []struct {
		name string
		f    graph.EntityFilter
		want []string
	}{
		{"all", graph.EntityFilter{}, entityIDs(wantEntities())},
		{"ids, unknown ignored", graph.EntityFilter{IDs: []string{northland, "state:nowhere", ayse}},
			[]string{ayse, northland}},
		{"one type", graph.EntityFilter{Types: person}, []string{ayse, obrien, fedor}},
		{"two types", graph.EntityFilter{Types: []graph.EntityType{place, meeting}},
			[]string{session7, lakeside, riverton}},
		{"name by alias", graph.EntityFilter{Name: "cfv"}, []string{council}},
		{"name by alias without the", graph.EntityFilter{Name: "THE council"}, []string{council}},
		{"name without diacritics", graph.EntityFilter{Name: "cavusoglu"}, []string{ayse}},
		{"name in upper case", graph.EntityFilter{Name: "AYSE ÇAVUŞOĞLU"}, []string{ayse}},
		{"unknown name", graph.EntityFilter{Name: "nobody at all"}, nil},
		{"name and type combine with and", graph.EntityFilter{Name: "Riverton", Types: []graph.EntityType{graph.Event}}, nil},
		{"name and type match", graph.EntityFilter{Name: "Riverton", Types: []graph.EntityType{graph.Place}}, []string{riverton}},
		{"document", graph.EntityFilter{Document: doc2}, []string{session7, council, ayse, lakeside, northland}},
		{"document and types", graph.EntityFilter{Document: doc2, Types: []graph.EntityType{graph.Person, graph.State}},
			[]string{ayse, northland}},
		// The filters apply to the merged entity: a name another document
		// gave still matches an entity this document supports.
		{"document and name", graph.EntityFilter{Document: doc1, Name: "the council"}, []string{council}},
		{"document and name combine with and", graph.EntityFilter{Document: doc2, Name: "Riverton"}, nil},
		{"unknown document", graph.EntityFilter{Document: "document:none"}, nil},
		{"ids and document", graph.EntityFilter{IDs: []string{council, riverton, lakeside}, Document: doc2},
			[]string{council, lakeside}},
		{"limit", graph.EntityFilter{Limit: 2}, []string{accord, shelling}},
		{"type and limit", graph.EntityFilter{Types: []graph.EntityType{graph.Organization}, Limit: 3},
			[]string{council, matchOrg, returnOrg}},
		{"ids and limit", graph.EntityFilter{IDs: []string{northland, riverton, accord}, Limit: 2},
			[]string{accord, riverton}},
	} {
		t.Run(c.name, func(t *testing.T) {
			full := mustEntities(t, s, c.f)
			expectEqual(t, "entity ids", entityIDs(full), c.want)
			// The same read without documents gives the same entities,
			// their Documents left empty.
			for i := range full {
				if len(full[i].Documents) == 0 {
					t.Errorf("entity %s has no documents", full[i].ID)
				}
				full[i].Documents = nil
			}
			bare := c.f
			bare.WithoutDocuments = true
			expectEqual(t, "entities without documents", mustEntities(t, s, bare), full)
		})
	}
}

func testFactFilters(t *testing.T, s graph.Store) {
	for _, c := range []struct {
		name string
		f    graph.FactFilter
		want []string // any order: facts come back by id
	}{
		{"all", graph.FactFilter{}, allFacts},
		{"ids, unknown ignored", graph.FactFilter{IDs: []string{fHeld, "fact:none"}}, []string{fHeld}},
		{"one type", graph.FactFilter{Types: []graph.RelationType{graph.HoldsRole}}, []string{fRole, fObrienRole}},
		{"two types", graph.FactFilter{Types: []graph.RelationType{graph.PartOf, graph.PartyTo}},
			[]string{fPartyTo, fReturnPartOf, fArPartOf}},
		{"type without facts", graph.FactFilter{Types: []graph.RelationType{graph.References}}, nil},
		{"from", graph.FactFilter{From: []string{council}}, []string{fCondemnShell, fHeld}},
		{"from and type", graph.FactFilter{From: []string{council}, Types: []graph.RelationType{graph.Held}},
			[]string{fHeld}},
		{"to", graph.FactFilter{To: []string{council}}, []string{fRole, fObrienRole, fReturnPartOf, fArPartOf}},
		{"to a person", graph.FactFilter{To: []string{ayse}}, []string{fFedorCondemns}},
		{"two ends and two types", graph.FactFilter{To: []string{council, session7},
			Types: []graph.RelationType{graph.HoldsRole, graph.Attended}}, []string{fRole, fObrienRole, fAttended}},
		{"from and to", graph.FactFilter{From: []string{northland}, To: []string{session7}}, []string{fAttended}},
		{"concerning", graph.FactFilter{Concerning: []string{shelling}}, []string{fCondemnShell}},
		{"concerning two", graph.FactFilter{Concerning: []string{shelling, accord}},
			[]string{fCondemnShell, fFedorCondemns}},
		{"document", graph.FactFilter{Document: doc1}, []string{fRole, fCondemnShell, fShellingIn}},
		{"other document", graph.FactFilter{Document: doc2}, []string{fRole, fHeld, fAttended, fSessionIn}},
		{"document and type", graph.FactFilter{Document: doc2, Types: []graph.RelationType{graph.HoldsRole}},
			[]string{fRole}},
		{"from and document combine with and", graph.FactFilter{From: []string{ayse}, Document: doc3}, nil},
		{"unknown entity", graph.FactFilter{From: []string{"person:nobody"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			expectEqual(t, "fact ids", factIDs(mustFacts(t, s, c.f)), sortedCopy(c.want))
		})
	}
	t.Run("limit", func(t *testing.T) {
		expectEqual(t, "fact ids", factIDs(mustFacts(t, s, graph.FactFilter{Limit: 2})), sortedCopy(allFacts)[:2])
		got := factIDs(mustFacts(t, s, graph.FactFilter{To: []string{council}, Limit: 3}))
		expectEqual(t, "fact ids", got, sortedCopy([]string{fRole, fObrienRole, fReturnPartOf, fArPartOf})[:3])
	})
}

func testIdempotent(t *testing.T, s graph.Store) {
	mustPut(t, s, first())
	mustPut(t, s, second())
	before := takeSnapshot(t, s)
	for _, c := range []struct {
		x    *graph.Extraction
		want graph.PutResult
	}{
		{first(), graph.PutResult{DocumentID: doc1, Status: graph.Unchanged, Entities: 5, Relations: 3}},
		{second(), graph.PutResult{DocumentID: doc2, Status: graph.Unchanged, Entities: 5, Relations: 4}},
		{first(), graph.PutResult{DocumentID: doc1, Status: graph.Unchanged, Entities: 5, Relations: 3}},
	} {
		if got := mustPut(t, s, c.x); got != c.want {
			t.Errorf("PutDocument(%s) again = %+v, want %+v", c.x.Document.ID, got, c.want)
		}
	}
	expectEqual(t, "store after putting the same documents again", takeSnapshot(t, s), before)
	if len(before.Facts) != 6 || len(before.Entities) != 7 {
		t.Errorf("two documents gave %d facts and %d entities, want 6 and 7", len(before.Facts), len(before.Entities))
	}
}

// secondCorrected is a changed version of the second communiqué: the session
// is gone, the role is stated anew and Northland condemns the council.
func secondCorrected() *graph.Extraction {
	return &graph.Extraction{
		Document: meta(doc2, "Second communiqué (corrected)", "2019-03-05", "Council of Free Valleys",
			"second.txt", "sha-second-2"),
		Entities: []graph.Entity{
			entity(council, graph.Organization, "Council of Free Valleys"),
			entity(ayse, graph.Person, "Ayşe Çavuşoğlu"),
			entity(northland, graph.State, "Northland"),
		},
		Relations: []graph.Relation{
			holdsRole(ayse, council, "President", evidence(10, 49, "President Çavuşoğlu closed the session."), 0.7),
			condemned(northland, council, "", evidence(50, 80, "Northland condemned the Council."), 0.6),
		},
	}
}

func testReplace(t *testing.T, s graph.Store) {
	mustPut(t, s, first())
	mustPut(t, s, second())
	want := graph.PutResult{DocumentID: doc2, Status: graph.Replaced, Entities: 3, Relations: 2}
	if got := mustPut(t, s, secondCorrected()); got != want {
		t.Errorf("PutDocument(changed version) = %+v, want %+v", got, want)
	}
	fNorthlandCondemns := factID(condemned(northland, council, "", nil, 0))

	expectEqual(t, "Documents", mustDocuments(t, s, graph.DocumentFilter{}), []graph.Document{wantDoc1, {
		DocumentMeta: meta(doc2, "Second communiqué (corrected)", "2019-03-05", "Council of Free Valleys",
			"second.txt", "sha-second-2"), Entities: 3, Relations: 2}})
	expectEqual(t, "entity ids", entityIDs(mustEntities(t, s, graph.EntityFilter{})),
		[]string{shelling, council, ayse, riverton, northland})
	expectEqual(t, "merged entities", mustEntities(t, s, graph.EntityFilter{IDs: []string{council, ayse}}), []graph.Entity{
		{ID: council, Type: graph.Organization, Name: "Council of Free Valleys", Aliases: []string{"CFV"},
			Documents: []string{doc1, doc2}},
		{ID: ayse, Type: graph.Person, Name: "Ayşe Çavuşoğlu", Aliases: []string{"Çavuşoğlu"},
			Documents: []string{doc1, doc2}},
	})
	expectEqual(t, "entities named by the old version only", entityIDs(mustEntities(t, s, graph.EntityFilter{Name: "The Council"})), nil)
	expectEqual(t, "fact ids", factIDs(mustFacts(t, s, graph.FactFilter{})),
		sortedCopy([]string{fRole, fCondemnShell, fShellingIn, fNorthlandCondemns}))
	expectEqual(t, "facts of the new version", factIDs(mustFacts(t, s, graph.FactFilter{Document: doc2})),
		sortedCopy([]string{fRole, fNorthlandCondemns}))
	expectEqual(t, "shared role", mustFacts(t, s, graph.FactFilter{IDs: []string{fRole}}), []graph.Fact{{
		ID: fRole, Type: graph.HoldsRole, From: ayse, To: council, Role: "President",
		FirstSeen: "2019-01-10", LastSeen: "2019-03-05", Confidence: 0.9,
		Observations: []graph.Observation{
			{DocumentID: doc1, Published: "2019-01-10", Evidence: evR1, Confidence: 0.9},
			{DocumentID: doc2, Published: "2019-03-05", Confidence: 0.7,
				Evidence: evidence(10, 49, "President Çavuşoğlu closed the session.")},
		}}})
}

func testRemove(t *testing.T, s graph.Store) {
	ctx := t.Context()
	if err := s.RemoveDocument(ctx, doc2); err != nil {
		t.Fatalf("RemoveDocument(%s): %v", doc2, err)
	}
	checkSummaries(t, s, "removing "+doc2)
	expectEqual(t, "Documents", mustDocuments(t, s, graph.DocumentFilter{}), []graph.Document{wantDoc1, wantDoc3})
	expectEqual(t, "entities only the removed document had",
		entityIDs(mustEntities(t, s, graph.EntityFilter{IDs: []string{session7, lakeside}})), nil)
	expectEqual(t, "entities of the removed document", entityIDs(mustEntities(t, s, graph.EntityFilter{Document: doc2})), nil)
	expectEqual(t, "facts of the removed document", factIDs(mustFacts(t, s, graph.FactFilter{Document: doc2})), nil)
	expectEqual(t, "shared entities", mustEntities(t, s, graph.EntityFilter{IDs: []string{council, ayse, northland}}), []graph.Entity{
		{ID: council, Type: graph.Organization, Name: "Council of Free Valleys", Aliases: []string{"CFV"},
			Documents: []string{doc1, doc3}},
		{ID: ayse, Type: graph.Person, Name: "Ayşe Çavuşoğlu", Aliases: []string{"Çavuşoğlu"},
			Documents: []string{doc1, doc3}},
		{ID: northland, Type: graph.State, Name: "Northland", Documents: []string{doc1}},
	})
	expectEqual(t, "entities named The Council", entityIDs(mustEntities(t, s, graph.EntityFilter{Name: "The Council"})), nil)
	expectEqual(t, "fact ids", factIDs(mustFacts(t, s, graph.FactFilter{})), sortedCopy([]string{
		fRole, fCondemnShell, fShellingIn, fObrienRole, fPartyTo, fReturnPartOf, fFedorCondemns, fArPartOf}))
	expectEqual(t, "shared role", mustFacts(t, s, graph.FactFilter{IDs: []string{fRole}}), []graph.Fact{{
		ID: fRole, Type: graph.HoldsRole, From: ayse, To: council, Role: "President",
		FirstSeen: "2019-01-10", LastSeen: "2019-01-10", Confidence: 0.9,
		Observations: []graph.Observation{{DocumentID: doc1, Published: "2019-01-10", Evidence: evR1, Confidence: 0.9}}}})

	for _, id := range []string{doc2, "document:never-stored"} {
		if err := s.RemoveDocument(ctx, id); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("RemoveDocument(%s): error %v with code %q, want %q", id, err, graph.ErrorCode(err), graph.ENOTFOUND)
		}
	}

	// Without the first communiqué, the third is the earliest: its spelling
	// becomes the name and the aliases only the first gave go.
	if err := s.RemoveDocument(ctx, doc1); err != nil {
		t.Fatalf("RemoveDocument(%s): %v", doc1, err)
	}
	checkSummaries(t, s, "removing "+doc1)
	expectEqual(t, "entities after removing two documents", mustEntities(t, s, graph.EntityFilter{IDs: []string{council, ayse, northland}}), []graph.Entity{
		{ID: council, Type: graph.Organization, Name: "Council of Free Valleys", Documents: []string{doc3}},
		{ID: ayse, Type: graph.Person, Name: "Çavuşoğlu", Documents: []string{doc3}},
	})
	expectEqual(t, "entities named CFV", entityIDs(mustEntities(t, s, graph.EntityFilter{Name: "cfv"})), nil)
	expectEqual(t, "entities named Ayşe Çavuşoğlu", entityIDs(mustEntities(t, s, graph.EntityFilter{Name: "Ayşe Çavuşoğlu"})), nil)
	expectEqual(t, "entities named Çavuşoğlu", entityIDs(mustEntities(t, s, graph.EntityFilter{Name: "cavusoglu"})), []string{ayse})

	if err := s.RemoveDocument(ctx, doc3); err != nil {
		t.Fatalf("RemoveDocument(%s): %v", doc3, err)
	}
	expectEqual(t, "store after removing every document", takeSnapshot(t, s), snapshot{})
	for _, name := range []string{"council of free valleys", "match (n) detach delete n", "федор иванов"} {
		expectEqual(t, "entities named "+name, entityIDs(mustEntities(t, s, graph.EntityFilter{Name: name})), nil)
	}
	expectEqual(t, "facts to the council", factIDs(mustFacts(t, s, graph.FactFilter{To: []string{council}})), nil)
}

func testInvalid(t *testing.T, fresh func(*testing.T) graph.Store) {
	for _, c := range []struct {
		name   string
		change func(x *graph.Extraction)
	}{
		{"no title", func(x *graph.Extraction) { x.Document.Title = "  " }},
		{"no id", func(x *graph.Extraction) { x.Document.ID = "" }},
		{"impossible date", func(x *graph.Extraction) { x.Document.Published = "2019-02-30" }},
		{"unknown entity type", func(x *graph.Extraction) { x.Entities[2].Type = "Country" }},
		{"duplicate entity", func(x *graph.Extraction) { x.Entities = append(x.Entities, x.Entities[0]) }},
		{"relation to an entity not in the document", func(x *graph.Extraction) { x.Relations[1].To = "state:elsewhere" }},
		{"relation the types do not allow", func(x *graph.Extraction) {
			x.Relations = append(x.Relations, relation(graph.Held, ayse, session7, nil, 0.5))
		}},
		{"role without a title", func(x *graph.Extraction) { x.Relations[0].Role = "" }},
		{"confidence above one", func(x *graph.Extraction) { x.Relations[2].Confidence = 1.5 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := fresh(t)
			mustPut(t, s, first())
			before := takeSnapshot(t, s)
			for _, x := range []*graph.Extraction{second(), first()} {
				x.Document.SHA256 += "-changed"
				c.change(x)
				res, err := s.PutDocument(t.Context(), x)
				if graph.ErrorCode(err) != graph.EINVALID {
					t.Errorf("PutDocument(%s) = %+v, error %v with code %q; want code %q",
						x.Document.ID, res, err, graph.ErrorCode(err), graph.EINVALID)
				}
				expectEqual(t, "store after a rejected document", takeSnapshot(t, s), before)
			}
		})
	}
}

// roleDoc is a communiqué of the Harbour League naming its secretary-general.
func roleDoc(id string, published graph.Date, person, personName, role string, start int) *graph.Extraction {
	return &graph.Extraction{
		Document: meta(id, "Statement of "+string(published), published, "Harbour League", id+".txt", "sha-"+id),
		Entities: []graph.Entity{
			entity("organization:harbour-league", graph.Organization, "Harbour League"),
			entity(person, graph.Person, personName),
		},
		Relations: []graph.Relation{
			holdsRole(person, "organization:harbour-league", role, evidence(start, start+30, personName+", "+role), 0.8),
		},
	}
}

// testDatesAndRoles puts its first four documents one by one, or in one
// PutDocuments when batched: the answers must be the same.
func testDatesAndRoles(t *testing.T, s graph.Store, batched bool) {
	const league, lina, omar = "organization:harbour-league", "person:lina-haddad", "person:omar-nasser"
	const dMay, dNov, dJul, dSep, dUndated = "document:may-2018", "document:nov-2018", "document:jul-2019",
		"document:sep-2019", "document:undated"
	// Put out of date order: the merge must not depend on it.
	xs := []*graph.Extraction{
		roleDoc(dNov, "2018-11-12", lina, "Lina Haddad", "secretary general", 5),
		roleDoc(dJul, "2019-07-20", lina, "L. Haddad", "Secretary General", 7),
		roleDoc(dSep, "2019-09-01", omar, "Omar Nasser", "Secretary-General", 9),
		roleDoc(dMay, "2018-05-01", lina, "Lina al-Haddad", "Secretary-General", 3),
	}
	if batched {
		mustPutAll(t, s, xs...)
	} else {
		for _, x := range xs {
			mustPut(t, s, x)
		}
	}
	docs := mustDocuments(t, s, graph.DocumentFilter{})
	expectEqual(t, "documents by date", docIDs(docs), []string{dMay, dNov, dJul, dSep})

	linaRole := factID(holdsRole(lina, league, "Secretary-General", nil, 0))
	omarRole := factID(holdsRole(omar, league, "Secretary-General", nil, 0))
	obs := func(doc string, published graph.Date, name, role string, start int) graph.Observation {
		return graph.Observation{DocumentID: doc, Published: published, Confidence: 0.8,
			Evidence: evidence(start, start+30, name+", "+role)}
	}
	want := []graph.Fact{
		{ID: linaRole, Type: graph.HoldsRole, From: lina, To: league, Role: "Secretary-General",
			FirstSeen: "2018-05-01", LastSeen: "2019-07-20", Confidence: 0.8,
			Observations: []graph.Observation{
				obs(dMay, "2018-05-01", "Lina al-Haddad", "Secretary-General", 3),
				obs(dNov, "2018-11-12", "Lina Haddad", "secretary general", 5),
				obs(dJul, "2019-07-20", "L. Haddad", "Secretary General", 7),
			}},
		{ID: omarRole, Type: graph.HoldsRole, From: omar, To: league, Role: "Secretary-General",
			FirstSeen: "2019-09-01", LastSeen: "2019-09-01", Confidence: 0.8,
			Observations: []graph.Observation{obs(dSep, "2019-09-01", "Omar Nasser", "Secretary-General", 9)}},
	}
	sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
	roles := mustFacts(t, s, graph.FactFilter{To: []string{league}, Types: []graph.RelationType{graph.HoldsRole}})
	expectEqual(t, "roles at the league", roles, want)
	expectEqual(t, "merged person", mustEntities(t, s, graph.EntityFilter{IDs: []string{lina}}), []graph.Entity{{
		ID: lina, Type: graph.Person, Name: "Lina al-Haddad", Aliases: []string{"L. Haddad", "Lina Haddad"},
		Documents: []string{dJul, dMay, dNov}}})

	// An undated statement of the same role leaves the seen dates alone and
	// is listed before the dated documents.
	mustPut(t, s, roleDoc(dUndated, "", lina, "Lina al-Haddad", "Secretary-General", 1))
	got := mustFacts(t, s, graph.FactFilter{IDs: []string{linaRole}})
	if len(got) != 1 || got[0].FirstSeen != "2018-05-01" || got[0].LastSeen != "2019-07-20" || len(got[0].Observations) != 4 {
		t.Errorf("role after an undated statement = %s; want seen 2018-05-01 to 2019-07-20 over 4 observations", show(got))
	}
	expectEqual(t, "documents with an undated one", docIDs(mustDocuments(t, s, graph.DocumentFilter{})),
		[]string{dUndated, dMay, dNov, dJul, dSep})

	// Removing the earliest document moves the first sighting forward.
	if err := s.RemoveDocument(t.Context(), dMay); err != nil {
		t.Fatalf("RemoveDocument(%s): %v", dMay, err)
	}
	got = mustFacts(t, s, graph.FactFilter{IDs: []string{linaRole}})
	if len(got) != 1 || got[0].FirstSeen != "2018-11-12" || got[0].LastSeen != "2019-07-20" {
		t.Errorf("role after removing the earliest statement = %s; want seen 2018-11-12 to 2019-07-20", show(got))
	}
}

func testProvenance(t *testing.T, s graph.Store) {
	// One document stating the same fact twice, the later sentence first:
	// one fact, one document, two observations in text order.
	x := third()
	x.Relations = append(x.Relations, condemned(fedor, ayse, accord, evidence(20, 48, "Иванов осудил её снова."), 0.9))
	mustPut(t, s, x)
	got := mustFacts(t, s, graph.FactFilter{Concerning: []string{accord}})
	expectEqual(t, "condemnation with its evidence", got, []graph.Fact{{
		ID: fFedorCondemns, Type: graph.Condemned, From: fedor, To: ayse, Concerning: accord,
		FirstSeen: "2019-02-01", LastSeen: "2019-02-01", Confidence: 0.9,
		Observations: []graph.Observation{
			{DocumentID: doc3, Published: "2019-02-01", Confidence: 0.9,
				Evidence: &graph.Evidence{Start: 20, End: 48, Text: "Иванов осудил её снова."}},
			{DocumentID: doc3, Published: "2019-02-01", Confidence: 0.65,
				Evidence: &graph.Evidence{Start: 160, End: 190, Text: "Фёдор Иванов осудил Çavuşoğlu."}},
		}}})
	if len(got) == 1 {
		expectEqual(t, "documents of the fact", got[0].Documents(), []string{doc3})
	}
	ar := mustFacts(t, s, graph.FactFilter{From: []string{arCouncil}})
	expectEqual(t, "Arabic evidence", ar, []graph.Fact{{
		ID: fArPartOf, Type: graph.PartOf, From: arCouncil, To: council,
		FirstSeen: "2019-02-01", LastSeen: "2019-02-01", Confidence: 0.55,
		Observations: []graph.Observation{{DocumentID: doc3, Published: "2019-02-01", Confidence: 0.55,
			Evidence: &graph.Evidence{Start: 200, End: 228, Text: "مَجْلِس الوادي جزء من المجلس."}}},
	}})
}

func testNames(t *testing.T, s graph.Store) {
	mustPut(t, s, third())
	// Names that are code in a query language must stay data: every entity
	// is still there, under its own name.
	expectEqual(t, "entity ids", entityIDs(mustEntities(t, s, graph.EntityFilter{})),
		[]string{accord, council, matchOrg, returnOrg, arCouncil, ayse, obrien, fedor})
	for _, c := range []struct {
		query string
		want  string
	}{
		{"MATCH (n) DETACH DELETE n", matchOrg},
		{"match (N) detach delete N", matchOrg},
		{"}) RETURN 1 //", returnOrg},
		{`SEÁN O'BRIEN \ "THE HAWK"`, obrien},
		{`sean obrien \ the hawk`, obrien},
		{"o’brien", obrien},
		{"Фёдор Иванов", fedor},
		{"федор иванов", fedor},
		{"مَجْلِس الوادي", arCouncil},
		{"مجلس الوادي", arCouncil},
		{"cavusoglu", ayse},
		{"ÇAVUŞOĞLU", ayse},
	} {
		t.Run(c.query, func(t *testing.T) {
			expectEqual(t, "entities named "+c.query, entityIDs(mustEntities(t, s, graph.EntityFilter{Name: c.query})), []string{c.want})
		})
	}
	got := mustEntities(t, s, graph.EntityFilter{IDs: []string{obrien}})
	expectEqual(t, "entity with quotes in its id", got, []graph.Entity{{ID: obrien, Type: graph.Person,
		Name: `Seán O'Brien \ "the Hawk"`, Aliases: []string{`O'Brien`}, Documents: []string{doc3}}})
	roles := mustFacts(t, s, graph.FactFilter{From: []string{obrien}})
	if len(roles) != 1 || roles[0].Role != `"Acting" Envoy \ Deputy` || roles[0].ID != fObrienRole {
		t.Errorf("role with quotes and a backslash = %s; want one fact %s with role %q", show(roles), fObrienRole, `"Acting" Envoy \ Deputy`)
	}
}

func mustPut(t *testing.T, s graph.Store, x *graph.Extraction) graph.PutResult {
	t.Helper()
	res, err := s.PutDocument(t.Context(), x)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", x.Document.ID, err)
	}
	checkSummaries(t, s, "putting "+x.Document.ID)
	return res
}

func mustDocuments(t *testing.T, s graph.Store, f graph.DocumentFilter) []graph.Document {
	t.Helper()
	docs, err := s.Documents(t.Context(), f)
	if err != nil {
		t.Fatalf("Documents(%+v): %v", f, err)
	}
	return docs
}

func mustEntities(t *testing.T, s graph.Store, f graph.EntityFilter) []graph.Entity {
	t.Helper()
	es, err := s.Entities(t.Context(), f)
	if err != nil {
		t.Fatalf("Entities(%+v): %v", f, err)
	}
	return es
}

func mustFacts(t *testing.T, s graph.Store, f graph.FactFilter) []graph.Fact {
	t.Helper()
	fs, err := s.Facts(t.Context(), f)
	if err != nil {
		t.Fatalf("Facts(%+v): %v", f, err)
	}
	return fs
}

// snapshot is everything a store holds, as its readers see it.
type snapshot struct {
	Documents []graph.Document
	Entities  []graph.Entity
	Facts     []graph.Fact
}

func takeSnapshot(t *testing.T, s graph.Store) snapshot {
	t.Helper()
	return snapshot{
		Documents: mustDocuments(t, s, graph.DocumentFilter{}),
		Entities:  mustEntities(t, s, graph.EntityFilter{}),
		Facts:     mustFacts(t, s, graph.FactFilter{}),
	}
}

// expectEqual compares after normalising empty slices to nil, which
// backends may return either way, and shows both sides as JSON.
func expectEqual[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	g, w := normalise(got), normalise(want)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s:\ngot  %s\nwant %s", what, show(got), show(want))
	}
}

// normalise round-trips v through JSON so that nil and empty slices, which
// the JSON tags of package graph omit alike, compare equal.
func normalise(v any) any {
	raw, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	var out any
	if err := json.Unmarshal(raw, &out); err != nil {
		return err.Error()
	}
	return dropEmpty(out)
}

func dropEmpty(v any) any {
	switch v := v.(type) {
	case []any:
		if len(v) == 0 {
			return nil
		}
		for i := range v {
			v[i] = dropEmpty(v[i])
		}
	case map[string]any:
		for k, x := range v {
			if x = dropEmpty(x); x == nil {
				delete(v, k)
			} else {
				v[k] = x
			}
		}
	}
	return v
}

func show(v any) string {
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err.Error()
	}
	return string(raw)
}

func entityIDs(es []graph.Entity) []string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

func factIDs(fs []graph.Fact) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	return ids
}

func docIDs(ds []graph.Document) []string {
	var ids []string
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	return ids
}

// sortedCopy states the contract's order for ids written in any order.
func sortedCopy(ids []string) []string {
	out := slices.Clone(ids)
	sort.Strings(out)
	if len(out) == 0 {
		return nil
	}
	return out
}
