package neo4j_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

// neo4jScript runs scripts/neo4j with cmd (stop or start) on the server the
// tests use.
func neo4jScript(t *testing.T, cmd string) {
	t.Helper()
	out, err := exec.Command("bash", "../../scripts/neo4j", cmd).CombinedOutput()
	if err != nil {
		t.Fatalf("scripts/neo4j %s: %v\n%s", cmd, err, out)
	}
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
