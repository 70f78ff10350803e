package gql_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

// recordingStore is a real store that records every read that reaches it,
// as "Kind filter", in the order they arrive. A planless one answers a plan
// with its roots alone, as a store that could not read ahead would, so that
// every nested field goes through the data loaders.
type recordingStore struct {
	gql.Reader
	planless bool
	mu       sync.Mutex
	calls    []string
}

func (s *recordingStore) ReadPlan(ctx context.Context, p graph.Plan) (graph.PlanResult, error) {
	if s.planless {
		// the roots unrecorded: this call stands for no read ahead at all
		roots, err := s.Reader.Entities(ctx, p.Roots)
		return graph.PlanResult{Roots: roots}, err
	}
	s.record(fmt.Sprintf("ReadPlan types=%v steps=%s", p.Roots.Types, showSteps(p.Steps)))
	return s.Reader.ReadPlan(ctx, p)
}

// showSteps writes plan steps as TYPE>(next) for a step from the entity,
// TYPE< for one to it, + when it reads observations and - when it asks
// only for the ends.
func showSteps(steps []graph.PlanStep) string {
	var parts []string
	for _, st := range steps {
		p := string(st.Type) + map[graph.PlanEnd]string{graph.FromEnd: ">", graph.ToEnd: "<"}[st.End]
		if st.Observations {
			p += "+"
		}
		if st.EndsOnly {
			p += "-"
		}
		if len(st.Next) > 0 {
			p += "(" + showSteps(st.Next) + ")"
		}
		parts = append(parts, p)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func (s *recordingStore) record(call string) {
	s.mu.Lock()
	s.calls = append(s.calls, call)
	s.mu.Unlock()
}

func (s *recordingStore) Documents(ctx context.Context, f graph.DocumentFilter) ([]graph.Document, error) {
	s.record("Documents ids=" + sortedJoin(f.IDs))
	return s.Reader.Documents(ctx, f)
}

func (s *recordingStore) Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error) {
	call := "Entities"
	if len(f.Types) > 0 {
		call += fmt.Sprintf(" types=%v", f.Types)
	}
	if len(f.IDs) > 0 {
		call += " ids=" + sortedJoin(f.IDs)
	}
	s.record(call)
	return s.Reader.Entities(ctx, f)
}

func (s *recordingStore) Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
	s.record(describeFacts("Facts", f))
	return s.Reader.Facts(ctx, f)
}

func (s *recordingStore) Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error) {
	s.record(describeFacts("Edges", f))
	return s.Reader.Edges(ctx, f)
}

// describeFacts is a read of facts as recordingStore records it.
func describeFacts(kind string, f graph.FactFilter) string {
	call := fmt.Sprintf("%s types=%v", kind, f.Types)
	if len(f.From) > 0 {
		call += " from=" + sortedJoin(f.From)
	}
	if len(f.To) > 0 {
		call += " to=" + sortedJoin(f.To)
	}
	return call
}

func sortedJoin(ids []string) string {
	s := slices.Clone(ids)
	slices.Sort(s)
	return strings.Join(s, ",")
}

// The nested-query graph: nMeetings meetings, each from its own dated
// communiqué, attended by an observer body and two delegates of their own.
// Every delegate is a Delegate at one of nCouncils councils; the first of
// each meeting's pair is also Chair at the next council. The councils attend
// nothing, so the last level reads entities that no earlier level read.
const (
	nMeetings = 8
	nCouncils = 5
)

func delegateName(i int) string { return fmt.Sprintf("Delegate %02d", i) }
func councilName(i int) string  { return fmt.Sprintf("Council %d", i) }
func meetingName(m int) string  { return fmt.Sprintf("Meeting %d", m) }
func meetingTitle(m int) string { return fmt.Sprintf("Communiqué of meeting %d", m) }

// delegateRoles is what the test expects of a delegate: "role@council in title".
func delegateRoles(m, d int) []string {
	i := 2*m + d
	roles := []string{fmt.Sprintf("Delegate@%s in %s", councilName(i%nCouncils), meetingTitle(m))}
	if d == 0 {
		roles = append(roles, fmt.Sprintf("Chair@%s in %s", councilName((i+1)%nCouncils), meetingTitle(m)))
	}
	slices.Sort(roles)
	return roles
}

