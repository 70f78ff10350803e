package gql_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader"
)

// Issue 11's truth table: who held an office on a day, over the dev corpus,
// as the communiqués say (worked out from their texts, not from what the
// code returns), through HTTP, on the embedded store and on Neo4j.

func TestOfficeHolders_DevTruthTable(t *testing.T) {
	for _, tc := range []struct {
		role, org, at string
		want          []string
	}{
		// 01 (38th session, 10–11 March 2018): Riad Seif's health no longer
		// allowed him to serve; the Assembly entrusted the presidency to
		// Abdurrahman Mustafa.
		{"President", "Syrian Coalition", "2018-03-20", []string{"Abdurrahman Mustafa"}},
		// 02 (7 May 2018): Mustafa elected; 03, 05, 09, 10 to 2019-03-11.
		{"President", "Syrian Coalition", "2018-06-01", []string{"Abdurrahman Mustafa"}},
		{"President", "Syrian Coalition", "2019-01-01", []string{"Abdurrahman Mustafa"}},
		// 07 (22 July 2019) onwards: Anas al-Abda.
		{"President", "Syrian Coalition", "2019-09-01", []string{"Anas al-Abda"}},
		// Vice-Presidents over 2018: Mustafa was one in 01; 02 elected three
		// (a slate, which ends the tenures of those it does not name).
		{"Vice-President", "Syrian Coalition", "2018-01-01", []string{}},
		{"Vice-President", "Syrian Coalition", "2018-03-12", []string{"Abdurrahman Mustafa"}},
		{"Vice-President", "Syrian Coalition", "2018-06-01", []string{"Abdel Basset Hamou", "Badr Jamous", "Dima Moussa"}},
		{"Vice-President", "Syrian Coalition", "2018-12-31", []string{"Abdel Basset Hamou", "Badr Jamous", "Dima Moussa"}},
		// Secretary-General over 2018: Nazir al-Hakim in 01, re-elected in
		// 02, still in 10 (October); nothing says who held it before March.
		{"Secretary-General", "Syrian Coalition", "2018-01-01", []string{}},
		{"Secretary-General", "Syrian Coalition", "2018-03-12", []string{"Nazir al-Hakim"}},
		{"Secretary-General", "Syrian Coalition", "2018-06-01", []string{"Nazir al-Hakim"}},
		{"Secretary-General", "Syrian Coalition", "2018-12-31", []string{"Nazir al-Hakim"}},
		// The UN envoy for Syria: de Mistura in 05 (October 2018), Pedersen
		// from 03 (March 2019).
		{"Special Envoy for Syria", "United Nations", "2018-11-01", []string{"Staffan de Mistura"}},
		{"Special Envoy for Syria", "United Nations", "2019-06-01", []string{"Geir Pedersen"}},
	} {
		t.Run(tc.role+"/"+tc.at, func(t *testing.T) {
			forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
				if got := holderNames(t, srv, tc.role, tc.org, tc.at); !slices.Equal(got, tc.want) {
					t.Errorf("%s of the %s on %s: %q, want %q", tc.role, tc.org, tc.at, got, tc.want)
				}
			})
		})
	}
}

// holderNames asks officeHolders(at:) and returns the holders' names,
// sorted.
func holderNames(t *testing.T, srv *httptest.Server, role, org, at string) []string {
	t.Helper()
	var d struct {
		OfficeHolders []struct {
			Holder   named
			Conflict bool
		}
	}
	data(t, post(t, srv, fmt.Sprintf(`{ officeHolders(role: %q, organization: %q, at: %q) { holder { name } conflict } }`,
		role, org, at)), &d)
	got := []string{}
	for _, h := range d.OfficeHolders {
		if h.Conflict {
			t.Errorf("%s of %s on %s: %s in conflict", role, org, at, h.Holder.Name)
		}
		got = append(got, h.Holder.Name)
	}
	sort.Strings(got)
	return got
}

// TestOffice_SyrianCoalitionPresidents is issue 11's succession: Anas
// al-Abda (08, April 2017), Riad Seif (01), Abdurrahman Mustafa (from the
// 38th session, 01), Anas al-Abda again (from 07), each bound with its
// rule and evidence.
func TestOffice_SyrianCoalitionPresidents(t *testing.T) {
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		var d struct {
			Office []struct {
				Holder     named
				Start, End *struct {
					Date     string
					Stated   bool
					Rule     string
					Change   *string
					Evidence []struct{ Text string }
				}
			}
		}
		data(t, post(t, srv, `{ office(role: "President", organization: "Syrian Coalition") {
			holder { name }
			start { date stated rule change evidence { text } }
			end { date stated rule change evidence { text } } } }`), &d)
		var got []string
		for _, te := range d.Office {
			s := te.Holder.Name
			for _, b := range []*struct {
				Date     string
				Stated   bool
				Rule     string
				Change   *string
				Evidence []struct{ Text string }
			}{te.Start, te.End} {
				if b == nil {
					s += " open"
					continue
				}
				s += " " + b.Date + " " + b.Rule
				if b.Stated {
					s += " stated"
				}
				if len(b.Evidence) == 0 {
					t.Errorf("%s: a bound on %s with no evidence", te.Holder.Name, b.Date)
				}
			}
			got = append(got, s)
		}
		want := []string{
			// last seen 2017-04-04, Seif first seen 2018-03-12: the midpoint
			"Anas al-Abda 2017-04-04 first-seen 2017-09-22 midpoint",
			// ends when the Assembly entrusts the presidency to Mustafa
			"Riad Seif 2017-09-22 midpoint 2018-03-12 successor",
			// last seen 2019-03-11 (03), al-Abda next seen 2019-07-22 (07)
			"Abdurrahman Mustafa 2018-03-12 cue stated 2019-05-17 midpoint",
			"Anas al-Abda 2019-05-17 midpoint open",
		}
		if !slices.Equal(got, want) {
			t.Errorf("succession\n got %q\nwant %q", got, want)
		}
	})
}

