package gql_test

import (
	"github.com/actorgraph/kg/graph"
)

// The hand-built graph the tests query: two communiqués of an assembly, a
// year apart, written here as a loader would extract them. The expected
// answers in the tests are worked out by hand from these values.

// Entity ids, canonical as a loader makes them.
var (
	hariri      = graph.EntityID(graph.Person, "Nasr al-Hariri")
	saad        = graph.EntityID(graph.Person, "Saad al-Hariri")
	mustafa     = graph.EntityID(graph.Person, "Abdurrahman Mustafa")
	lavrov      = graph.EntityID(graph.Person, "Sergei Lavrov")
	coalition   = graph.EntityID(graph.Organization, "Syrian Coalition")
	assembly    = graph.EntityID(graph.Organization, "Syrian Coalition General Assembly")
	commission  = graph.EntityID(graph.Organization, "Syrian Negotiations Commission")
	regime      = graph.EntityID(graph.Organization, "Assad regime")
	turkey      = graph.EntityID(graph.State, "Turkey")
	russia      = graph.EntityID(graph.State, "Russia")
	istanbul    = graph.EntityID(graph.Place, "Istanbul")
	moscow      = graph.EntityID(graph.Place, "Moscow")
	sochi       = graph.EntityID(graph.Place, "Sochi")
	idlib       = graph.EntityID(graph.Place, "Idlib")
	raqqa       = graph.EntityID(graph.Place, "Al-Raqqa")
	sochiDeal   = graph.EntityID(graph.Agreement, "Sochi agreement")
	session9    = graph.SessionMeetingID(assembly, 9)
	session42   = graph.SessionMeetingID(assembly, 42)
	session43   = graph.SessionMeetingID(assembly, 43)
	moscowTalks = graph.EntityID(graph.Meeting, "meeting of Nasr al-Hariri and Sergei Lavrov")
	killing     = graph.EntityID(graph.Event, "assassination of Bashir Faisal Al-Huwaidi")
	abuses      = graph.EntityID(graph.Event, "violations in Al-Raqqa province")
	violations  = graph.EntityID(graph.Event, "violations of the Sochi agreement")
)

const (
	titleA = "Final Communiqué of the 42nd Syrian Coalition General Assembly’s Meeting"
	titleB = "Final Communiqué of the 43rd Syrian Coalition General Assembly’s Meeting"

	haririSentenceA = "Head of the Syrian Negotiations Commission Nasr al-Hariri"
	haririSentenceB = "Head of the Negotiations Commission Nasr al-Hariri briefed the Assembly"
	condemnSentence = "The Coalition condemns the Assad regime forces’ violations of the cease-fire agreement"
)

