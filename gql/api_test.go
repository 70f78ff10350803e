package gql_test

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

// The queries of issue 5 through the real HTTP handler, over the dev corpus
// on every store (devcorpus_test.go). Each expectation is read off the
// communiqués themselves; the comments say where.

// Entity ids of the dev corpus, canonical as the loader makes them.
var (
	devHariri    = graph.EntityID(graph.Person, "Nasr al-Hariri")
	devMustafa   = graph.EntityID(graph.Person, "Abdurrahman Mustafa")
	devPedersen  = graph.EntityID(graph.Person, "Geir Pedersen")
	devCavusoglu = graph.EntityID(graph.Person, "Mevlüt Çavuşoğlu")
	devSNC       = graph.EntityID(graph.Organization, "Syrian Negotiations Commission")
	devAssembly  = graph.EntityID(graph.Organization, "Syrian Coalition General Assembly")
	devCouncil   = graph.EntityID(graph.Organization, "Council of the League of Arab States")
	devLeague    = graph.EntityID(graph.Organization, "League of Arab States")
	devUN        = graph.EntityID(graph.Organization, "United Nations")
	devTurkey    = graph.EntityID(graph.State, "Turkey")
)

// data decodes a response's data into v, failing on any error.
func data(t *testing.T, r gqlResponse, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	decodeData(t, r, v)
}

// wantError checks that a response has one error with the code, whose
// message contains each of the parts.
func wantError(t *testing.T, r gqlResponse, code string, parts ...string) {
	t.Helper()
	if len(r.Errors) != 1 {
		t.Fatalf("errors %+v, want one %s", r.Errors, code)
	}
	if r.code() != code {
		t.Errorf("extensions.code = %q, want %q (%s)", r.code(), code, r.Errors[0].Message)
	}
	for _, p := range parts {
		if !contains(r.Errors[0].Message, p) {
			t.Errorf("message %q does not contain %q", r.Errors[0].Message, p)
		}
	}
}

type named struct {
	ID   string
	Name string
}

func names[T any](xs []T, name func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = name(x)
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}

func TestAPI_Node(t *testing.T) {
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		doc12 := devDoc(t, "12-")
		// "Head of the Syrian Negotiations Commission": 01, 05, 11 and 04.
		headRole := graph.FactID(&graph.Relation{Type: graph.HoldsRole, From: devHariri, To: devSNC, Role: "head"})
		// 12: "the Council condemns the Turkish aggression".
		condemned := graph.FactID(&graph.Relation{Type: graph.Condemned, From: devCouncil, To: devTurkey})
		// 12: "The Council of the League of Arab States".
		partOf := graph.FactID(&graph.Relation{Type: graph.PartOf, From: devCouncil, To: devLeague})

		t.Run("Person", func(t *testing.T) {
			assertData(t, post(t, srv, `{ node(id: `+quote(devHariri)+`) { id __typename ... on Person { name } } }`),
				`{"node": {"id": `+quote(devHariri)+`, "__typename": "Person", "name": "Nasr al-Hariri"}}`)
		})
		t.Run("Document", func(t *testing.T) {
			assertData(t, post(t, srv, `{ node(id: `+quote(doc12)+`) { __typename ... on Document { title published } } }`),
				`{"node": {"__typename": "Document", "title": "Arab League Council Condemns Turkish Military Operation in North-East Syria", "published": "2019-10-12"}}`)
		})
		t.Run("Role", func(t *testing.T) {
			var d struct {
				Node struct {
					Typename            string `json:"__typename"`
					Holder, Org         named
					FirstSeen, LastSeen string
					Evidence            []struct{ Document struct{ Published string } }
				}
			}
			data(t, post(t, srv, `{ node(id: `+quote(headRole)+`) { __typename ... on Role {
				holder { name } org: organization { name } firstSeen lastSeen evidence { document { published } } } } }`), &d)
			n := d.Node
			if n.Typename != "Role" || n.Holder.Name != "Nasr al-Hariri" || n.Org.Name != "Syrian Negotiations Commission" {
				t.Errorf("node %+v, want Nasr al-Hariri's role at the Syrian Negotiations Commission", n)
			}
			var days []string
			for _, e := range n.Evidence {
				days = append(days, e.Document.Published)
			}
			if want := []string{"2018-03-12", "2018-10-18", "2019-11-21", "2020-01-20"}; !slices.Equal(days, want) ||
				n.FirstSeen != want[0] || n.LastSeen != want[3] {
				t.Errorf("seen %s to %s in %v, want the four communiqués %v", n.FirstSeen, n.LastSeen, days, want)
			}
		})
		t.Run("Condemnation", func(t *testing.T) {
			assertData(t, post(t, srv, `{ node(id: `+quote(condemned)+`) { __typename ... on Condemnation { by { name } target { name } date } } }`),
				`{"node": {"__typename": "Condemnation", "by": {"name": "Council of the League of Arab States"}, "target": {"name": "Turkey"}, "date": "2019-10-12"}}`)
		})
		t.Run("Relationship", func(t *testing.T) {
			assertData(t, post(t, srv, `{ node(id: `+quote(partOf)+`) { id __typename ... on Relationship { type source { name } target { name } role } } }`),
				`{"node": {"id": `+quote(partOf)+`, "__typename": "Relationship", "type": "PART_OF",
					"source": {"name": "Council of the League of Arab States"}, "target": {"name": "League of Arab States"}, "role": null}}`)
		})
		t.Run("Nodes", func(t *testing.T) {
			assertData(t, post(t, srv, `{ nodes(ids: [`+quote(doc12)+`, "person:nobody-at-all", `+quote(devHariri)+`, "no-kind"]) { __typename id } }`),
				`{"nodes": [{"__typename": "Document", "id": `+quote(doc12)+`}, null, {"__typename": "Person", "id": `+quote(devHariri)+`}, null]}`)
		})
		for _, id := range []string{"person:nobody-at-all", "fact:condemned:0000000000000000", "document:none", "no-kind-at-all"} {
			t.Run("NotFound/"+id, func(t *testing.T) {
				r := post(t, srv, `{ node(id: `+quote(id)+`) { id } }`)
				wantError(t, r, "NOT_FOUND", quote(id))
				assertJSON(t, r.Data, `{"node": null}`)
			})
		}
	})
}

