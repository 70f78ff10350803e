package gql_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/neo4j"
	"github.com/actorgraph/kg/graph/storetest"
	"github.com/actorgraph/kg/loader"
)

// The dev corpus (shared/corpus/dev), extracted by the real loader and put
// into a real store: the embedded one always, and a real Neo4j when
// NEO4J_URI is set. The stores are loaded once for the package and only
// read by the tests. Expected answers are worked out from the texts of the
// communiqués, not from what the code returns.

// devDir finds shared/corpus/dev beside the repository or in /work/shared.
func devDir(t testing.TB) string {
	t.Helper()
	for _, dir := range []string{filepath.Join("..", "..", "shared"), "/work/shared"} {
		p := filepath.Join(dir, "corpus", "dev")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("shared/corpus/dev not found beside the repository or in /work/shared; skipping the dev corpus tests")
	return ""
}

var dev struct {
	once  sync.Once
	err   error
	xs    []*graph.Extraction
	texts map[string]string // document id → text
	dirs  []string          // temporary directories to remove
	// stores, loaded with xs.
	embedded *embedded.Store
	neo4j    *neo4j.Store
	unlock   func()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if dev.embedded != nil {
		dev.embedded.Close()
	}
	if dev.neo4j != nil {
		dev.neo4j.Close()
	}
	if dev.unlock != nil {
		dev.unlock()
	}
	for _, d := range dev.dirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// devStore is one store loaded with the dev corpus.
type devStore struct {
	name  string
	store graph.Store
}

// devStores returns the stores loaded with the dev corpus: the embedded one,
// and Neo4j when NEO4J_URI is set.
func devStores(t testing.TB) []devStore {
	t.Helper()
	dir := devDir(t)
	dev.once.Do(func() { dev.err = loadDev(dir) })
	if dev.err != nil {
		t.Fatalf("loading the dev corpus: %v", dev.err)
	}
	out := []devStore{{"embedded", dev.embedded}}
	if dev.neo4j != nil {
		out = append(out, devStore{"neo4j", dev.neo4j})
	}
	return out
}

// forEachStore runs f as a subtest on each store loaded with the dev
// corpus, served by the real handler with opts.
func forEachStore(t *testing.T, opts gql.Options, f func(t *testing.T, srv *httptest.Server)) {
	t.Helper()
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) { f(t, MustServe(t, s.store, opts)) })
	}
}

func loadDev(dir string) error {
	ex, err := loader.New(loader.Options{})
	if err != nil {
		return err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("no .txt communiqués in %s (%v)", dir, err)
	}
	sort.Strings(paths)
	dev.texts = map[string]string{}
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		x, err := ex.Extract(p, text)
		if err != nil {
			return fmt.Errorf("extract %s: %w", p, err)
		}
		dev.xs = append(dev.xs, x)
		dev.texts[x.Document.ID] = string(text)
	}
	tmp, err := os.MkdirTemp("", "kg-gql-dev-")
	if err != nil {
		return err
	}
	dev.dirs = append(dev.dirs, tmp)
	if dev.embedded, err = embedded.Open(tmp); err != nil {
		return err
	}
	if err := putAll(dev.embedded, dev.xs); err != nil {
		return fmt.Errorf("embedded: %w", err)
	}
	if os.Getenv("NEO4J_URI") == "" {
		return nil
	}
	cfg := neo4j.ConfigFromEnv(os.Getenv)
	// The test database is wiped here; other packages' tests that use the
	// same server take the same lock (see storetest.LockDatabase).
	dev.unlock, err = storetest.LockDatabase(cfg.URI, cfg.Database)
	if err != nil {
		return err
	}
	if dev.neo4j, err = neo4j.Open(context.Background(), cfg); err != nil {
		return err
	}
	if err := emptyStore(dev.neo4j); err != nil {
		return fmt.Errorf("neo4j: %w", err)
	}
	if err := putAll(dev.neo4j, dev.xs); err != nil {
		return fmt.Errorf("neo4j: %w", err)
	}
	return nil
}

func putAll(s graph.Store, xs []*graph.Extraction) error {
	res, err := s.PutDocuments(context.Background(), xs)
	if err != nil {
		return err
	}
	for i, r := range res {
		if r.Status != graph.Added {
			return fmt.Errorf("put %s: %s, want added", xs[i].Document.ID, r.Status)
		}
	}
	return nil
}

// emptyStore removes every document of a store through the Store API, and
// with them everything they support, and checks that nothing is left.
func emptyStore(s graph.Store) error {
	ctx := context.Background()
	ds, err := s.Documents(ctx, graph.DocumentFilter{})
	if err != nil {
		return err
	}
	for _, d := range ds {
		if err := s.RemoveDocument(ctx, d.ID); err != nil {
			return fmt.Errorf("remove %s: %w", d.ID, err)
		}
	}
	es, err := s.Entities(ctx, graph.EntityFilter{Limit: 1})
	if err != nil {
		return err
	}
	if len(es) > 0 {
		return fmt.Errorf("the test database still holds entities (such as %s) that no document supports; wipe it", es[0].ID)
	}
	return nil
}

// devDoc returns the id of the dev communiqué whose file name starts with
// prefix ("07-").
func devDoc(t *testing.T, prefix string) string {
	t.Helper()
	for _, x := range dev.xs {
		if strings.HasPrefix(filepath.Base(x.Document.Source), prefix) {
			return x.Document.ID
		}
	}
	t.Fatalf("no dev communiqué %s*", prefix)
	return ""
}
