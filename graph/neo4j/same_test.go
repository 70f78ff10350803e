package neo4j_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/neo4j"
	"github.com/actorgraph/kg/graph/storetest"
	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/synth"
)

// openBoth opens an empty Neo4j store and an empty embedded one, closed when
// the test ends, and the real loader.
func openBoth(t *testing.T) (*neo4j.Store, *embedded.Store, *loader.Extractor) {
	t.Helper()
	n4 := mustOpenEmpty(t)
	t.Cleanup(func() { n4.Close() })
	emb, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	ex, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return n4, emb, ex
}

// TestSameAsEmbedded loads generated communiqués through the real loader
// into both stores, replaces and removes some, and checks after each stage
// that the two hold exactly the same documents, entities and facts.
func TestSameAsEmbedded(t *testing.T) {
	n4, emb, ex := openBoth(t)
	var xs []*graph.Extraction
	for _, d := range synth.Generate(7, 80) {
		x, err := ex.Extract(d.Name, []byte(d.Text))
		if err != nil {
			t.Fatalf("extract %s: %v", d.Name, err)
		}
		xs = append(xs, x)
	}
	both := func(what string, do func(s graph.Store) error) {
		t.Helper()
		for _, s := range []graph.Store{emb, n4} {
			if err := do(s); err != nil {
				t.Fatalf("%s on %T: %v", what, s, err)
			}
		}
	}
	compare := func(stage string) {
		t.Helper()
		want, got := storetest.TakeSnapshot(t, emb), storetest.TakeSnapshot(t, n4)
		if len(want.Facts) == 0 {
			t.Fatalf("%s: the embedded store holds no facts; the test proves nothing", stage)
		}
		if !reflect.DeepEqual(got.Documents, want.Documents) {
			t.Errorf("%s: documents differ: neo4j has %d, embedded %d", stage, len(got.Documents), len(want.Documents))
		}
		diff(t, stage+": entity", got.Entities, want.Entities, func(e graph.Entity) string { return e.ID })
		diff(t, stage+": fact", got.Facts, want.Facts, func(f graph.Fact) string { return f.ID })
		sameSearchesAndEdges(t, stage, emb, n4, want.Entities)
	}

	for _, x := range xs {
		both("put "+x.Document.ID, func(s graph.Store) error { _, err := s.PutDocument(context.Background(), x); return err })
	}
	compare("after loading")

	// Replace every fifth document by a version that keeps only half of its
	// relations and the entities they need; remove every seventh.
	for i := 0; i < len(xs); i += 5 {
		y := *xs[i]
		y.Document.SHA256 += "-v2"
		y.Relations = y.Relations[:len(y.Relations)/2]
		need := map[string]bool{}
		for _, r := range y.Relations {
			need[r.From], need[r.To] = true, true
			if r.Concerning != "" {
				need[r.Concerning] = true
			}
		}
		y.Entities = nil
		for _, e := range xs[i].Entities {
			if need[e.ID] {
				y.Entities = append(y.Entities, e)
			}
		}
		both("replace "+y.Document.ID, func(s graph.Store) error {
			res, err := s.PutDocument(context.Background(), &y)
			if err == nil && res.Status != graph.Replaced {
				err = fmt.Errorf("status %s, want %s", res.Status, graph.Replaced)
			}
			return err
		})
	}
	compare("after replacing")
	for i := 3; i < len(xs); i += 7 {
		id := xs[i].Document.ID
		both("remove "+id, func(s graph.Store) error { return s.RemoveDocument(context.Background(), id) })
	}
	compare("after removing")
}

// diff reports the first few items that differ between two lists sorted by
// id.
func diff[T any](t *testing.T, what string, got, want []T, id func(T) string) {
	t.Helper()
	g := map[string]T{}
	for _, x := range got {
		g[id(x)] = x
	}
	shown := 0
	for _, w := range want {
		x, ok := g[id(w)]
		delete(g, id(w))
		if !ok || !reflect.DeepEqual(x, w) {
			if shown++; shown <= 3 {
				t.Errorf("%s %s:\nneo4j    %+v\nembedded %+v", what, id(w), x, w)
			}
		}
	}
	for k := range g {
		if shown++; shown <= 3 {
			t.Errorf("%s %s: only in neo4j", what, k)
		}
	}
	if shown > 3 {
		t.Errorf("%s: %d differences in all", what, shown)
	}
}

// TestReadmeQueries asks the README's four queries through the GraphQL
// handler over both stores holding the seed communiqué and some generated
// ones: the answers must be byte for byte the same.
func TestReadmeQueries(t *testing.T) {
	seed := seedExtraction(t)
	n4, emb, ex := openBoth(t)
	xs := []*graph.Extraction{seed}
	for _, d := range synth.Generate(3, 40) {
		x, err := ex.Extract(d.Name, []byte(d.Text))
		if err != nil {
			t.Fatal(err)
		}
		xs = append(xs, x)
	}
	for _, s := range []graph.Store{emb, n4} {
		for _, x := range xs {
			mustPut(t, s, x)
		}
	}
	he, hn := gql.NewHandler(emb, gql.Options{}), gql.NewHandler(n4, gql.Options{})
	for _, q := range readmeQueries {
		t.Run(q.name, func(t *testing.T) {
			want := answer(t, he, q.query)
			if got := answer(t, hn, q.query); !bytes.Equal(got, want) {
				t.Errorf("%s:\nneo4j    %s\nembedded %s", q.query, got, want)
			}
			if len(want) < 40 {
				t.Errorf("%s: answer %s is too short to be a real answer", q.query, want)
			}
		})
	}
}

// TestDocQueries asks every query of the query reference, doc/queries.md
// (whose answers gql's tests check on the embedded store), through the
// handler over both stores holding examples/: the answers must be byte for
// byte the same.
func TestDocQueries(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "doc", "queries.md"))
	if err != nil {
		t.Fatal(err)
	}
	queries := regexp.MustCompile("(?s)```graphql\n(.*?)\n```").FindAllStringSubmatch(string(doc), -1)
	if len(queries) < 10 {
		t.Fatalf("doc/queries.md has %d ```graphql blocks; want at least 10", len(queries))
	}
	n4, emb, ex := openBoth(t)
	paths, err := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no communiqués in examples/: %v", err)
	}
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// named as kg serve --load examples names them from the root
		x, err := ex.Extract("examples/"+filepath.Base(p), text)
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		for _, s := range []graph.Store{emb, n4} {
			mustPut(t, s, x)
		}
	}
	he, hn := gql.NewHandler(emb, gql.Options{}), gql.NewHandler(n4, gql.Options{})
	// Some examples show errors, so answers are compared whatever they say.
	for _, q := range queries {
		_, want := post(t, he, q[1])
		if _, got := post(t, hn, q[1]); !bytes.Equal(got, want) {
			t.Errorf("%s\nneo4j    %s\nembedded %s", q[1], got, want)
		}
		if !bytes.Contains(want, []byte(`"data"`)) {
			t.Errorf("%s: answer %s has no data", q[1], want)
		}
	}
}