func TestAPI_Entity(t *testing.T) {
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		for _, tc := range []struct{ query, want string }{
			// 10 writes both "Çavuşoğlu" and "Cavusoglu".
			{`{ entity(name: "Cavusoglu") { __typename id } }`, `{"entity": {"__typename": "Person", "id": ` + quote(devCavusoglu) + `}}`},
			// 12's title: "Arab League Council".
			{`{ entity(name: "arab league council", type: ORGANIZATION) { id name } }`,
				`{"entity": {"id": ` + quote(devCouncil) + `, "name": "Council of the League of Arab States"}}`},
			{`{ entity(name: "Turkey", type: STATE) { __typename ... on State { officeHolders(role: "Foreign Minister") { holder { name } } } } }`,
				`{"entity": {"__typename": "State", "officeHolders": [{"holder": {"name": "Mevlüt Çavuşoğlu"}}]}}`},
		} {
			assertData(t, post(t, srv, tc.query), tc.want)
		}
		wantError(t, post(t, srv, `{ entity(name: "Atlantis") { id } }`), "NOT_FOUND", `"Atlantis"`)
		wantError(t, post(t, srv, `{ entity(name: "Nasr al-Hariri", type: PLACE) { id } }`), "NOT_FOUND", "place")
	})
}

func TestAPI_Search(t *testing.T) {
	type hit struct {
		Entity struct {
			ID       string
			Typename string `json:"__typename"`
		}
		Score float64
	}
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		for _, tc := range []struct {
			query, types string
			want         string // the best hit
		}{
			// 04 spells him "Abdul Rahman Mustafa", 01 "Abdulrahman Mustafa".
			{"abdul rahman mustafa", "", devMustafa},
			{"ABDULRAHMAN MUSTAFA", "", devMustafa},
			{"Hariri", "[PERSON]", devHariri},
			{"al-Hariri", "[PERSON]", devHariri},
			{"Maarat al Numan", "", graph.EntityID(graph.Place, "Maarat al-Numan")},
			{"Cavusoglu", "", devCavusoglu},
		} {
			t.Run(tc.query, func(t *testing.T) {
				args := "query: " + quote(tc.query)
				if tc.types != "" {
					args += ", types: " + tc.types
				}
				var d struct{ Search []hit }
				data(t, post(t, srv, `{ search(`+args+`, first: 5) { entity { id __typename } score } }`), &d)
				if len(d.Search) == 0 || d.Search[0].Entity.ID != tc.want {
					t.Fatalf("search %q: %+v, want %s first", tc.query, d.Search, tc.want)
				}
				for i, h := range d.Search {
					if i > 0 && h.Score > d.Search[i-1].Score {
						t.Errorf("hit %d scores %v, more than the one before it", i, h.Score)
					}
					if tc.types == "[PERSON]" && h.Entity.Typename != "Person" {
						t.Errorf("hit %s is a %s, not a Person", h.Entity.ID, h.Entity.Typename)
					}
				}
			})
		}
		wantError(t, post(t, srv, `{ search(query: " - ") { score } }`), "BAD_USER_INPUT", "query")
		wantError(t, post(t, srv, `{ search(query: "Hariri", first: 101) { score } }`), "BAD_USER_INPUT", "first", "100", "101")
	})
}