// extractionA is the 42nd session's communiqué.
func extractionA() *graph.Extraction {
	doc := graph.DocumentMeta{Title: titleA, Published: "2018-11-12",
		Publisher: "Syrian Coalition", Source: "a/42nd.txt", SHA256: "aa42"}
	doc.ID = graph.DocumentID(doc.Published, doc.Title)
	return &graph.Extraction{
		Document: doc,
		Entities: []graph.Entity{
			{ID: hariri, Type: graph.Person, Name: "Nasr al-Hariri", Aliases: []string{"Hariri"}},
			{ID: mustafa, Type: graph.Person, Name: "Abdurrahman Mustafa"},
			{ID: lavrov, Type: graph.Person, Name: "Sergei Lavrov"},
			{ID: coalition, Type: graph.Organization, Name: "Syrian Coalition", Aliases: []string{"the Coalition"}},
			{ID: assembly, Type: graph.Organization, Name: "Syrian Coalition General Assembly", Aliases: []string{"General Assembly"}},
			{ID: commission, Type: graph.Organization, Name: "Syrian Negotiations Commission"},
			{ID: regime, Type: graph.Organization, Name: "Assad regime", Aliases: []string{"the regime"}},
			{ID: turkey, Type: graph.State, Name: "Turkey"},
			{ID: russia, Type: graph.State, Name: "Russia"},
			{ID: istanbul, Type: graph.Place, Name: "Istanbul", PlaceType: "city"},
			{ID: moscow, Type: graph.Place, Name: "Moscow", PlaceType: "city"},
			{ID: sochi, Type: graph.Place, Name: "Sochi", PlaceType: "city"},
			{ID: idlib, Type: graph.Place, Name: "Idlib", PlaceType: "province"},
			{ID: raqqa, Type: graph.Place, Name: "Al-Raqqa", Aliases: []string{"Raqqa"}, PlaceType: "province"},
			{ID: sochiDeal, Type: graph.Agreement, Name: "Sochi agreement", Aliases: []string{"Idlib agreement"}, Date: "2018-09-17"},
			{ID: session42, Type: graph.Meeting, Name: "42nd session of the Syrian Coalition General Assembly",
				Session: 42, Start: "2018-11-10", End: "2018-11-11"},
			{ID: moscowTalks, Type: graph.Meeting, Name: "meeting of Nasr al-Hariri and Sergei Lavrov"},
			{ID: killing, Type: graph.Event, Name: "assassination of Bashir Faisal Al-Huwaidi", EventType: "killing"},
			{ID: abuses, Type: graph.Event, Name: "violations in Al-Raqqa province", EventType: "abuse"},
			{ID: violations, Type: graph.Event, Name: "violations of the Sochi agreement", EventType: "ceasefire_violation"},
		},
		Relations: []graph.Relation{
			{Type: graph.HoldsRole, From: hariri, To: commission, Role: "Head",
				Evidence: &graph.Evidence{Start: 402, End: 460, Text: haririSentenceA}, Confidence: 0.9},
			{Type: graph.HoldsRole, From: mustafa, To: coalition, Role: "President"},
			{Type: graph.HoldsRole, From: lavrov, To: russia, Role: "Foreign Minister"},
			{Type: graph.PartOf, From: assembly, To: coalition},
			{Type: graph.Held, From: assembly, To: session42},
			{Type: graph.OccurredIn, From: session42, To: istanbul},
			{Type: graph.Attended, From: hariri, To: moscowTalks},
			{Type: graph.Attended, From: lavrov, To: moscowTalks},
			{Type: graph.OccurredIn, From: moscowTalks, To: moscow},
			{Type: graph.Condemned, From: coalition, To: regime, Concerning: sochiDeal,
				Evidence: &graph.Evidence{Start: 1050, End: 1136, Text: condemnSentence}, Confidence: 0.8},
			{Type: graph.PartyTo, From: turkey, To: sochiDeal},
			{Type: graph.PartyTo, From: russia, To: sochiDeal},
			{Type: graph.OccurredIn, From: sochiDeal, To: sochi},
			{Type: graph.OccurredIn, From: violations, To: idlib},
			{Type: graph.OccurredIn, From: killing, To: raqqa},
			{Type: graph.OccurredIn, From: abuses, To: raqqa},
		},
	}
}

// extractionB is the 43rd session's communiqué, four months later: it
// observes Hariri's role again, recalls the 9th session, and names another
// Hariri, so that "Hariri" alone no longer designates one person.
func extractionB() *graph.Extraction {
	doc := graph.DocumentMeta{Title: titleB, Published: "2019-03-15",
		Publisher: "Syrian Coalition", Source: "b/43rd.txt", SHA256: "bb43"}
	doc.ID = graph.DocumentID(doc.Published, doc.Title)
	return &graph.Extraction{
		Document: doc,
		Entities: []graph.Entity{
			{ID: hariri, Type: graph.Person, Name: "Nasr al-Hariri", Aliases: []string{"Hariri"}},
			{ID: saad, Type: graph.Person, Name: "Saad al-Hariri", Aliases: []string{"Hariri"}},
			{ID: commission, Type: graph.Organization, Name: "Syrian Negotiations Commission"},
			{ID: assembly, Type: graph.Organization, Name: "Syrian Coalition General Assembly"},
			{ID: istanbul, Type: graph.Place, Name: "Istanbul", PlaceType: "city"},
			{ID: session43, Type: graph.Meeting, Name: "43rd session of the Syrian Coalition General Assembly",
				Session: 43, Start: "2019-03-13", End: "2019-03-14"},
			{ID: session9, Type: graph.Meeting, Name: "9th session of the Syrian Coalition General Assembly",
				Session: 9, Start: "2013-05-23"},
		},
		Relations: []graph.Relation{
			{Type: graph.HoldsRole, From: hariri, To: commission, Role: "Head",
				Evidence: &graph.Evidence{Start: 120, End: 190, Text: haririSentenceB}, Confidence: 0.95},
			{Type: graph.Held, From: assembly, To: session43},
			{Type: graph.Held, From: assembly, To: session9},
			{Type: graph.OccurredIn, From: session43, To: istanbul},
			{Type: graph.OccurredIn, From: session9, To: istanbul},
		},
	}
}