// TestOffice_Errors: an unknown body is NOT_FOUND, an empty role BAD_USER_INPUT.
func TestOffice_Errors(t *testing.T) {
	srv := fixtureServer(t)
	for _, tc := range []struct{ query, code string }{
		{`{ office(role: "President", organization: "Nonesuch") { role } }`, "NOT_FOUND"},
		{`{ office(role: " ", organization: "Union") { role } }`, "BAD_USER_INPUT"},
	} {
		if r := post(t, srv, tc.query); r.code() != tc.code {
			t.Errorf("%s: errors %+v, want %s", tc.query, r.Errors, tc.code)
		}
	}
}

// TestPerson_RolesTenure: Person.roles gains the holding's start and end
// beside its first and last sightings.
func TestPerson_RolesTenure(t *testing.T) {
	forEachStore(t, gql.Options{}, func(t *testing.T, srv *httptest.Server) {
		var d struct {
			Person struct {
				Roles []struct {
					Role                string
					Organization        named
					FirstSeen, LastSeen string
					Start, End          *string
				}
			}
		}
		data(t, post(t, srv, `{ person(name: "Riad Seif") { roles { role organization { name } firstSeen lastSeen start end } } }`), &d)
		if len(d.Person.Roles) != 1 {
			t.Fatalf("Riad Seif's roles: %+v", d.Person.Roles)
		}
		r := d.Person.Roles[0]
		if r.FirstSeen != "2018-03-12" || r.Start == nil || *r.Start != "2017-09-22" || r.End == nil || *r.End != "2018-03-12" {
			t.Errorf("Riad Seif, %s: seen %s..%s, tenure %v..%v; want seen 2018-03-12, tenure 2017-09-22..2018-03-12",
				r.Role, r.FirstSeen, r.LastSeen, deref(r.Start), deref(r.End))
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// TestOfficeHolders_WorldTruthTable puts the world corpus (shared/corpus/
// world) into each dev store for the test and removes it after: holders of
// other bodies' offices, as those communiqués say.
func TestOfficeHolders_WorldTruthTable(t *testing.T) {
	world := filepath.Join(filepath.Dir(devDir(t)), "world")
	paths, _ := filepath.Glob(filepath.Join(world, "*.txt"))
	if len(paths) == 0 {
		t.Skip("shared/corpus/world not found")
	}
	ex, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var xs []*graph.Extraction
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		x, err := ex.Extract(p, text)
		if err != nil {
			t.Fatal(err)
		}
		xs = append(xs, x)
	}
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			if err := putAll(s.store, xs); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				for _, x := range xs {
					if err := s.store.RemoveDocument(context.Background(), x.Document.ID); err != nil {
						t.Errorf("remove %s: %v", x.Document.ID, err)
					}
				}
			})
			srv := MustServe(t, s.store, gql.Options{SingleHolderTitles: loader.SingleHolderTitles()})
			for _, tc := range []struct {
				role, org, at string
				want          []string
			}{
				// 08 (12 November 2022) and 01 (27 May 2023): Moussa Faki
				// Mahamat chairs the AU Commission; nothing earlier.
				{"Chairperson", "African Union Commission", "2022-01-01", []string{}},
				{"Chairperson", "African Union Commission", "2023-01-01", []string{"Moussa Faki Mahamat"}},
				// 06 (10 August 2023): Bola Tinubu, Chairman of the ECOWAS
				// Authority; Chair and Chairman are one office.
				{"Chairman", "ECOWAS Authority of Heads of State and Government", "2023-09-01", []string{"Bola Tinubu"}},
				{"Chair", "ECOWAS Authority of Heads of State and Government", "2023-08-01", []string{}},
				// 04 (7 April 2022): Hans Grundberg, the UN Special Envoy.
				{"Special Envoy", "United Nations", "2022-05-01", []string{"Hans Grundberg"}},
				// 08: Obasanjo and Kenyatta are former Presidents, which makes
				// them nobody's President on the day; Tinubu is Nigeria's in
				// 06.
				{"President", "Nigeria", "2022-11-12", []string{}},
				{"President", "Kenya", "2022-11-12", []string{"William Ruto"}},
				{"President", "Nigeria", "2023-09-01", []string{"Bola Tinubu"}},
			} {
				if got := holderNames(t, srv, tc.role, tc.org, tc.at); !slices.Equal(got, tc.want) {
					t.Errorf("%s of %s on %s: %q, want %q", tc.role, tc.org, tc.at, got, tc.want)
				}
			}
			// The former Presidents are in Nigeria's succession, closed by
			// the document that calls them former.
			var d struct {
				Office []struct {
					Holder named
					Start  *struct{ Date string }
					End    *struct {
						Date, Rule string
						Change     *string
					}
				}
			}
			data(t, post(t, srv, `{ office(role: "President", organization: "Nigeria") { holder { name } start { date } end { date rule change } } }`), &d)
			var got []string
			for _, te := range d.Office {
				s := te.Holder.Name
				if te.Start == nil {
					s += " ?"
				} else {
					s += " " + te.Start.Date
				}
				if te.End != nil && te.End.Change != nil {
					s += "–" + te.End.Date + " " + *te.End.Change
				}
				got = append(got, s)
			}
			if want := []string{"Olusegun Obasanjo ?–2022-11-12 former", "Bola Tinubu 2023-08-10"}; !slices.Equal(got, want) {
				t.Errorf("Nigeria's Presidents %q, want %q", got, want)
			}
		})
	}
}