func TestAPI_Lists(t *testing.T) {
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		t.Run("PeopleByAlias", func(t *testing.T) {
			// 08 writes "Anas al-Abdah", 06 and 11 "Anas al-Abda": one person.
			assertData(t, post(t, srv, `{ people(name: "Anas al-Abdah") { name } }`), `{"people": [{"name": "Anas al-Abda"}]}`)
		})
		t.Run("MeetingsOfBody", func(t *testing.T) {
			// 01: 38th, Istanbul, 10-11 March 2018; 02: 39th, Istanbul,
			// "Saturday and Sunday" before Monday 7 May 2018; 03: 44th,
			// Istanbul, 9 and 10 March 2019; 04: 49th, Istanbul, 18-19
			// January 2020.
			assertData(t, post(t, srv, `{ meetings(body: "General Assembly of the Syrian Coalition") { session start end place { name } } }`),
				`{"meetings": [
				{"session": 38, "start": "2018-03-10", "end": "2018-03-11", "place": {"name": "Istanbul"}},
				{"session": 39, "start": "2018-05-05", "end": "2018-05-06", "place": {"name": "Istanbul"}},
				{"session": 44, "start": "2019-03-09", "end": "2019-03-10", "place": {"name": "Istanbul"}},
				{"session": 49, "start": "2020-01-18", "end": "2020-01-19", "place": {"name": "Istanbul"}}]}`)
			assertData(t, post(t, srv, `{ meetings(body: "Syrian Coalition General Assembly", from: "2019-03-10", to: "2020-01-18") { session } }`),
				`{"meetings": [{"session": 44}, {"session": 49}]}`)
		})
		t.Run("MeetingsInRange", func(t *testing.T) {
			// 12: Cairo, 12 October 2019; 11: Geneva, first session of the
			// Constitutional Committee, 30 October; Istanbul, Wednesday 20
			// November 2019, with Pedersen.
			var d struct {
				Meetings []struct {
					Start, End *string
					Place      *named
				}
			}
			data(t, post(t, srv, `{ meetings(from: "2019-10-01", to: "2019-11-30") { start end place { name } } }`), &d)
			var got []string
			for _, m := range d.Meetings {
				if m.Start == nil || *m.Start > "2019-11-30" || (m.End != nil && *m.End < "2019-10-01") {
					t.Errorf("meeting %s outside the range", mustJSON(m))
					continue
				}
				if m.Place != nil {
					got = append(got, *m.Start+" "+m.Place.Name)
				}
			}
			for _, want := range []string{"2019-10-12 Cairo", "2019-10-30 Geneva", "2019-11-20 Istanbul"} {
				if !slices.Contains(got, want) {
					t.Errorf("meetings %v, want %q among them", got, want)
				}
			}
		})
		t.Run("MeetingsByPlace", func(t *testing.T) {
			assertData(t, post(t, srv, `{ meetings(place: "Cairo") { start body { name } } }`),
				`{"meetings": [{"start": "2019-10-12", "body": {"name": "Council of the League of Arab States"}}]}`)
		})
		t.Run("Events", func(t *testing.T) {
			// 04: the airstrikes of 15 January (2020) on Idlib city; 06: the
			// regime airstrike near Balyun on 27 February (2020).
			var d struct {
				Events []struct {
					EventType string
					Date      *string
					Place     named
				}
			}
			data(t, post(t, srv, `{ events(type: ATTACK, from: "2020-01-01") { eventType date place { name } } }`), &d)
			var got []string
			for _, e := range d.Events {
				if e.EventType != "ATTACK" || e.Date == nil || *e.Date < "2020-01-01" {
					t.Errorf("event %s is not an attack of 2020", mustJSON(e))
					continue
				}
				got = append(got, *e.Date+" "+e.Place.Name)
			}
			if !slices.IsSorted(got) {
				t.Errorf("events %v are not earliest first", got)
			}
			for _, want := range []string{"2020-01-15 Idlib city", "2020-02-27 Balyun"} {
				if !slices.Contains(got, want) {
					t.Errorf("attacks %v, want %q among them", got, want)
				}
			}
			// 02: "the chemical attack on Douma on 7 April" (2018).
			assertData(t, post(t, srv, `{ events(place: "Douma") { eventType date } }`),
				`{"events": [{"eventType": "ATTACK", "date": "2018-04-07"}]}`)
		})
		t.Run("Places", func(t *testing.T) {
			// 03: al-Rukban camp, the only camp the texts name.
			assertData(t, post(t, srv, `{ places(type: CAMP) { name placeType } }`),
				`{"places": [{"name": "al-Rukban camp", "placeType": "CAMP"}]}`)
		})
		t.Run("Agreements", func(t *testing.T) {
			// Turkey is party to the Sochi memorandum of 17 September 2018
			// (03, 05), the ceasefire of 12 January 2020 (04), the Moscow
			// protocol of 5 March 2020 (06) and the nationwide ceasefire of
			// 29 December 2016 (08).
			var d struct{ Agreements []struct{ Date *string } }
			data(t, post(t, srv, `{ agreements(party: "Turkey") { date } }`), &d)
			var days []string
			for _, a := range d.Agreements {
				if a.Date != nil {
					days = append(days, *a.Date)
				}
			}
			if want := []string{"2016-12-29", "2018-09-17", "2020-01-12", "2020-03-05"}; !slices.Equal(sorted(days), want) {
				t.Errorf("dates of Turkey's agreements %v, want %v", sorted(days), want)
			}
			data(t, post(t, srv, `{ agreements(from: "2020-01-01") { date } }`), &d)
			days = nil
			for _, a := range d.Agreements {
				days = append(days, *a.Date)
			}
			if want := []string{"2020-01-12", "2020-03-05"}; !slices.Equal(sorted(days), want) {
				t.Errorf("agreements of 2020 dated %v, want %v", sorted(days), want)
			}
		})
		t.Run("Condemnations", func(t *testing.T) {
			var d struct {
				Condemnations []struct {
					By, Target named
					Date       string
					Evidence   []struct{ Text string }
				}
			}
			data(t, post(t, srv, `{ condemnations(target: "Turkey") { by { name } target { name } date evidence { text } } }`), &d)
			if len(d.Condemnations) != 1 {
				t.Fatalf("condemnations of Turkey %s, want the Arab League Council's (12)", mustJSON(d))
			}
			c := d.Condemnations[0]
			// The title and the resolution both say it: "Arab League Council
			// Condemns Turkish Military Operation", "the Council condemns the
			// Turkish aggression".
			if c.By.Name != "Council of the League of Arab States" || c.Date != "2019-10-12" || len(c.Evidence) != 1 ||
				!contains(strings.ToLower(c.Evidence[0].Text), "council condemns") || !contains(strings.ToLower(c.Evidence[0].Text), "turkish") {
				t.Errorf("condemnation %s, want the Council's of 12 October 2019 with its sentence", mustJSON(c))
			}
			// 07 (22 July 2019): the Coalition condemns the regime and its
			// Russian ally; 12: the Council condemns Turkey. The General
			// Assembly's condemnations of Russia began in 2018 (01).
			data(t, post(t, srv, `{ condemnations(from: "2019-01-01") { by { name } target { name } date } }`), &d)
			var got []string
			for _, c := range d.Condemnations {
				got = append(got, c.By.Name+" > "+c.Target.Name+" "+c.Date)
			}
			want := []string{"Council of the League of Arab States > Turkey 2019-10-12",
				"Syrian Coalition > Assad regime 2019-07-22", "Syrian Coalition > Russia 2019-07-22"}
			if !slices.Equal(sorted(got), want) {
				t.Errorf("condemnations since 2019 %q, want %q", got, want)
			}
		})
		t.Run("Documents", func(t *testing.T) {
			// The headers: 03 11 March, 07 22 July, 12 12 October, 11 21
			// November 2019.
			assertData(t, post(t, srv, `{ documents(from: "2019-01-01", to: "2019-12-31") { published } }`),
				`{"documents": [{"published": "2019-03-11"}, {"published": "2019-07-22"}, {"published": "2019-10-12"}, {"published": "2019-11-21"}]}`)
			assertData(t, post(t, srv, `{ first: documents(first: 1) { published } deprecatedLimit: documents(limit: 2) { published } }`),
				`{"first": [{"published": "2017-04-04"}], "deprecatedLimit": [{"published": "2017-04-04"}, {"published": "2018-03-12"}]}`)
		})
		t.Run("BadInput", func(t *testing.T) {
			for _, tc := range []struct{ query, code, message string }{
				{`{ people(first: 101) { name } }`, "BAD_USER_INPUT", "first must be from 0 to 100, not 101"},
				{`{ meetingsConnection(first: -1) { totalCount } }`, "BAD_USER_INPUT", "not -1"},
				{`{ meetings(from: "2020-01-01", to: "2019-01-01") { name } }`, "BAD_USER_INPUT", "from 2020-01-01 is after to 2019-01-01"},
				{`{ meetings(body: "Nowhere Council") { name } }`, "NOT_FOUND", `"Nowhere Council"`},
				{`{ events(place: "Atlantis") { name } }`, "NOT_FOUND", `"Atlantis"`},
				{`{ agreements(party: "Atlantis") { name } }`, "NOT_FOUND", `"Atlantis"`},
				{`{ peopleConnection(after: "not a cursor!") { totalCount } }`, "BAD_USER_INPUT", "cursor"},
			} {
				wantError(t, post(t, srv, tc.query), tc.code, tc.message)
			}
		})
	})
}

