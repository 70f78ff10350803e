package gql_test

import (
	"fmt"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// TestHandler_Queries posts queries over the hand-built communiqués through
// the real HTTP handler and compares the data with answers worked out by
// hand from fixture_test.go.
func TestHandler_Queries(t *testing.T) {
	srv := fixtureServer(t)
	docA := extractionA().Document
	docB := extractionB().Document
	for _, tc := range []struct {
		name, query, want string
	}{
		{
			name:  "PersonRoles",
			query: `{ person(name: "Nasr al-Hariri") { name roles { role organization { name } } } }`,
			want: `{"person": {"name": "Nasr al-Hariri", "roles": [
				{"role": "Head", "organization": {"name": "Syrian Negotiations Commission"}}]}}`,
		},
		{
			name:  "MeetingsOfBody",
			query: `{ meetings(body: "Syrian Coalition General Assembly") { session start end place { name } } }`,
			// Earliest first: the 9th session sorts before the 42nd although
			// its id sorts after.
			want: `{"meetings": [
				{"session": 9, "start": "2013-05-23", "end": null, "place": {"name": "Istanbul"}},
				{"session": 42, "start": "2018-11-10", "end": "2018-11-11", "place": {"name": "Istanbul"}},
				{"session": 43, "start": "2019-03-13", "end": "2019-03-14", "place": {"name": "Istanbul"}}]}`,
		},
		{
			name: "CondemnationsOfTarget",
			query: `{ condemnations(target: "Assad regime") { by { name } target { name } concerning { name }
				evidence { text document { title } } } }`,
			want: `{"condemnations": [{"by": {"name": "Syrian Coalition"}, "target": {"name": "Assad regime"},
				"concerning": {"name": "Sochi agreement"},
				"evidence": [{"text": ` + quote(condemnSentence) + `, "document": {"title": ` + quote(titleA) + `}}]}]}`,
		},
		{
			name:  "EventsAtPlace",
			query: `{ place(name: "Al-Raqqa") { events { eventType } } }`,
			// Both undated, so by id: assassination-... before violations-...
			want: `{"place": {"events": [{"eventType": "KILLING"}, {"eventType": "ABUSE"}]}}`,
		},
		{
			name: "RoleObservations",
			query: `{ person(name: "Nasr al-Hariri") { id aliases roles { role firstSeen lastSeen confidence
				holder { name } evidence { text start end confidence
				document { id title published publisher source } } } } }`,
			want: fmt.Sprintf(`{"person": {"id": "person:nasr-al-hariri", "aliases": ["Hariri"], "roles": [{
				"role": "Head", "firstSeen": "2018-11-12", "lastSeen": "2019-03-15", "confidence": 0.95,
				"holder": {"name": "Nasr al-Hariri"},
				"evidence": [
					{"text": %s, "start": 402, "end": 460, "confidence": 0.9, "document":
						{"id": %s, "title": %s, "published": "2018-11-12", "publisher": "Syrian Coalition", "source": "a/42nd.txt"}},
					{"text": %s, "start": 120, "end": 190, "confidence": 0.95, "document":
						{"id": %s, "title": %s, "published": "2019-03-15", "publisher": "Syrian Coalition", "source": "b/43rd.txt"}}]}]}}`,
				quote(haririSentenceA), quote(docA.ID), quote(titleA),
				quote(haririSentenceB), quote(docB.ID), quote(titleB)),
		},
		{
			name:  "EvidenceWithoutSentence",
			query: `{ person(name: "Abdurrahman Mustafa") { roles { role confidence evidence { text start end confidence document { title } } } } }`,
			want: `{"person": {"roles": [{"role": "President", "confidence": null,
				"evidence": [{"text": null, "start": null, "end": null, "confidence": null, "document": {"title": ` + quote(titleA) + `}}]}]}}`,
		},
		{
			name:  "PersonMeetingsAndDocuments",
			query: `{ person(name: "Nasr al-Hariri") { meetings { name session place { name } attendees { name } } documents { title } } }`,
			want: `{"person": {"meetings": [{"name": "meeting of Nasr al-Hariri and Sergei Lavrov", "session": null,
				"place": {"name": "Moscow"}, "attendees": [{"name": "Nasr al-Hariri"}, {"name": "Sergei Lavrov"}]}],
				"documents": [{"title": ` + quote(titleA) + `}, {"title": ` + quote(titleB) + `}]}}`,
		},
		{
			name: "Organization",
			query: `{ organization(name: "the Coalition") { name aliases officeHolders { role holder { name } }
				condemnationsIssued { target { name } } condemnationsReceived { id } parts { name } partOf { name }
				meetings { name } agreements { name } } }`,
			want: `{"organization": {"name": "Syrian Coalition", "aliases": ["the Coalition"],
				"officeHolders": [{"role": "President", "holder": {"name": "Abdurrahman Mustafa"}}],
				"condemnationsIssued": [{"target": {"name": "Assad regime"}}], "condemnationsReceived": [],
				"parts": [{"name": "Syrian Coalition General Assembly"}], "partOf": [], "meetings": [], "agreements": []}}`,
		},
		{
			name:  "SubBody",
			query: `{ organization(name: "General Assembly") { partOf { __typename name } meetings { session } condemnationsReceived { id } } }`,
			want: `{"organization": {"partOf": [{"__typename": "Organization", "name": "Syrian Coalition"}],
				"meetings": [{"session": 9}, {"session": 42}, {"session": 43}], "condemnationsReceived": []}}`,
		},
		{
			name:  "Condemned",
			query: `{ organization(name: "Assad regime") { condemnationsReceived { by { __typename name } concerning { __typename } firstSeen lastSeen confidence } } }`,
			want: `{"organization": {"condemnationsReceived": [{"by": {"__typename": "Organization", "name": "Syrian Coalition"},
				"concerning": {"__typename": "Agreement"}, "firstSeen": "2018-11-12", "lastSeen": "2018-11-12", "confidence": 0.8}]}}`,
		},
		{
			name:  "State",
			query: `{ state(name: "russia") { __typename name officeHolders { role holder { name } organization { __typename name } } agreements { name } events { name } } }`,
			want: `{"state": {"__typename": "State", "name": "Russia",
				"officeHolders": [{"role": "Foreign Minister", "holder": {"name": "Sergei Lavrov"},
					"organization": {"__typename": "State", "name": "Russia"}}],
				"agreements": [{"name": "Sochi agreement"}], "events": []}}`,
		},
		{
			name:  "Agreement",
			query: `{ agreement(name: "Idlib agreement") { name date parties { __typename name } place { name } referencedBy { name } condemnations { by { name } } } }`,
			want: `{"agreement": {"name": "Sochi agreement", "date": "2018-09-17",
				"parties": [{"__typename": "State", "name": "Russia"}, {"__typename": "State", "name": "Turkey"}],
				"place": {"name": "Sochi"}, "referencedBy": [], "condemnations": [{"by": {"name": "Syrian Coalition"}}]}}`,
		},
		{
			name:  "PlaceAndEvent",
			query: `{ place(name: "Idlib") { placeType events { name eventType date place { name } references { name } condemnations { id } } meetings { name } agreements { name } } }`,
			want: `{"place": {"placeType": "PROVINCE", "events": [{"name": "violations of the Sochi agreement",
				"eventType": "CEASEFIRE_VIOLATION", "date": null, "place": {"name": "Idlib"}, "references": [], "condemnations": []}],
				"meetings": [], "agreements": []}}`,
		},
		{
			name:  "PlaceMeetingsAndAgreements",
			query: `{ a: place(name: "Istanbul") { meetings { session } } b: place(name: "Sochi") { agreements { name } } }`,
			want:  `{"a": {"meetings": [{"session": 9}, {"session": 42}, {"session": 43}]}, "b": {"agreements": [{"name": "Sochi agreement"}]}}`,
		},
		{
			name:  "MeetingBodyAndPlace",
			query: `{ meetings(body: "general assembly") { body { __typename name } place { __typename ... on Place { placeType } } } }`,
			want: `{"meetings": [
				{"body": {"__typename": "Organization", "name": "Syrian Coalition General Assembly"}, "place": {"__typename": "Place", "placeType": "CITY"}},
				{"body": {"__typename": "Organization", "name": "Syrian Coalition General Assembly"}, "place": {"__typename": "Place", "placeType": "CITY"}},
				{"body": {"__typename": "Organization", "name": "Syrian Coalition General Assembly"}, "place": {"__typename": "Place", "placeType": "CITY"}}]}`,
		},
		{
			name:  "AllMeetings",
			query: `{ meetings { name body { name } } }`,
			// Dated meetings earliest first, the undated one last.
			want: `{"meetings": [
				{"name": "9th session of the Syrian Coalition General Assembly", "body": {"name": "Syrian Coalition General Assembly"}},
				{"name": "42nd session of the Syrian Coalition General Assembly", "body": {"name": "Syrian Coalition General Assembly"}},
				{"name": "43rd session of the Syrian Coalition General Assembly", "body": {"name": "Syrian Coalition General Assembly"}},
				{"name": "meeting of Nasr al-Hariri and Sergei Lavrov", "body": null}]}`,
		},
		{
			name: "CondemnationFilters",
			query: `{ by: condemnations(by: "the coalition") { id } about: condemnations(concerning: "Sochi agreement") { target { name } }
				none: condemnations(by: "Assad regime") { id } all: condemnations { by { name } } }`,
			want: fmt.Sprintf(`{"by": [{"id": %s}], "about": [{"target": {"name": "Assad regime"}}], "none": [],
				"all": [{"by": {"name": "Syrian Coalition"}}]}`,
				quote(graph.FactID(&graph.Relation{Type: graph.Condemned, From: coalition, To: regime, Concerning: sochiDeal}))),
		},
		{
			name:  "Documents",
			query: `{ documents { id title published publisher source sha256 entityCount relationCount } }`,
			want: fmt.Sprintf(`{"documents": [
				{"id": %s, "title": %s, "published": "2018-11-12", "publisher": "Syrian Coalition", "source": "a/42nd.txt",
				 "sha256": "aa42", "entityCount": 20, "relationCount": 16},
				{"id": %s, "title": %s, "published": "2019-03-15", "publisher": "Syrian Coalition", "source": "b/43rd.txt",
				 "sha256": "bb43", "entityCount": 7, "relationCount": 5}]}`,
				quote(docA.ID), quote(titleA), quote(docB.ID), quote(titleB)),
		},
		{
			name:  "DocumentsLimit",
			query: `{ one: documents(limit: 1) { title } none: documents(limit: 0) { title } }`,
			want:  `{"one": [{"title": ` + quote(titleA) + `}], "none": []}`,
		},
		{
			name:  "DocumentEntities",
			query: `{ documents { entities { __typename id } } }`,
			want: `{"documents": [{"entities": ` + typedIDs(
				"Agreement", sochiDeal, "Event", killing, "Event", abuses, "Event", violations,
				"Meeting", moscowTalks, "Meeting", session42,
				"Organization", regime, "Organization", coalition, "Organization", assembly, "Organization", commission,
				"Person", mustafa, "Person", hariri, "Person", lavrov,
				"Place", raqqa, "Place", idlib, "Place", istanbul, "Place", moscow, "Place", sochi,
				"State", russia, "State", turkey) + `}, {"entities": ` + typedIDs(
				"Meeting", session43, "Meeting", session9, "Organization", assembly, "Organization", commission,
				"Person", hariri, "Person", saad, "Place", istanbul) + `}]}`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertData(t, post(t, srv, tc.query), tc.want)
		})
	}
}