func nestedExtractions() []*graph.Extraction {
	observer := graph.EntityID(graph.Organization, "Observer Body")
	var xs []*graph.Extraction
	for m := range nMeetings {
		doc := graph.DocumentMeta{Title: meetingTitle(m), Published: graph.Date(fmt.Sprintf("2020-01-%02d", m+1))}
		doc.ID = graph.DocumentID(doc.Published, doc.Title)
		meeting := graph.EntityID(graph.Meeting, meetingName(m))
		x := &graph.Extraction{Document: doc, Entities: []graph.Entity{
			{ID: meeting, Type: graph.Meeting, Name: meetingName(m), Start: doc.Published},
			{ID: observer, Type: graph.Organization, Name: "Observer Body"},
		}, Relations: []graph.Relation{{Type: graph.Attended, From: observer, To: meeting}}}
		councils := map[int]bool{}
		role := func(person string, title string, c int) {
			council := graph.EntityID(graph.Organization, councilName(c))
			if !councils[c] {
				councils[c] = true
				x.Entities = append(x.Entities, graph.Entity{ID: council, Type: graph.Organization, Name: councilName(c)})
			}
			x.Relations = append(x.Relations, graph.Relation{Type: graph.HoldsRole, From: person, To: council, Role: title})
		}
		for d := range 2 {
			i := 2*m + d
			person := graph.EntityID(graph.Person, delegateName(i))
			x.Entities = append(x.Entities, graph.Entity{ID: person, Type: graph.Person, Name: delegateName(i)})
			x.Relations = append(x.Relations, graph.Relation{Type: graph.Attended, From: person, To: meeting})
			role(person, "Delegate", i%nCouncils)
			if d == 0 {
				role(person, "Chair", (i+1)%nCouncils)
			}
		}
		xs = append(xs, x)
	}
	return xs
}

// TestLoaders_OneStoreCallPerLevel runs meetings → attendees → roles →
// organization (and each role's evidence document) over eight meetings,
// sixteen delegates and twenty-four roles, and checks that each level of the
// query reads the store once, for all its rows together, and that every row
// gets its own answer back from the batched reads.
func TestLoaders_OneStoreCallPerLevel(t *testing.T) {
	store := &recordingStore{Reader: MustOpenStore(t, nestedExtractions()...), planless: true}
	// A level is read when all its fields have asked, not after a wait: the
	// fallback wait is an hour, so a level that waited for it would never
	// answer, and the dispatcher counts the batches it read by the fallback.
	var stats []gql.DispatchStats
	srv := MustServe(t, store, gql.WatchDispatch(gql.Options{LoaderWait: time.Hour, RequestTimeout: 20 * time.Second, ComplexityLimit: 1 << 30},
		func(s gql.DispatchStats) { stats = append(stats, s) }))

	r := post(t, srv, nestedQuery)
	checkNested(t, r)
	if len(stats) != 1 || stats[0] != (gql.DispatchStats{}) {
		t.Errorf("dispatch %+v, want one operation with no field pending or waiting and no fallback", stats)
	}

	// The reads, one per level, each for every row of its level.
	var meetings, attendees, persons, councils, docs []string
	for m := range nMeetings {
		meetings = append(meetings, graph.EntityID(graph.Meeting, meetingName(m)))
		docs = append(docs, graph.DocumentID(graph.Date(fmt.Sprintf("2020-01-%02d", m+1)), meetingTitle(m)))
	}
	attendees = append(attendees, graph.EntityID(graph.Organization, "Observer Body"))
	for i := range 2 * nMeetings {
		persons = append(persons, graph.EntityID(graph.Person, delegateName(i)))
	}
	attendees = append(attendees, persons...)
	for c := range nCouncils {
		councils = append(councils, graph.EntityID(graph.Organization, councilName(c)))
	}
	want := []string{
		"Entities types=[Meeting]",                             // meetings
		"Edges types=[ATTENDED] to=" + sortedJoin(meetings),    // attendees: their facts' ends
		"Entities ids=" + sortedJoin(attendees),                // attendees: the entities
		"Facts types=[HOLDS_ROLE] from=" + sortedJoin(persons), // roles
	}
	if !slices.Equal(store.calls[:min(len(want), len(store.calls))], want) {
		t.Fatalf("store calls:\n%s\nwant first:\n%s", strings.Join(store.calls, "\n"), strings.Join(want, "\n"))
	}
	// Organizations and documents are the same level; their order is the
	// scheduler's.
	last := slices.Clone(store.calls[len(want):])
	slices.Sort(last)
	wantLast := []string{"Documents ids=" + sortedJoin(docs), "Entities ids=" + sortedJoin(councils)}
	if !slices.Equal(last, wantLast) {
		t.Errorf("last level's store calls:\n%s\nwant:\n%s", strings.Join(last, "\n"), strings.Join(wantLast, "\n"))
	}
}