// TestAPI_Connections walks every connection page by page and checks that
// the pages, laid end to end, are the plain list: same items, same order,
// no repeats, the right totalCount and pageInfo on every page.
func TestAPI_Connections(t *testing.T) {
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		for _, tc := range []struct{ list, connection, args string }{
			{"people", "peopleConnection", ""},
			{"organizations", "organizationsConnection", ""},
			{"states", "statesConnection", ""},
			{"places", "placesConnection", `type: TOWN`},
			{"agreements", "agreementsConnection", ""},
			{"meetings", "meetingsConnection", ""},
			{"events", "eventsConnection", `place: "Idlib"`},
			{"condemnations", "condemnationsConnection", ""},
			{"documents", "documentsConnection", ""},
		} {
			t.Run(tc.connection, func(t *testing.T) {
				args := tc.args
				if args != "" {
					args += ", "
				}
				var whole map[string][]struct{ ID string }
				data(t, post(t, srv, `{ `+tc.list+`(`+args+`first: 100) { id } }`), &whole)
				want := names(whole[tc.list], func(x struct{ ID string }) string { return x.ID })
				if len(want) < 3 {
					t.Fatalf("%s has %d items; the test needs several pages", tc.list, len(want))
				}
				var got []string
				var after *string
				for page := 0; ; page++ {
					a := args + "first: 2"
					if after != nil {
						a += ", after: " + quote(*after)
					}
					var d map[string]struct {
						Edges []struct {
							Cursor string
							Node   struct{ ID string }
						}
						PageInfo struct {
							HasNextPage, HasPreviousPage bool
							StartCursor, EndCursor       *string
						}
						TotalCount int
					}
					data(t, post(t, srv, `{ `+tc.connection+`(`+a+`) { edges { cursor node { id } }
						pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`), &d)
					c := d[tc.connection]
					if c.TotalCount != len(want) {
						t.Fatalf("page %d: totalCount %d, want %d", page, c.TotalCount, len(want))
					}
					for _, e := range c.Edges {
						got = append(got, e.Node.ID)
					}
					if n := len(c.Edges); n > 0 && (c.PageInfo.StartCursor == nil || *c.PageInfo.StartCursor != c.Edges[0].Cursor ||
						c.PageInfo.EndCursor == nil || *c.PageInfo.EndCursor != c.Edges[n-1].Cursor) {
						t.Errorf("page %d: pageInfo cursors %v/%v do not match its edges", page, c.PageInfo.StartCursor, c.PageInfo.EndCursor)
					}
					if c.PageInfo.HasPreviousPage != (page > 0) {
						t.Errorf("page %d: hasPreviousPage %v", page, c.PageInfo.HasPreviousPage)
					}
					if c.PageInfo.HasNextPage != (len(got) < len(want)) {
						t.Errorf("page %d: hasNextPage %v with %d of %d items seen", page, c.PageInfo.HasNextPage, len(got), len(want))
					}
					if !c.PageInfo.HasNextPage || page > len(want) {
						break
					}
					after = c.PageInfo.EndCursor
				}
				if !slices.Equal(got, want) {
					t.Errorf("pages laid end to end:\n%v\nwant the list:\n%v", got, want)
				}
			})
		}
		t.Run("CursorOfARemovedPlace", func(t *testing.T) {
			// A cursor is a place in the order, not an item: the page after
			// the cursor of the 39th session, asked of the list without it,
			// still starts at the 44th.
			var d struct {
				MeetingsConnection struct{ Edges []struct{ Cursor string } }
			}
			data(t, post(t, srv, `{ meetingsConnection(body: "Syrian Coalition General Assembly", first: 2) { edges { cursor } } }`), &d)
			if len(d.MeetingsConnection.Edges) != 2 {
				t.Fatalf("edges %+v", d)
			}
			after := d.MeetingsConnection.Edges[1].Cursor
			assertData(t, post(t, srv, `{ meetingsConnection(body: "Syrian Coalition General Assembly", from: "2019-01-01", after: `+quote(after)+`) {
				edges { node { session } } totalCount pageInfo { hasPreviousPage } } }`),
				`{"meetingsConnection": {"edges": [{"node": {"session": 44}}, {"node": {"session": 49}}], "totalCount": 2, "pageInfo": {"hasPreviousPage": false}}}`)
		})
	})
}