// typedIDs writes pairs of __typename and id as a JSON list of objects.
func typedIDs(pairs ...string) string {
	out := "["
	for i := 0; i < len(pairs); i += 2 {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf(`{"__typename": %q, "id": %s}`, pairs[i], quote(pairs[i+1]))
	}
	return out + "]"
}

// TestHandler_NameMatching checks that names match as graph.NameKey does:
// ignoring case, hyphens, diacritics, quotes and a leading "the", and by
// alias.
func TestHandler_NameMatching(t *testing.T) {
	srv := fixtureServer(t)
	for _, name := range []string{"Nasr al-Hariri", "nasr al hariri", "NASR AL‐HARIRI", "Nasr  al-Harírí", "the Nasr al-Hariri"} {
		t.Run(name, func(t *testing.T) {
			r := post(t, srv, `{ person(name: `+quote(name)+`) { id } }`)
			assertData(t, r, `{"person": {"id": "person:nasr-al-hariri"}}`)
		})
	}
	t.Run("AliasOfOneOrganization", func(t *testing.T) {
		assertData(t, post(t, srv, `{ organization(name: "the regime") { name } }`),
			`{"organization": {"name": "Assad regime"}}`)
	})
}

// TestHandler_Errors checks the codes and messages of resolver errors.
func TestHandler_Errors(t *testing.T) {
	srv := fixtureServer(t)
	for _, tc := range []struct {
		name, query string
		code        string
		// message must contain each of these.
		message []string
		// data is the data that must come with the error.
		data string
	}{
		{"UnknownPerson", `{ person(name: "Nobody Here") { name } }`,
			"NOT_FOUND", []string{`"Nobody Here"`, "person"}, `{"person": null}`},
		{"UnknownPlace", `{ place(name: "Atlantis") { name } }`,
			"NOT_FOUND", []string{`"Atlantis"`, "place"}, `{"place": null}`},
		{"PersonNameOfOrganization", `{ person(name: "Syrian Coalition") { name } }`,
			"NOT_FOUND", []string{`"Syrian Coalition"`}, `{"person": null}`},
		{"UnknownBody", `{ meetings(body: "Nowhere Council") { name } }`,
			"NOT_FOUND", []string{`"Nowhere Council"`, "organization or state"}, `null`},
		{"UnknownTarget", `{ condemnations(target: "Nobody") { id } }`,
			"NOT_FOUND", []string{`"Nobody"`, "person, organization or state"}, `null`},
		{"AmbiguousAlias", `{ person(name: "Hariri") { name } }`,
			"BAD_USER_INPUT", []string{`"Hariri"`, hariri, saad}, `{"person": null}`},
		{"EmptyName", `{ person(name: " - ") { name } }`,
			"BAD_USER_INPUT", []string{"name is required"}, `{"person": null}`},
		{"NegativeLimit", `{ documents(limit: -1) { id } }`,
			"BAD_USER_INPUT", []string{"-1"}, `null`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := post(t, srv, tc.query)
			if len(r.Errors) != 1 {
				t.Fatalf("errors: %+v, want one", r.Errors)
			}
			if r.code() != tc.code {
				t.Errorf("extensions.code = %q, want %q", r.code(), tc.code)
			}
			for _, m := range tc.message {
				if !contains(r.Errors[0].Message, m) {
					t.Errorf("message %q does not contain %q", r.Errors[0].Message, m)
				}
			}
			if len(r.Errors[0].Path) == 0 {
				t.Errorf("error has no path")
			}
			assertJSON(t, r.Data, tc.data)
		})
	}
	t.Run("FullNameOfAmbiguousAlias", func(t *testing.T) {
		assertData(t, post(t, srv, `{ person(name: "Saad al-Hariri") { id } }`), `{"person": {"id": `+quote(saad)+`}}`)
	})
}

