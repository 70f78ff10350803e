package storetest

import "github.com/actorgraph/kg/graph"

// The hand-made documents of the suite. Names and bodies are invented; the
// three communiqués share entities and one role so that merging, replacing
// and removing have something to do.
const (
	doc1 = "document:2019-01-10-first-communique"
	doc2 = "document:2019-03-05-second-communique"
	doc3 = "document:2019-02-01-third-communique"

	council   = "organization:council-of-free-valleys"
	ayse      = "person:ayse-cavusoglu"
	northland = "state:northland"
	riverton  = "place:riverton"
	shelling  = "event:riverton-shelling"
	session7  = "meeting:council-of-free-valleys:7"
	lakeside  = "place:lakeside"
	matchOrg  = "organization:match-n-detach-delete-n"
	returnOrg = "organization:return-1"
	// An id with a quote, a backslash and double quotes, as a hand-made
	// extraction may hold: stores must treat ids as data.
	obrien    = `person:o'brien-\-"hawk"`
	fedor     = "person:федор-иванов"
	arCouncil = "organization:مجلس-الوادي"
	accord    = "agreement:valley-accord"
)

func meta(id, title string, published graph.Date, publisher, source, sha string) graph.DocumentMeta {
	return graph.DocumentMeta{ID: id, Title: title, Published: published,
		Publisher: publisher, Source: source, SHA256: sha}
}

func entity(id string, t graph.EntityType, name string, aliases ...string) graph.Entity {
	return graph.Entity{ID: id, Type: t, Name: name, Aliases: aliases}
}

func evidence(start, end int, text string) *graph.Evidence {
	return &graph.Evidence{Start: start, End: end, Text: text}
}

func relation(t graph.RelationType, from, to string, ev *graph.Evidence, confidence float64) graph.Relation {
	return graph.Relation{Type: t, From: from, To: to, Evidence: ev, Confidence: confidence}
}

func holdsRole(from, to, role string, ev *graph.Evidence, confidence float64) graph.Relation {
	r := relation(graph.HoldsRole, from, to, ev, confidence)
	r.Role = role
	return r
}

func condemned(from, to, concerning string, ev *graph.Evidence, confidence float64) graph.Relation {
	r := relation(graph.Condemned, from, to, ev, confidence)
	r.Concerning = concerning
	return r
}

func place(id, name, placeType string) graph.Entity {
	e := entity(id, graph.Place, name)
	e.PlaceType = placeType
	return e
}

// The statements of the first communiqué, reused by the expected facts.
var (
	evR1 = evidence(0, 46, "Ayşe Çavuşoğlu, President of the Council, spoke.")
	evR2 = evidence(48, 108, "The Council condemned Northland for the shelling of Riverton.")
	evR3 = evidence(110, 160, "The shelling of Riverton on 8 January killed four.")
	evS1 = evidence(0, 44, "President Ayse Cavusoglu opened the session.")
	evS2 = evidence(45, 95, "The Council held its seventh session in Lakeside.")
	evS3 = evidence(96, 127, "Northland attended the session.")
	evT1 = evidence(0, 57, `Seán O'Brien \ "the Hawk", "Acting" Envoy \ Deputy, arrived.`)
	evT2 = evidence(60, 112, "MATCH (n) DETACH DELETE n signed the Valley Accord.")
	evT3 = evidence(120, 158, "}) RETURN 1 // is part of the Council.")
	evT4 = evidence(160, 190, "Фёдор Иванов осудил Çavuşoğlu.")
	evT5 = evidence(200, 228, "مَجْلِس الوادي جزء من المجلس.")
)

// first is dated 10 January 2019: the role, a condemnation and an attack.
func first() *graph.Extraction {
	shell := entity(shelling, graph.Event, "Riverton shelling")
	shell.EventType, shell.Date = "attack", "2019-01-08"
	return &graph.Extraction{
		Document: meta(doc1, "First communiqué", "2019-01-10", "Council of Free Valleys", "first.txt", "sha-first-1"),
		Entities: []graph.Entity{
			entity(council, graph.Organization, "Council of Free Valleys", "CFV"),
			entity(ayse, graph.Person, "Ayşe Çavuşoğlu", "Çavuşoğlu"),
			entity(northland, graph.State, "Northland"),
			place(riverton, "Riverton", "city"),
			shell,
		},
		Relations: []graph.Relation{
			holdsRole(ayse, council, "President", evR1, 0.9),
			condemned(council, northland, shelling, evR2, 0.8),
			relation(graph.OccurredIn, shelling, riverton, evR3, 0.7),
		},
	}
}