func TestAPI_Relationships(t *testing.T) {
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		t.Run("PersonRoles", func(t *testing.T) {
			// 01 (12 March 2018): Vice-President; President in 02 (7 May
			// 2018), 10, 05, 09 and 03 (11 March 2019); 04 (20 January 2020):
			// head of the Syrian Interim Government.
			var d struct {
				Person struct {
					Roles []struct {
						Role                string
						Organization        named
						FirstSeen, LastSeen string
					}
				}
			}
			data(t, post(t, srv, `{ person(name: "Abdurrahman Mustafa") { roles { role organization { name } firstSeen lastSeen } } }`), &d)
			var got []string
			for _, r := range d.Person.Roles {
				got = append(got, fmt.Sprintf("%s@%s %s..%s", graph.NameKey(r.Role), r.Organization.Name, r.FirstSeen, r.LastSeen))
			}
			want := []string{"head@Syrian Interim Government 2020-01-20..2020-01-20",
				// 01: the Assembly entrusted him the presidency on 12 March 2018
				"president@Syrian Coalition 2018-03-12..2019-03-11", "vice president@Syrian Coalition 2018-03-12..2018-03-12"}
			if !slices.Equal(sorted(got), want) {
				t.Errorf("roles %q, want %q", got, want)
			}
		})
		t.Run("PersonMeetings", func(t *testing.T) {
			// Mustafa took part in the 38th (10 March 2018) and 39th (5 May)
			// sessions, met Çavuşoğlu in Ankara (3 October), chaired the
			// political committee (18 October), opened the 44th (9 March
			// 2019), reported to the 49th (18 January 2020), and met Jeffrey
			// on a day 03 does not give.
			var d struct {
				Person struct{ Meetings []struct{ Start *string } }
			}
			data(t, post(t, srv, `{ person(name: "Abdurrahman Mustafa") { meetings { start } } }`), &d)
			var days []string
			for _, m := range d.Person.Meetings {
				day := "undated"
				if m.Start != nil {
					day = *m.Start
				}
				if len(days) == 0 || days[len(days)-1] != day {
					days = append(days, day)
				}
			}
			want := []string{"2018-03-10", "2018-05-05", "2018-10-03", "2018-10-18", "2019-03-09", "2020-01-18", "undated"}
			if !slices.Equal(days, want) {
				t.Errorf("Mustafa's meetings start %v, want %v in that order", days, want)
			}
		})
		t.Run("PersonCondemnations", func(t *testing.T) {
			// 07: al-Abda calls on the Security Council to condemn; he
			// condemns no one himself, and no one condemns him.
			assertData(t, post(t, srv, `{ person(name: "Anas al-Abda") { condemnations { id } condemnationsIssued { id } } }`),
				`{"person": {"condemnations": [], "condemnationsIssued": []}}`)
		})
		t.Run("Organization", func(t *testing.T) {
			var d struct {
				Organization struct {
					Parts               []named
					PartOf              []named
					OfficeHolders       []struct{ Holder named }
					CondemnationsIssued []struct{ Target named }
					Meetings            []struct{ Session *int }
				}
			}
			data(t, post(t, srv, `{ organization(name: "Syrian Coalition") { parts { name } partOf { name }
				officeHolders(role: "Secretary-General") { holder { name } } condemnationsIssued { target { name } }
				meetings(from: "2018-10-01", to: "2018-10-31") { session } } }`), &d)
			o := d.Organization
			// The General Assembly (01-04), "the Coalition's political
			// committee" (04, 05), "the Coalition's Department of Foreign
			// Affairs" (10).
			if got := names(o.Parts, func(n named) string { return n.Name }); !slices.Equal(got, []string{
				"Syrian Coalition Department of Foreign Affairs", "Syrian Coalition General Assembly", "Syrian Coalition Political Committee"}) {
				t.Errorf("parts %q", got)
			}
			if len(o.PartOf) != 0 {
				t.Errorf("partOf %+v, want none", o.PartOf)
			}
			// Nazir al-Hakim, Secretary-General in 01, 02 and 10.
			if len(o.OfficeHolders) != 1 || o.OfficeHolders[0].Holder.Name != "Nazir al-Hakim" {
				t.Errorf("Secretary-General %+v, want Nazir al-Hakim", o.OfficeHolders)
			}
			// 07: the regime and Russia; 09: Hay'at Tahrir al-Sham.
			if got := sorted(names(o.CondemnationsIssued, func(c struct{ Target named }) string { return c.Target.Name })); !slices.Equal(got,
				[]string{"Assad regime", "Hay'at Tahrir al-Sham", "Russia"}) {
				t.Errorf("condemned %q", got)
			}
			// 10: the delegation's meeting in Ankara, 3 October 2018, is the
			// Coalition's only one that month.
			for _, m := range o.Meetings {
				if m.Session != nil {
					t.Errorf("meeting of October 2018 with session %d", *m.Session)
				}
			}
			if len(o.Meetings) == 0 {
				t.Errorf("no meeting of the Coalition in October 2018")
			}
		})
		t.Run("OfficeHoldersOnADay", func(t *testing.T) {
			for _, tc := range []struct{ role, org, at string }{
				// 02 (7 May 2018): three Vice-Presidents elected.
				{"Vice-President", "Syrian Coalition", "2018-05-07"},
				// 01, 02, 10: al-Hakim, Secretary-General from March to
				// October 2018.
				{"Secretary-General", "Syrian Coalition", "2018-06-01"},
				// 07 (July) and 11 (November 2019): al-Abda, President.
				{"President", "Syrian Coalition", "2019-12-01"},
			} {
				var d struct{ OfficeHolders []struct{ Holder named } }
				data(t, post(t, srv, fmt.Sprintf(`{ officeHolders(role: %q, organization: %q, at: %q) { holder { name } } }`, tc.role, tc.org, tc.at)), &d)
				got := sorted(names(d.OfficeHolders, func(h struct{ Holder named }) string { return h.Holder.Name }))
				want := map[string][]string{
					"Vice-President":    {"Abdel Basset Hamou", "Badr Jamous", "Dima Moussa"},
					"Secretary-General": {"Nazir al-Hakim"},
					"President":         {"Anas al-Abda"},
				}[tc.role]
				if !slices.Equal(got, want) {
					t.Errorf("%s of the %s on %s: %q, want %q", tc.role, tc.org, tc.at, got, want)
				}
			}
		})
		t.Run("State", func(t *testing.T) {
			var d struct {
				State struct {
					OfficeHolders []struct {
						Role   string
						Holder named
					}
					CondemnationsReceived []struct {
						By   named
						Date string
					}
				}
			}
			data(t, post(t, srv, `{ state(name: "Turkey") { officeHolders { role holder { name } } condemnationsReceived { by { name } date } } }`), &d)
			// 10: Foreign Minister Çavuşoğlu and his deputy Önal; 06 and 10:
			// President Erdoğan.
			got := sorted(names(d.State.OfficeHolders, func(h struct {
				Role   string
				Holder named
			}) string {
				return h.Role + ": " + h.Holder.Name
			}))
			if want := []string{"Deputy Foreign Minister: Sedat Önal", "Foreign Minister: Mevlüt Çavuşoğlu",
				"President: Recep Tayyip Erdoğan"}; !slices.Equal(got, want) {
				t.Errorf("Turkey's office holders %q, want %q", got, want)
			}
			if c := d.State.CondemnationsReceived; len(c) != 1 || c[0].By.Name != "Council of the League of Arab States" || c[0].Date != "2019-10-12" {
				t.Errorf("condemnations of Turkey %+v, want the Council's of 12 October 2019", c)
			}
			// 01, 04: the General Assembly; 07: the Coalition.
			var r struct {
				State struct{ CondemnationsReceived []struct{ By named } }
			}
			data(t, post(t, srv, `{ state(name: "Russia") { condemnationsReceived { by { name } } } }`), &r)
			if got := sorted(names(r.State.CondemnationsReceived, func(c struct{ By named }) string { return c.By.Name })); !slices.Equal(got,
				[]string{"Syrian Coalition", "Syrian Coalition General Assembly"}) {
				t.Errorf("condemners of Russia %q", got)
			}
		})
		t.Run("Place", func(t *testing.T) {
			// 02: the Assembly's members "went to the ballot box ... in
			// Istanbul"; 03: the Sochi memorandum, signed by Turkey and
			// Russia in Sochi on 17 September 2018.
			assertData(t, post(t, srv, `{ istanbul: place(name: "Istanbul") { events(type: ELECTION) { eventType } }
				sochi: place(name: "Sochi") { agreements { name date parties { name } } } }`),
				`{"istanbul": {"events": [{"eventType": "ELECTION"}]},
				  "sochi": {"agreements": [{"name": "Sochi memorandum", "date": "2018-09-17", "parties": [{"name": "Russia"}, {"name": "Turkey"}]}]}}`)
			var d struct {
				Place struct{ Meetings []struct{ Start *string } }
			}
			data(t, post(t, srv, `{ place(name: "Istanbul") { meetings { start } } }`), &d)
			var days []string
			for _, m := range d.Place.Meetings {
				if m.Start != nil {
					days = append(days, *m.Start)
				}
			}
			// The four sessions of the Assembly, the political committee of
			// 18 October 2018 (05) and the talks with Pedersen (11).
			want := []string{"2018-03-10", "2018-05-05", "2018-10-18", "2019-03-09", "2019-11-20", "2020-01-18"}
			if !slices.Equal(days, want) {
				t.Errorf("dated meetings in Istanbul start %v, want %v", days, want)
			}
		})
		t.Run("Agreement", func(t *testing.T) {
			var d struct {
				Agreement struct {
					Date         string
					Place        named
					Parties      []named
					ReferencedBy []struct {
						Typename string `json:"__typename"`
					}
					Condemnations []struct{ ID string }
				}
			}
			data(t, post(t, srv, `{ agreement(name: "Idlib memorandum") { date place { name } parties { name }
				referencedBy { __typename } condemnations { id } } }`), &d)
			a := d.Agreement
			if a.Date != "2018-09-17" || a.Place.Name != "Sochi" ||
				!slices.Equal(names(a.Parties, func(n named) string { return n.Name }), []string{"Russia", "Turkey"}) {
				t.Errorf("agreement %s, want of 17 September 2018, in Sochi, between Russia and Turkey", mustJSON(a))
			}
			// Discussed by meetings (03, 05, 04, 11) and breached by events
			// (03, 07, 11); no communiqué condemns anyone about it.
			kinds := map[string]bool{}
			for _, r := range a.ReferencedBy {
				kinds[r.Typename] = true
			}
			if !kinds["Meeting"] || !kinds["Event"] || len(kinds) != 2 {
				t.Errorf("referencedBy types %v, want meetings and events", kinds)
			}
			if len(a.Condemnations) != 0 {
				t.Errorf("condemnations %+v, want none", a.Condemnations)
			}
		})
		t.Run("Meeting", func(t *testing.T) {
			// 12: the Council's emergency session in Cairo on 12 October
			// 2019, chaired by Alhakim, with Aboul Gheit and Shoukry, citing
			// Resolution 2254 and the Geneva Communiqué.
			assertData(t, post(t, srv, `{ meetings(place: "Cairo") { body { name } session start end place { name }
				attendees { name } references { name } documents { title } } }`),
				`{"meetings": [{"body": {"name": "Council of the League of Arab States"}, "session": null,
				"start": "2019-10-12", "end": "2019-10-12", "place": {"name": "Cairo"},
				"attendees": [{"name": "Ahmed Aboul Gheit"}, {"name": "Mohamed Ali Alhakim"}, {"name": "Sameh Shoukry"}],
				"references": [{"name": "Geneva Communiqué"}, {"name": "UN Security Council Resolution 2254"}],
				"documents": [{"title": "Arab League Council Condemns Turkish Military Operation in North-East Syria"}]}]}`)
		})
		t.Run("Event", func(t *testing.T) {
			// 06: "the regime airstrike near the town of Balyun on 27
			// February".
			assertData(t, post(t, srv, `{ events(place: "Balyun") { eventType date place { name } } }`),
				`{"events": [{"eventType": "ATTACK", "date": "2020-02-27", "place": {"name": "Balyun"}}]}`)
		})
		t.Run("DocumentFactsAndEvidence", func(t *testing.T) {
			doc := devDoc(t, "12-")
			var d struct {
				Node struct {
					Entities []struct{ ID string }
					Facts    []struct {
						ID             string
						Type           string
						Source, Target struct{ ID string }
						Evidence       []struct {
							Text       *string
							Start, End *int
							Document   struct{ ID, Title, Published, Source string }
						}
					}
				}
			}
			data(t, post(t, srv, `{ node(id: `+quote(doc)+`) { ... on Document { entities { id }
				facts { id type source { id } target { id }
				evidence { text start end document { id title published source } } } } } }`), &d)
			ids := names(d.Node.Entities, func(e struct{ ID string }) string { return e.ID })
			for _, want := range []string{devCouncil, devLeague, devTurkey, graph.EntityID(graph.Place, "Cairo")} {
				if !slices.Contains(ids, want) {
					t.Errorf("entities %v lack %s", ids, want)
				}
			}
			var facts []string
			text := []rune(dev.texts[doc])
			for _, f := range d.Node.Facts {
				facts = append(facts, f.Type+" "+f.Source.ID+" "+f.Target.ID)
				mine := 0
				for _, e := range f.Evidence {
					if e.Document.ID != doc {
						continue
					}
					mine++
					if e.Document.Published != "2019-10-12" || !strings.HasSuffix(e.Document.Source, "12-arab-league-council-turkish-operation.txt") {
						t.Errorf("fact %s: evidence document %+v", f.ID, e.Document)
					}
					// The offsets index the communiqué's text, in characters.
					if e.Text == nil || e.Start == nil || e.End == nil || *e.Start < 0 || *e.End > len(text) ||
						string(text[*e.Start:*e.End]) != *e.Text {
						t.Errorf("fact %s: evidence %s is not the text at its offsets", f.ID, mustJSON(e))
					}
				}
				if mine == 0 {
					t.Errorf("fact %s has no evidence from the document that states it", f.ID)
				}
			}
			for _, want := range []string{"CONDEMNED " + devCouncil + " " + devTurkey, "PART_OF " + devCouncil + " " + devLeague} {
				if !slices.Contains(facts, want) {
					t.Errorf("facts %q lack %q", facts, want)
				}
			}
			if !slices.IsSorted(names(d.Node.Facts, func(f struct {
				ID             string
				Type           string
				Source, Target struct{ ID string }
				Evidence       []struct {
					Text       *string
					Start, End *int
					Document   struct{ ID, Title, Published, Source string }
				}
			}) string {
				return f.ID
			})) {
				t.Errorf("facts are not by id")
			}
		})
	})
}

