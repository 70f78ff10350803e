package neo4j_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/neo4j"
)

// neo4jScript runs scripts/neo4j with cmd (stop or start) on the server the
// tests use.
func neo4jScript(t *testing.T, cmd string) {
	t.Helper()
	if err := runNeo4jScript(cmd); err != nil {
		t.Fatal(err)
	}
}

// runNeo4jScript is neo4jScript for a goroutine other than the test's.
func runNeo4jScript(cmd string) error {
	out, err := exec.Command("bash", "../../scripts/neo4j", cmd).CombinedOutput()
	if err != nil {
		return fmt.Errorf("scripts/neo4j %s: %v\n%s", cmd, err, out)
	}
	return nil
}

// TestOutage stops the Neo4j server under a store and a server that serves
// it, then starts it again (issue 12): while it is down a write fails with
// an error that names the server but not the password, /healthz answers
// 503; once it is back the same store writes and reads again without being
// reopened, /healthz answers 200, and no committed document is lost. It
// needs a server that scripts/neo4j runs (KG_NEO4J_HOME), which CI has.
func TestOutage(t *testing.T) {
	cfg := serverConfig(t)
	if os.Getenv("KG_NEO4J_HOME") == "" {
		t.Skip("KG_NEO4J_HOME is not set: the test stops and starts the server scripts/neo4j runs there")
	}
	s := mustOpenEmpty(t)
	defer s.Close()
	before := extraction("document:outage-before", "2021-03-01", "sha-before")
	mustPut(t, s, before)
	srv := httptest.NewServer(gql.NewHandler(s, gql.Options{}))
	defer srv.Close()
	health := func() int {
		res, err := http.Get(srv.URL + gql.HealthPath)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}

	neo4jScript(t, "stop")
	restarted := false
	defer func() {
		if !restarted {
			neo4jScript(t, "start") // leave the server to the other tests
		}
	}()
	during := extraction("document:outage-during", "2021-03-02", "sha-during")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	_, err := s.PutDocument(ctx, during)
	cancel()
	if err == nil {
		t.Fatal("PutDocument with the server stopped succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, cfg.URI) || strings.Contains(msg, cfg.Password) {
		t.Errorf("error %q: want the server's address %s and never the password", msg, cfg.URI)
	}
	if code := health(); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz with the server stopped = %d, want 503", code)
	}

	neo4jScript(t, "start")
	restarted = true
	// The driver reconnects on its own: the same store, not reopened.
	if code := health(); code != http.StatusOK {
		t.Errorf("/healthz with the server back = %d, want 200", code)
	}
	mustPut(t, s, during)
	docs, err := s.Documents(context.Background(), graph.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if strings.Join(ids, " ") != "document:outage-before document:outage-during" {
		t.Errorf("documents after the outage: %v, want the one put before and the one put after", ids)
	}
}

// TestOutage_MidLoad stops the server while a writer puts documents one
// after another, then starts it again: every put that returned without an
// error is there, every document in the database is whole (its mentions and
// its three fact versions; the put that failed may have committed before
// the server went, and then it is whole too), and the same store resumes
// and puts the failed one once the server is back.
func TestOutage_MidLoad(t *testing.T) {
	serverConfig(t)
	if os.Getenv("KG_NEO4J_HOME") == "" {
		t.Skip("KG_NEO4J_HOME is not set: the test stops and starts the server scripts/neo4j runs there")
	}
	s := mustOpenEmpty(t)
	defer s.Close()
	const n = 20000 // more than a stop takes to come
	doc := func(i int) *graph.Extraction {
		return extraction(fmt.Sprintf("document:load-%03d", i), graph.Date(fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28)), fmt.Sprintf("sha-%d", i))
	}
	stored := map[string]bool{}
	var failed []int
	stopped := make(chan struct{})
	restarted := false
	defer func() {
		if !restarted {
			neo4jScript(t, "start") // leave the server to the other tests
		}
	}()
	var stopErr error
	stop := func() { // while the writer goes on
		defer close(stopped)
		stopErr = runNeo4jScript("stop")
	}
	for i := range n {
		if i == 50 {
			go stop()
		}
		if len(failed) > 0 {
			break // a loader stops at the first failure and resumes later
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_, err := s.PutDocument(ctx, doc(i))
		cancel()
		if err == nil {
			stored[doc(i).Document.ID] = true
		} else {
			failed = append(failed, i)
		}
	}
	<-stopped
	if stopErr != nil {
		t.Fatal(stopErr)
	}
	if len(stored) == 0 || len(failed) == 0 {
		t.Fatalf("%d documents stored and %d failed: the stop did not fall inside the load", len(stored), len(failed))
	}
	// a read while the server is down fails, and says which server
	rctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	_, err := s.Documents(rctx, graph.DocumentFilter{})
	cancel()
	if cfg := serverConfig(t); err == nil || !strings.Contains(err.Error(), cfg.URI) {
		t.Errorf("Documents with the server stopped: %v, want an error naming %s", err, cfg.URI)
	}
	neo4jScript(t, "start")
	restarted = true

	ctx := t.Context()
	rows, err := neo4j.Cypher(ctx, s, `MATCH (d:Document)
		OPTIONAL MATCH (d)-[:MENTIONS]->(e)
		WITH d, count(DISTINCT e) AS mentions
		OPTIONAL MATCH (v:FactVersion {doc: d.id})
		RETURN d.id, mentions, count(v) ORDER BY d.id`, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rows {
		id := fmt.Sprint(r[0])
		seen[id] = true
		// A put that failed may still have committed: the server can go
		// between the commit and its answer. Whole it must be, like the rest.
		if fmt.Sprint(r[1]) != "5" || fmt.Sprint(r[2]) != "3" {
			t.Errorf("%s has %v mentions and %v fact versions, want 5 and 3: a half document", id, r[1], r[2])
		}
	}
	for id := range stored {
		if !seen[id] {
			t.Errorf("%s was stored before the stop and is gone", id)
		}
	}
	for _, i := range failed {
		mustPut(t, s, doc(i)) // the same store resumes
	}
	count, err := neo4j.Cypher(ctx, s, "MATCH (d:Document) RETURN count(d)", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(count[0][0]), fmt.Sprint(len(stored)+len(failed)); got != want {
		t.Errorf("%s documents after the failed one was put again, want %s", got, want)
	}
}
