package neo4j_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"reflect"
	"strings"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/neo4j"
	"github.com/actorgraph/kg/graph/storetest"
)

// closedPort returns a loopback address where nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestOpen_Errors(t *testing.T) {
	down := "bolt://" + closedPort(t)
	for _, c := range []struct {
		name string
		cfg  neo4j.Config
		code string
		want string
	}{
		{"no uri", neo4j.Config{}, graph.EINVALID, "no Neo4j URI given"},
		{"not a uri", neo4j.Config{URI: "localhost"}, graph.EINVALID, `Neo4j URI "localhost" is not a URI`},
		{"unsupported scheme", neo4j.Config{URI: "http://localhost:7474"}, graph.EINVALID, "URI scheme http is not supported"},
		{"server down", neo4j.Config{URI: down, Username: "neo4j", Password: "secret"}, graph.EINTERNAL,
			"cannot reach Neo4j at " + down + " (is it running?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := neo4j.Open(context.Background(), c.cfg)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", c.cfg)
			}
			if graph.ErrorCode(err) != c.code || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Open(%s): code %q, error %q; want code %q and an error saying %q",
					c.cfg, graph.ErrorCode(err), err, c.code, c.want)
			}
		})
	}
}

func TestOpen_ServerRefuses(t *testing.T) {
	cfg := serverConfig(t)
	if cfg.Password == "" {
		t.Skip("NEO4J_PASSWORD is not set: the server does not check credentials, so there are none to get wrong")
	}
	// A user that does not exist, rather than a wrong password for the real
	// one: the server locks a user out for a while after failed attempts,
	// which would fail the tests that follow.
	badUser := cfg
	badUser.Username, badUser.Password = "kg-test-no-such-user", "not-the-password"
	noDB := cfg
	noDB.Database = "kgnosuchdatabase"
	for _, c := range []struct {
		name string
		cfg  neo4j.Config
		want string
	}{
		{"wrong credentials", badUser, `refused the credentials of user "kg-test-no-such-user" (check NEO4J_USERNAME and NEO4J_PASSWORD)`},
		{"unknown database", noDB, `has no database "kgnosuchdatabase" (check NEO4J_DATABASE)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := neo4j.Open(context.Background(), c.cfg)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", c.cfg)
			}
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), c.want) ||
				!strings.Contains(graph.ErrorMessage(err), c.want) {
				t.Errorf("Open(%s): code %q, error %q; want code %q and an error saying %q",
					c.cfg, graph.ErrorCode(err), err, graph.EINVALID, c.want)
			}
		})
	}
}

func TestOpen_Schema(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	ctx := t.Context()
	// Opening again finds the schema in place and changes nothing.
	again, err := neo4j.Open(ctx, s.Config())
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	again.Close()

	rows, err := neo4j.Cypher(ctx, s, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN name, labelsOrTypes, properties, type", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		got[fmt.Sprint(r[0])] = fmt.Sprintf("%v%v%v", r[1], r[2], r[3])
	}
	for _, want := range []struct{ name, desc string }{
		{"kg_entity_id", "[Entity][id]UNIQUENESS"},
		{"kg_document_id", "[Document][id]UNIQUENESS"},
		{"kg_person_id", "[Person][id]UNIQUENESS"},
		{"kg_event_id", "[Event][id]UNIQUENESS"},
		{"kg_role_id", "[Role][id]UNIQUENESS"},
		{"kg_condemnation_id", "[Condemnation][id]UNIQUENESS"},
		{"kg_name_key", "[Name][key]UNIQUENESS"},
		{"kg_holds_role_id", "[HOLDS_ROLE][id]RELATIONSHIP_UNIQUENESS"},
		{"kg_occurred_in_id", "[OCCURRED_IN][id]RELATIONSHIP_UNIQUENESS"},
	} {
		if got[want.name] != want.desc {
			t.Errorf("constraint %s = %q, want %q", want.name, got[want.name], want.desc)
		}
	}
	rows, err = neo4j.Cypher(ctx, s, "SHOW FULLTEXT INDEXES YIELD name, state, properties WHERE name = $name RETURN state, properties",
		map[string]any{"name": neo4j.FullTextIndex})
	if err != nil || len(rows) != 1 || fmt.Sprint(rows[0]...) != "ONLINE[name aliases]" {
		t.Errorf("full-text index %s: %v, %v; want one ONLINE over name and aliases", neo4j.FullTextIndex, rows, err)
	}

	// A database a newer kg wrote is refused, not misread.
	setVersion := func(v int) {
		t.Helper()
		if _, err := neo4j.Cypher(ctx, s, "MATCH (v:KGSchema {id: 'kg'}) SET v.version = $v RETURN v", map[string]any{"v": v}); err != nil {
			t.Fatal(err)
		}
	}
	setVersion(neo4j.SchemaVersion + 1)
	defer setVersion(neo4j.SchemaVersion)
	newer, err := neo4j.Open(ctx, s.Config())
	if err == nil {
		newer.Close()
		t.Fatal("Open of a database of a newer schema version succeeded")
	}
	want := fmt.Sprintf("schema version %d, but this kg reads only up to version %d", neo4j.SchemaVersion+1, neo4j.SchemaVersion)
	if graph.ErrorCode(err) != graph.ECONFLICT || !strings.Contains(err.Error(), want) {
		t.Errorf("Open of a newer schema: code %q, error %v; want %q saying %q", graph.ErrorCode(err), err, graph.ECONFLICT, want)
	}
}

// extraction is a small communiqué with a role, a condemnation concerning
// an event, and a place, for the backend's own tests.
func extraction(id string, published graph.Date, sha string) *graph.Extraction {
	return &graph.Extraction{
		Document: graph.DocumentMeta{ID: id, Title: "Statement " + id, Published: published, SHA256: sha},
		Entities: []graph.Entity{
			{ID: "person:amal-kassem", Type: graph.Person, Name: "Amal Kassem", Aliases: []string{"Kassem"}},
			{ID: "organization:river-league", Type: graph.Organization, Name: "River League"},
			{ID: "state:eastland", Type: graph.State, Name: "Eastland"},
			{ID: "place:port-vel", Type: graph.Place, Name: "Port Vel", PlaceType: "city"},
			{ID: "event:port-vel-shelling", Type: graph.Event, Name: "Port Vel shelling", EventType: "attack", Date: published},
		},
		Relations: []graph.Relation{
			{Type: graph.HoldsRole, From: "person:amal-kassem", To: "organization:river-league", Role: "Chair",
				Evidence: &graph.Evidence{Start: 0, End: 30, Text: "Amal Kassem, Chair of the League"}, Confidence: 0.9},
			{Type: graph.Condemned, From: "organization:river-league", To: "state:eastland", Concerning: "event:port-vel-shelling",
				Evidence: &graph.Evidence{Start: 31, End: 70, Text: "The League condemned Eastland's shelling"}, Confidence: 0.8},
			{Type: graph.OccurredIn, From: "event:port-vel-shelling", To: "place:port-vel",
				Evidence: &graph.Evidence{Start: 71, End: 90, Text: "The shelling of Port Vel"}, Confidence: 0.7},
		},
	}
}

func mustPut(t testing.TB, s graph.Store, x *graph.Extraction) graph.PutResult {
	t.Helper()
	res, err := s.PutDocument(context.Background(), x)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", x.Document.ID, err)
	}
	return res
}

// TestGraphShape checks the property graph itself, as a Cypher user sees
// it: labels, reified roles and condemnations, mentions, names, the summary
// each fact's carrier holds, and that removing every document leaves nothing
// behind.
func TestGraphShape(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	ctx := t.Context()
	mustPut(t, s, extraction("document:b", "2020-05-01", "b1"))
	mustPut(t, s, extraction("document:a", "2019-02-01", "a1"))

	for _, c := range []struct {
		name, query string
		want        string
	}{
		{"labels", "MATCH (e:Entity) RETURN e.id, labels(e) ORDER BY e.id",
			"[event:port-vel-shelling [Entity Event]] [organization:river-league [Entity Organization]] " +
				"[person:amal-kassem [Entity Person]] [place:port-vel [Entity Place]] [state:eastland [Entity State]]"},
		{"reified role", `MATCH (p:Person)-[h:HOLDS_ROLE]->(r:Role)-[:ROLE_AT]->(o:Organization)
			RETURN p.id, h.role, h.firstSeen, h.lastSeen, h.confidence, r.title, o.id`,
			"[person:amal-kassem Chair 2019-02-01 2020-05-01 0.9 Chair organization:river-league]"},
		{"reified condemnation", `MATCH (a)-[:ISSUED]->(c:Condemnation)-[:AGAINST]->(b), (c)-[:CONCERNS]->(x:Event)
			RETURN a.id, b.id, x.id, c.firstSeen, c.lastSeen`,
			"[organization:river-league state:eastland event:port-vel-shelling 2019-02-01 2020-05-01]"},
		{"plain fact", "MATCH (e:Event)-[r:OCCURRED_IN]->(p:Place) RETURN e.id, p.id, r.firstSeen, r.confidence",
			"[event:port-vel-shelling place:port-vel 2019-02-01 0.7]"},
		{"mentions", "MATCH (d:Document)-[:MENTIONS]->(e) RETURN d.id, count(e) ORDER BY d.id",
			"[document:a 5] [document:b 5]"},
		{"names", "MATCH (e:Person)-[:NAMED]->(n:Name) RETURN n.key ORDER BY n.key", "[amal kassem] [kassem]"},
		{"fact versions", "MATCH (v:FactVersion) RETURN v.doc, count(*) ORDER BY v.doc", "[document:a 3] [document:b 3]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, err := neo4j.Cypher(ctx, s, c.query, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, fmt.Sprint(r))
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("%s:\ngot  %s\nwant %s", c.query, strings.Join(got, " "), c.want)
			}
		})
	}

	// The carrier's summary is what the Store returns for the fact.
	facts, err := s.Facts(ctx, graph.FactFilter{Types: []graph.RelationType{graph.HoldsRole}})
	if err != nil || len(facts) != 1 {
		t.Fatalf("HOLDS_ROLE facts = %v, %v; want one", facts, err)
	}
	f := facts[0]
	if f.FirstSeen != "2019-02-01" || f.LastSeen != "2020-05-01" || f.Role != "Chair" || len(f.Observations) != 2 {
		t.Errorf("role fact = %+v; want seen 2019-02-01 to 2020-05-01 as Chair over 2 observations", f)
	}

	for _, id := range []string{"document:a", "document:b"} {
		if err := s.RemoveDocument(ctx, id); err != nil {
			t.Fatalf("RemoveDocument(%s): %v", id, err)
		}
	}
	rows, err := neo4j.Cypher(ctx, s, "MATCH (n) WHERE NOT n:KGSchema RETURN labels(n), count(*)", nil)
	if err != nil || len(rows) != 0 {
		t.Errorf("nodes left after removing every document: %v, %v; want none", rows, err)
	}
}

// TestFullTextIndex searches names and aliases by word through the index
// that Open creates.
func TestFullTextIndex(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	mustPut(t, s, extraction("document:a", "2019-02-01", "a1"))
	// The index is eventually consistent: wait until it has caught up.
	if _, err := neo4j.Cypher(t.Context(), s, "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ query, want string }{
		{"kassem", "person:amal-kassem"},
		{"league", "organization:river-league"},
		{"vel", "event:port-vel-shelling place:port-vel"},
	} {
		rows, err := neo4j.Cypher(t.Context(), s, "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id ORDER BY node.id",
			map[string]any{"index": neo4j.FullTextIndex, "q": c.query})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rows {
			got = append(got, fmt.Sprint(r[0]))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("full-text search %q = %v, want %s", c.query, got, c.want)
		}
	}
}

// TestAtomicity injects a failure after each statement of a document's
// write transaction and checks that the store is as it was: a document lands
// whole or not at all, and a failed replacement keeps the old version.
func TestAtomicity(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	ctx := t.Context()
	mustPut(t, s, extraction("document:a", "2019-02-01", "a1"))
	mustPut(t, s, extraction("document:b", "2020-05-01", "b1"))
	before := storetest.TakeSnapshot(t, s)
	if len(before.Documents) != 2 || len(before.Entities) != 5 || len(before.Facts) != 3 {
		t.Fatalf("two documents gave %d documents, %d entities, %d facts; want 2, 5, 3",
			len(before.Documents), len(before.Entities), len(before.Facts))
	}
	injected := errors.New("injected failure")

	changed := extraction("document:b", "2020-05-01", "b2")
	changed.Entities = append(changed.Entities[:3:3], graph.Entity{ID: "state:westland", Type: graph.State, Name: "Westland"})
	changed.Relations = []graph.Relation{{Type: graph.Condemned, From: "state:westland", To: "state:eastland", Confidence: 0.5}}
	fresh := extraction("document:c", "2021-01-01", "c1")
	fresh.Entities = append(fresh.Entities, graph.Entity{ID: "person:new-envoy", Type: graph.Person, Name: "New Envoy"})
	fresh.Relations = append(fresh.Relations, graph.Relation{Type: graph.HoldsRole, From: "person:new-envoy",
		To: "organization:river-league", Role: "Envoy", Confidence: 0.5})

	for _, c := range []struct {
		name string
		step string
		do   func() error
	}{
		{"new document, after its writes", "wrote new version",
			func() error { _, err := s.PutDocument(ctx, fresh); return err }},
		{"replacement, after removing the old version", "removed old version",
			func() error { _, err := s.PutDocument(ctx, changed); return err }},
		{"replacement, after writing the new version", "wrote new version",
			func() error { _, err := s.PutDocument(ctx, changed); return err }},
		{"removal, after removing", "removed old version",
			func() error { return s.RemoveDocument(ctx, "document:a") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			steps := 0
			neo4j.SetFailAfter(s, func(step string) error {
				if step == c.step {
					steps++
					return injected
				}
				return nil
			})
			err := c.do()
			neo4j.SetFailAfter(s, nil)
			if !errors.Is(err, injected) || steps != 1 {
				t.Fatalf("with a failure after %q: error %v after %d injections; want the injected failure once", c.step, err, steps)
			}
			if after := storetest.TakeSnapshot(t, s); !reflect.DeepEqual(after, before) {
				t.Errorf("the store changed after a failed transaction:\ngot  %+v\nwant %+v", after, before)
			}
		})
	}
	// Without the failure the same changes go through.
	if res := mustPut(t, s, changed); res.Status != graph.Replaced {
		t.Errorf("PutDocument(changed) status %s, want %s", res.Status, graph.Replaced)
	}
	if res := mustPut(t, s, fresh); res.Status != graph.Added {
		t.Errorf("PutDocument(fresh) status %s, want %s", res.Status, graph.Added)
	}
}

// TestDeadline checks that calls honour their context: a read whose context
// is done fails at once, and a write stuck behind another transaction's lock
// gives up at its deadline, with an error that wraps the context's, and
// leaves nothing behind.
func TestDeadline(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	mustPut(t, s, extraction("document:a", "2019-02-01", "a1"))
	before := storetest.TakeSnapshot(t, s)

	done, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Entities(done, graph.EntityFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Entities with a cancelled context: %v; want an error wrapping context.Canceled", err)
	}

	// Another client holds a write lock on the document's node in a
	// transaction it keeps open.
	cfg := s.Config()
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	session := d.NewSession(context.Background(), driver.SessionConfig{DatabaseName: cfg.Database})
	defer session.Close(context.Background())
	blocker, err := session.BeginTransaction(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer blocker.Rollback(context.Background())
	if _, err := blocker.Run(context.Background(), "MATCH (d:Document {id: 'document:a'}) SET d.locked = true", nil); err != nil {
		t.Fatal(err)
	}

	ctx, stop := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer stop()
	result := make(chan error, 1)
	go func() {
		changed := extraction("document:a", "2019-02-01", "a2")
		changed.Relations = changed.Relations[:1]
		_, err := s.PutDocument(ctx, changed)
		result <- err
	}()
	select {
	case err := <-result:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("PutDocument blocked past its deadline: %v; want an error wrapping context.DeadlineExceeded", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("PutDocument blocked behind a lock did not return a minute after its deadline")
	}
	if err := blocker.Rollback(context.Background()); err != nil {
		t.Fatal(err)
	}
	if after := storetest.TakeSnapshot(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("the store changed after a write that missed its deadline:\ngot  %+v\nwant %+v", after, before)
	}
}