func TestAPI_Timeline(t *testing.T) {
	type entry struct {
		Date         string
		DateKind     string
		Relationship struct {
			Type   string
			Target struct{ ID string }
		}
	}
	type timeline struct {
		Edges []struct {
			Cursor string
			Node   entry
		}
		PageInfo   struct{ HasNextPage bool }
		TotalCount int
	}
	const fields = `edges { cursor node { date dateKind relationship { type target { id } } } } pageInfo { hasNextPage } totalCount`
	show := func(tl timeline) []string {
		var out []string
		for _, e := range tl.Edges {
			out = append(out, fmt.Sprintf("%s %s %s", e.Node.Date, e.Node.DateKind, e.Node.Relationship.Type))
		}
		return out
	}
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		// Nasr al-Hariri: briefed the 38th session (10-11 March 2018, 01,
		// which reports him head of the Commission on 12 March); took part
		// in the political committee of 18 October 2018 (05); met Pedersen
		// on 20 November 2019 (11); briefed the 49th meeting (18-19 January
		// 2020, 04).
		want := []string{
			"2018-03-10 HAPPENED ATTENDED", "2018-03-12 REPORTED HOLDS_ROLE", "2018-10-18 HAPPENED ATTENDED",
			"2019-11-20 HAPPENED ATTENDED", "2020-01-18 HAPPENED ATTENDED"}
		var d struct{ Timeline timeline }
		data(t, post(t, srv, `{ timeline(entity: `+quote(devHariri)+`) { `+fields+` } }`), &d)
		if got := show(d.Timeline); !slices.Equal(got, want) || d.Timeline.TotalCount != 5 || d.Timeline.PageInfo.HasNextPage {
			t.Errorf("timeline %q (total %d), want %q", got, d.Timeline.TotalCount, want)
		}
		if e := d.Timeline.Edges; len(e) == 5 && e[1].Node.Relationship.Target.ID != devSNC {
			t.Errorf("the role runs to %s, want %s", e[1].Node.Relationship.Target.ID, devSNC)
		}

		// A page at a time, and within a range.
		data(t, post(t, srv, `{ timeline(entity: `+quote(devHariri)+`, first: 2) { `+fields+` } }`), &d)
		if got := show(d.Timeline); !slices.Equal(got, want[:2]) || !d.Timeline.PageInfo.HasNextPage {
			t.Fatalf("first page %q, want %q and more", got, want[:2])
		}
		after := d.Timeline.Edges[1].Cursor
		data(t, post(t, srv, `{ timeline(entity: `+quote(devHariri)+`, first: 2, after: `+quote(after)+`) { `+fields+` } }`), &d)
		if got := show(d.Timeline); !slices.Equal(got, want[2:4]) || !d.Timeline.PageInfo.HasNextPage {
			t.Errorf("second page %q, want %q", got, want[2:4])
		}
		data(t, post(t, srv, `{ timeline(entity: `+quote(devHariri)+`, from: "2018-03-11", to: "2019-12-31") { `+fields+` } }`), &d)
		if got := show(d.Timeline); !slices.Equal(got, want[1:4]) || d.Timeline.TotalCount != 3 {
			t.Errorf("timeline from 2018-03-11 to 2019 %q, want %q", got, want[1:4])
		}

		// An event dates its own facts: 06, the airstrike near Balyun on
		// 27 February 2020.
		balyun := graph.EntityID(graph.Place, "Balyun")
		data(t, post(t, srv, `{ timeline(entity: `+quote(balyun)+`) { `+fields+` } }`), &d)
		if got := show(d.Timeline); !slices.Contains(got, "2020-02-27 HAPPENED OCCURRED_IN") {
			t.Errorf("Balyun's timeline %q, want the airstrike of 2020-02-27", got)
		}

		wantError(t, post(t, srv, `{ timeline(entity: "person:nobody-at-all") { totalCount } }`), "NOT_FOUND", "person:nobody-at-all")
		wantError(t, post(t, srv, `{ timeline(entity: `+quote(devHariri)+`, first: 500) { totalCount } }`), "BAD_USER_INPUT", "first")
	})
}