// TestPlan_ReadsAheadOnce runs the query of TestLoaders_OneStoreCallPerLevel
// with the store reading ahead: the list reads its meetings (all of them,
// since it filters them by date itself), then plans what its page's fields
// follow and the store answers that in one call; only the evidence's
// documents, which no plan covers, are read after it, once for every row.
func TestPlan_ReadsAheadOnce(t *testing.T) {
	store := &recordingStore{Reader: MustOpenStore(t, nestedExtractions()...)}
	srv := MustServe(t, store, gql.Options{ComplexityLimit: 1 << 30})
	r := post(t, srv, nestedQuery)
	checkNested(t, r)
	var docs []string
	for m := range nMeetings {
		docs = append(docs, graph.DocumentID(graph.Date(fmt.Sprintf("2020-01-%02d", m+1)), meetingTitle(m)))
	}
	want := []string{
		"Entities types=[Meeting]",
		"ReadPlan types=[] steps=[ATTENDED<-([HOLDS_ROLE>+])]",
		"Documents ids=" + sortedJoin(docs),
	}
	if !slices.Equal(store.calls, want) {
		t.Errorf("store calls:\n%s\nwant:\n%s", strings.Join(store.calls, "\n"), strings.Join(want, "\n"))
	}
}

const nestedQuery = `{ meetings { name attendees { name
		... on Person { roles { role organization { name } evidence { document { title } } } } } } }`

// checkNested checks every row of the answer to nestedQuery against the
// graph of nestedExtractions.
func checkNested(t *testing.T, r gqlResponse) {
	t.Helper()
	var data struct {
		Meetings []struct {
			Name      string
			Attendees []struct {
				Name  string
				Roles []struct {
					Role         string
					Organization struct{ Name string }
					Evidence     []struct{ Document struct{ Title string } }
				}
			}
		}
	}
	decodeData(t, r, &data)
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}

	// Every row's answer, against the graph as built above.
	if len(data.Meetings) != nMeetings {
		t.Fatalf("%d meetings, want %d", len(data.Meetings), nMeetings)
	}
	for m, meeting := range data.Meetings {
		if meeting.Name != meetingName(m) {
			t.Errorf("meeting %d is %q, want %q (earliest first)", m, meeting.Name, meetingName(m))
		}
		want := []string{delegateName(2 * m), delegateName(2*m + 1), "Observer Body"} // sorted
		var got []string
		for _, a := range meeting.Attendees {
			got = append(got, a.Name)
			var roles []string
			for _, role := range a.Roles {
				if len(role.Evidence) != 1 {
					t.Errorf("%s's %s role has %d evidence, want 1", a.Name, role.Role, len(role.Evidence))
					continue
				}
				roles = append(roles, fmt.Sprintf("%s@%s in %s", role.Role, role.Organization.Name, role.Evidence[0].Document.Title))
			}
			slices.Sort(roles)
			var wantRoles []string
			for d := range 2 {
				if a.Name == delegateName(2*m+d) {
					wantRoles = delegateRoles(m, d)
				}
			}
			if !slices.Equal(roles, wantRoles) {
				t.Errorf("%s at %s: roles %q, want %q", a.Name, meeting.Name, roles, wantRoles)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s attendees %q, want %q", meeting.Name, got, want)
		}
	}
}
