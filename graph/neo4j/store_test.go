package neo4j_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/neo4j"
	"github.com/actorgraph/kg/graph/storetest"
)

// skipMessage says how to run the tests that need a server.
const skipMessage = "NEO4J_URI is not set, so the tests against a real Neo4j are skipped. " +
	"To run them: scripts/neo4j start && eval \"$(scripts/neo4j env)\" && go test ./graph/neo4j/ " +
	"(or point NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE at a Neo4j 5 server whose database may be wiped)"

// TestMain holds the test database for the whole run: other packages'
// tests (gql's) wipe the same database, and go test ./... runs packages in
// parallel.
func TestMain(m *testing.M) {
	if os.Getenv("NEO4J_URI") != "" {
		cfg := neo4j.ConfigFromEnv(os.Getenv)
		unlock, err := storetest.LockDatabase(cfg.URI, cfg.Database)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		code := m.Run()
		unlock()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// serverConfig returns the server the tests use, or skips the test.
func serverConfig(t testing.TB) neo4j.Config {
	t.Helper()
	if os.Getenv("NEO4J_URI") == "" {
		t.Skip(skipMessage)
	}
	return neo4j.ConfigFromEnv(os.Getenv)
}

// mustOpenEmpty opens the store on the test server and deletes everything
// in its database, so that the test starts from an empty graph. The caller
// closes it.
func mustOpenEmpty(t testing.TB) *neo4j.Store {
	t.Helper()
	cfg := serverConfig(t)
	s, err := neo4j.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", cfg, err)
	}
	if err := neo4j.Wipe(context.Background(), s); err != nil {
		s.Close()
		t.Fatalf("wipe the test database: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	serverConfig(t)
	storetest.Run(t, func(t *testing.T) graph.Store { return mustOpenEmpty(t) })
}

// TestConcurrentWriters runs two writers on one database through two
// stores, each with its own driver and connections, as two kg processes
// would be.
func TestConcurrentWriters(t *testing.T) {
	a := mustOpenEmpty(t)
	defer a.Close()
	b, err := neo4j.Open(context.Background(), serverConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	storetest.ConcurrentWriters(t, a, b)
}