type pathJSON struct {
	Length        int
	Nodes         []struct{ ID string }
	Relationships []struct {
		ID, Type       string
		Source, Target struct{ ID string }
		Concerning     *struct{ ID string }
		Evidence       []struct{ Text *string }
	}
}

// checkPath checks that a path runs from one entity to another with each
// relationship joining the entities on either side of it.
func checkPath(t *testing.T, p pathJSON, from, to string) {
	t.Helper()
	if len(p.Nodes) != p.Length+1 || len(p.Relationships) != p.Length {
		t.Fatalf("path of length %d with %d nodes and %d relationships", p.Length, len(p.Nodes), len(p.Relationships))
	}
	if p.Nodes[0].ID != from || p.Nodes[p.Length].ID != to {
		t.Errorf("path from %s to %s, want %s to %s", p.Nodes[0].ID, p.Nodes[p.Length].ID, from, to)
	}
	for i, r := range p.Relationships {
		ends := []string{r.Source.ID, r.Target.ID}
		if r.Concerning != nil {
			ends = append(ends, r.Concerning.ID)
		}
		a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
		if a == b || !slices.Contains(ends, a) || !slices.Contains(ends, b) {
			t.Errorf("relationship %d (%s %v) does not join %s and %s", i, r.Type, ends, a, b)
		}
		if len(r.Evidence) == 0 {
			t.Errorf("relationship %s has no evidence", r.ID)
		}
	}
}

func TestAPI_Path(t *testing.T) {
	const fields = `length nodes { id } relationships { id type source { id } target { id } concerning { id } evidence { text } }`
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		t.Run("TwoHops", func(t *testing.T) {
			// 11: Hariri and Pedersen met in Istanbul on 20 November 2019;
			// they share nothing else.
			var d struct{ Path []pathJSON }
			data(t, post(t, srv, `{ path(from: `+quote(devHariri)+`, to: `+quote(devPedersen)+`) { `+fields+` } }`), &d)
			if len(d.Path) != 1 || d.Path[0].Length != 2 {
				t.Fatalf("paths %s, want one of two hops", mustJSON(d.Path))
			}
			checkPath(t, d.Path[0], devHariri, devPedersen)
			if mid := d.Path[0].Nodes[1].ID; !strings.HasPrefix(mid, "meeting:") {
				t.Errorf("path goes through %s, want the meeting of 20 November 2019", mid)
			}
			for _, r := range d.Path[0].Relationships {
				if r.Type != "ATTENDED" {
					t.Errorf("relationship %s, want ATTENDED", r.Type)
				}
			}
		})
		t.Run("OnlyAttendance", func(t *testing.T) {
			// Çavuşoğlu met Mustafa in Ankara (10); Mustafa and Hariri were
			// both at the 38th session (01), the political committee of 18
			// October 2018 (05) and the 49th meeting (04), and at nothing
			// else together: three paths of four hops.
			var d struct{ Path []pathJSON }
			data(t, post(t, srv, `{ path(from: `+quote(devCavusoglu)+`, to: `+quote(devHariri)+`, relations: [ATTENDED], first: 100) { `+fields+` } }`), &d)
			var via []string
			for _, p := range d.Path {
				checkPath(t, p, devCavusoglu, devHariri)
				if p.Length != 4 || p.Nodes[2].ID != devMustafa {
					t.Errorf("path %v, want four hops through Mustafa", names(p.Nodes, func(n struct{ ID string }) string { return n.ID }))
					continue
				}
				via = append(via, p.Nodes[3].ID)
			}
			if want := []string{graph.SessionMeetingID(devAssembly, 38), graph.SessionMeetingID(devAssembly, 49),
				"meeting:syrian-coalition-political-committee-meeting-2018-10-18"}; !slices.Equal(sorted(via), want) {
				t.Errorf("paths go through %v, want %v", sorted(via), want)
			}
		})
		t.Run("AnyRelation", func(t *testing.T) {
			var d struct{ Path []pathJSON }
			data(t, post(t, srv, `{ path(from: `+quote(devCavusoglu)+`, to: `+quote(devHariri)+`, first: 100) { `+fields+` } }`), &d)
			if len(d.Path) < 3 {
				t.Fatalf("%d paths, want at least the three through Mustafa", len(d.Path))
			}
			seen := map[string]bool{}
			for _, p := range d.Path {
				checkPath(t, p, devCavusoglu, devHariri)
				if p.Length != 4 {
					t.Errorf("path of %d hops; the shortest have four", p.Length)
				}
				key := strings.Join(names(p.Relationships, func(r struct {
					ID, Type       string
					Source, Target struct{ ID string }
					Concerning     *struct{ ID string }
					Evidence       []struct{ Text *string }
				}) string {
					return r.ID
				}), ",")
				if seen[key] {
					t.Errorf("path %s twice", key)
				}
				seen[key] = true
			}
			// Too few hops: no path, and no error.
			assertData(t, post(t, srv, `{ path(from: `+quote(devCavusoglu)+`, to: `+quote(devHariri)+`, maxHops: 3) { length } }`), `{"path": []}`)
			assertData(t, post(t, srv, `{ path(from: `+quote(devCavusoglu)+`, to: `+quote(devHariri)+`, first: 2) { length } }`),
				`{"path": [{"length": 4}, {"length": 4}]}`)
		})
		t.Run("SameEntity", func(t *testing.T) {
			assertData(t, post(t, srv, `{ path(from: `+quote(devHariri)+`, to: `+quote(devHariri)+`) { length nodes { id } relationships { id } } }`),
				`{"path": [{"length": 0, "nodes": [{"id": `+quote(devHariri)+`}], "relationships": []}]}`)
		})
		t.Run("BadInput", func(t *testing.T) {
			wantError(t, post(t, srv, `{ path(from: `+quote(devHariri)+`, to: "person:nobody-at-all") { length } }`), "NOT_FOUND", "person:nobody-at-all")
			wantError(t, post(t, srv, `{ path(from: `+quote(devHariri)+`, to: `+quote(devPedersen)+`, maxHops: 7) { length } }`), "BAD_USER_INPUT", "maxHops")
		})
	})
}