// TestHandler_BadRequests checks what gqlgen itself rejects before any
// resolver runs.
func TestHandler_BadRequests(t *testing.T) {
	srv := fixtureServer(t)
	for _, tc := range []struct {
		name, query, code string
	}{
		{"Malformed", `{ person(name: "Nasr al-Hariri") { name `, "GRAPHQL_PARSE_FAILED"},
		{"UnknownField", `{ person(name: "Nasr al-Hariri") { age } }`, "GRAPHQL_VALIDATION_FAILED"},
		{"MissingArgument", `{ person { name } }`, "GRAPHQL_VALIDATION_FAILED"},
		{"NoSelectionOnObject", `{ person(name: "Nasr al-Hariri") }`, "GRAPHQL_VALIDATION_FAILED"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := post(t, srv, tc.query)
			if len(r.Errors) == 0 {
				t.Fatalf("no error; data %s", r.Data)
			}
			if r.code() != tc.code {
				t.Errorf("extensions.code = %q, want %q (%s)", r.code(), tc.code, r.Errors[0].Message)
			}
			if r.Status != 422 {
				t.Errorf("status %d, want 422", r.Status)
			}
			if string(r.Data) != "" && string(r.Data) != "null" {
				t.Errorf("data %s, want none", r.Data)
			}
		})
	}
}