// second is dated 5 March 2019: the same role in another spelling, and a
// session of the council.
func second() *graph.Extraction {
	session := entity(session7, graph.Meeting, "Seventh session of the Council")
	session.Session, session.Start, session.End = 7, "2019-03-01", "2019-03-03"
	return &graph.Extraction{
		Document: meta(doc2, "Second communiqué", "2019-03-05", "Council of Free Valleys", "second.txt", "sha-second-1"),
		Entities: []graph.Entity{
			entity(council, graph.Organization, "Council of Free Valleys", "The Council"),
			entity(ayse, graph.Person, "Ayse Cavusoglu"),
			entity(northland, graph.State, "Northland"),
			session,
			place(lakeside, "Lakeside", "town"),
		},
		Relations: []graph.Relation{
			holdsRole(ayse, council, "president", evS1, 0.95),
			relation(graph.Held, council, session7, evS2, 0.9),
			relation(graph.Attended, northland, session7, evS3, 0.6),
			relation(graph.OccurredIn, session7, lakeside, evS2, 0.85),
		},
	}
}

// third is dated 1 February 2019 and carries the awkward names: quotes,
// backslashes, Cypher, Cyrillic and Arabic with its vowel marks.
func third() *graph.Extraction {
	acc := entity(accord, graph.Agreement, "Valley Accord")
	acc.Date = "2019-01-30"
	return &graph.Extraction{
		Document: meta(doc3, "Third communiqué", "2019-02-01", "", "third.txt", "sha-third-1"),
		Entities: []graph.Entity{
			entity(council, graph.Organization, "Council of Free Valleys"),
			entity(ayse, graph.Person, "Çavuşoğlu"),
			entity(matchOrg, graph.Organization, "MATCH (n) DETACH DELETE n"),
			entity(returnOrg, graph.Organization, "}) RETURN 1 //"),
			entity(obrien, graph.Person, `Seán O'Brien \ "the Hawk"`, `O'Brien`),
			entity(fedor, graph.Person, "Фёдор Иванов"),
			entity(arCouncil, graph.Organization, "مَجْلِس الوادي"),
			acc,
		},
		Relations: []graph.Relation{
			holdsRole(obrien, council, `"Acting" Envoy \ Deputy`, evT1, 0.5),
			relation(graph.PartyTo, matchOrg, accord, evT2, 0.75),
			relation(graph.PartOf, returnOrg, council, evT3, 0.6),
			condemned(fedor, ayse, accord, evT4, 0.65),
			relation(graph.PartOf, arCouncil, council, evT5, 0.55),
		},
	}
}

// The ids of the facts the three documents state, from the domain's FactID.
var (
	fRole          = factID(holdsRole(ayse, council, "President", nil, 0))
	fCondemnShell  = factID(condemned(council, northland, shelling, nil, 0))
	fShellingIn    = factID(relation(graph.OccurredIn, shelling, riverton, nil, 0))
	fHeld          = factID(relation(graph.Held, council, session7, nil, 0))
	fAttended      = factID(relation(graph.Attended, northland, session7, nil, 0))
	fSessionIn     = factID(relation(graph.OccurredIn, session7, lakeside, nil, 0))
	fObrienRole    = factID(holdsRole(obrien, council, `"Acting" Envoy \ Deputy`, nil, 0))
	fPartyTo       = factID(relation(graph.PartyTo, matchOrg, accord, nil, 0))
	fReturnPartOf  = factID(relation(graph.PartOf, returnOrg, council, nil, 0))
	fFedorCondemns = factID(condemned(fedor, ayse, accord, nil, 0))
	fArPartOf      = factID(relation(graph.PartOf, arCouncil, council, nil, 0))
)

func factID(r graph.Relation) string { return graph.FactID(&r) }