func TestAPI_Neighborhood(t *testing.T) {
	type graphJSON struct {
		Nodes []struct {
			ID, Label, Name, Type string
		}
		Edges []struct {
			ID, Source, Target, Type, Relationship string
		}
		Truncated bool
	}
	const fields = `nodes { id label name type } edges { id source target type relationship } truncated`
	// cytoscape checks the shape the drawing tools need: unique node ids,
	// unique edge ids, and edges between nodes of the graph only.
	cytoscape := func(t *testing.T, g graphJSON) {
		t.Helper()
		nodes := map[string]bool{}
		for _, n := range g.Nodes {
			if nodes[n.ID] {
				t.Errorf("node %s twice", n.ID)
			}
			nodes[n.ID] = true
		}
		edges := map[string]bool{}
		for _, e := range g.Edges {
			if edges[e.ID] || !nodes[e.Source] || !nodes[e.Target] {
				t.Errorf("edge %+v: repeated, or an end is not a node", e)
			}
			edges[e.ID] = true
		}
	}
	nodeIDs := func(g graphJSON) []string {
		var out []string
		for _, n := range g.Nodes {
			out = append(out, n.ID)
		}
		return out
	}
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		meeting := "meeting:meeting-of-geir-pedersen-with-anas-al-abda-in-istanbul-2019-11-20"
		t.Run("DepthOne", func(t *testing.T) {
			// Pedersen: UN Special Envoy for Syria (03, 11), at the meeting of
			// 20 November 2019 in Istanbul (11).
			var d struct{ Neighborhood graphJSON }
			data(t, post(t, srv, `{ neighborhood(ids: [`+quote(devPedersen)+`]) { `+fields+` } }`), &d)
			g := d.Neighborhood
			cytoscape(t, g)
			if got := nodeIDs(g); len(got) != 3 || got[0] != devPedersen || !slices.Equal(sorted(got[1:]), sorted([]string{devUN, meeting})) {
				t.Errorf("nodes %v, want Pedersen first, then the UN and the meeting", got)
			}
			types := map[string]bool{}
			for _, e := range g.Edges {
				types[e.Type+" "+e.Source+" "+e.Target] = true
			}
			if !types["HOLDS_ROLE "+devPedersen+" "+devUN] || !types["ATTENDED "+devPedersen+" "+meeting] {
				t.Errorf("edges %v, want Pedersen's role at the UN and his attendance", types)
			}
			for _, n := range g.Nodes {
				if n.ID == meeting && (n.Type != "MEETING" || n.Label != n.Name+" (2019-11-20)") {
					t.Errorf("meeting node %+v, want type MEETING and its day in the label", n)
				}
			}
			if g.Truncated {
				t.Errorf("truncated with 3 nodes under the default limit")
			}
		})
		t.Run("DepthTwo", func(t *testing.T) {
			// The meeting's other attendees (al-Abda, Hariri, al-Bahra, 11)
			// and the UN's other envoy (de Mistura, 05) are two hops away.
			var d struct{ Neighborhood graphJSON }
			data(t, post(t, srv, `{ neighborhood(ids: [`+quote(devPedersen)+`], depth: 2) { `+fields+` } }`), &d)
			cytoscape(t, d.Neighborhood)
			got := nodeIDs(d.Neighborhood)
			for _, want := range []string{devHariri, graph.EntityID(graph.Person, "Anas al-Abda"),
				graph.EntityID(graph.Person, "Hadi al-Bahra"), graph.EntityID(graph.Person, "Staffan de Mistura")} {
				if !slices.Contains(got, want) {
					t.Errorf("depth-2 nodes %v lack %s", got, want)
				}
			}
		})
		t.Run("DepthZero", func(t *testing.T) {
			// The relationships among the given entities alone: 12, "the
			// Council of the League of Arab States".
			partOf := graph.FactID(&graph.Relation{Type: graph.PartOf, From: devCouncil, To: devLeague})
			assertData(t, post(t, srv, `{ neighborhood(ids: [`+quote(devCouncil)+`, `+quote(devLeague)+`], depth: 0) { nodes { id type } edges { id source target type relationship } truncated } }`),
				`{"neighborhood": {"nodes": [{"id": `+quote(devCouncil)+`, "type": "ORGANIZATION"}, {"id": `+quote(devLeague)+`, "type": "ORGANIZATION"}],
				"edges": [{"id": `+quote(partOf)+`, "source": `+quote(devCouncil)+`, "target": `+quote(devLeague)+`, "type": "PART_OF", "relationship": `+quote(partOf)+`}],
				"truncated": false}}`)
		})
		t.Run("Limit", func(t *testing.T) {
			var d struct{ Neighborhood graphJSON }
			data(t, post(t, srv, `{ neighborhood(ids: [`+quote(devPedersen)+`], depth: 2, limit: 3) { `+fields+` } }`), &d)
			cytoscape(t, d.Neighborhood)
			if got := nodeIDs(d.Neighborhood); len(got) != 3 || !d.Neighborhood.Truncated {
				t.Errorf("nodes %v truncated %v, want the three nearest and truncated", got, d.Neighborhood.Truncated)
			}
		})
		t.Run("Relations", func(t *testing.T) {
			var d struct{ Neighborhood graphJSON }
			data(t, post(t, srv, `{ neighborhood(ids: [`+quote(devPedersen)+`], relations: [ATTENDED]) { `+fields+` } }`), &d)
			if got := nodeIDs(d.Neighborhood); !slices.Equal(got, []string{devPedersen, meeting}) {
				t.Errorf("nodes %v, want Pedersen and his meeting", got)
			}
		})
		t.Run("BadInput", func(t *testing.T) {
			wantError(t, post(t, srv, `{ neighborhood(ids: ["person:nobody-at-all"]) { truncated } }`), "NOT_FOUND", "person:nobody-at-all")
			wantError(t, post(t, srv, `{ neighborhood(ids: [`+quote(devPedersen)+`], depth: 4) { truncated } }`), "BAD_USER_INPUT", "depth")
			wantError(t, post(t, srv, `{ neighborhood(ids: [`+quote(devPedersen)+`], limit: 1001) { truncated } }`), "BAD_USER_INPUT", "limit")
			wantError(t, post(t, srv, `{ neighborhood(ids: []) { truncated } }`), "BAD_USER_INPUT", "id")
		})
	})
}
