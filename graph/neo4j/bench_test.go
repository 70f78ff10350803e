package neo4j_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/neo4j"
	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/synth"
)

// benchSeed fixes the generated corpus, so that runs compare.
const benchSeed = 42

// loadBatch is the number of documents per PutDocuments in the batched
// writer: kg load's batch.
const loadBatch = 500

var (
	corpusMu sync.Mutex
	corpora  = map[int][]*graph.Extraction{}
)

// corpus returns n generated communiqués, extracted by the real loader. It
// is built once per size and outside any timed part.
func corpus(b *testing.B, n int) []*graph.Extraction {
	b.Helper()
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if xs, ok := corpora[n]; ok {
		return xs
	}
	ex, err := loader.New(loader.Options{})
	if err != nil {
		b.Fatalf("loader.New: %v", err)
	}
	var xs []*graph.Extraction
	for _, d := range synth.Generate(benchSeed, n) {
		x, err := ex.Extract(d.Name, []byte(d.Text))
		if err != nil {
			b.Fatalf("extract %s: %v", d.Name, err)
		}
		xs = append(xs, x)
	}
	corpora[n] = xs
	return xs
}

func relations(xs []*graph.Extraction) int {
	n := 0
	for _, x := range xs {
		n += len(x.Relations)
	}
	return n
}

// BenchmarkLoad loads 1,000 and 10,000 generated communiqués into an empty
// database and reports the relation statements stored per second ("rels/s")
// and the relationships the graph then holds per second of loading
// ("graphrels/s"). The writers: "batched" is PutDocuments over batches of
// loadBatch documents (what kg load does), "perdoc" one PutDocument, one
// transaction, per document, and the baseline, in the same run, "naive", a
// deliberately naive writer (naiveLoad) that sends one MERGE statement per
// entity and per fact. Run it with -benchtime=1x:
//
//	go test ./graph/neo4j/ -run '^$' -bench Load -benchtime=1x -timeout 60m
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, w := range []struct {
			name string
			load func(b *testing.B, s *neo4j.Store, xs []*graph.Extraction)
		}{
			{"batched", func(b *testing.B, s *neo4j.Store, xs []*graph.Extraction) {
				for i := 0; i < len(xs); i += loadBatch {
					batch := xs[i:min(i+loadBatch, len(xs))]
					if _, err := s.PutDocuments(context.Background(), batch); err != nil {
						b.Fatalf("PutDocuments(%d documents from %s): %v", len(batch), batch[0].Document.ID, err)
					}
				}
			}},
			{"perdoc", func(b *testing.B, s *neo4j.Store, xs []*graph.Extraction) {
				for _, x := range xs {
					if _, err := s.PutDocument(context.Background(), x); err != nil {
						b.Fatalf("PutDocument(%s): %v", x.Document.ID, err)
					}
				}
			}},
			{"naive", naiveLoad},
		} {
			b.Run(fmt.Sprintf("%s/%d", w.name, n), func(b *testing.B) {
				xs := corpus(b, n)
				s := mustOpenEmpty(b)
				defer s.Close()
				// Warm up: the server plans each statement once, on first
				// use, which is no part of the throughput.
				w.load(b, s, xs[:20])
				var elapsed time.Duration
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					if err := neo4j.Wipe(context.Background(), s); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					start := time.Now()
					w.load(b, s, xs)
					elapsed += time.Since(start)
				}
				b.StopTimer()
				rows, err := neo4j.Cypher(context.Background(), s, "MATCH ()-[r]->() RETURN count(r)", nil)
				if err != nil {
					b.Fatal(err)
				}
				graphRels := rows[0][0].(int64)
				per := elapsed.Seconds() / float64(b.N)
				b.ReportMetric(float64(relations(xs))/per, "rels/s")
				b.ReportMetric(float64(graphRels)/per, "graphrels/s")
				b.ReportMetric(per*1000/float64(len(xs)), "ms/doc")
			})
		}
	}
}

// naiveLoad is the baseline writer: per document one managed transaction,
// as the real one, but inside it one MERGE statement per entity and one per
// relation statement, each a round trip, with no merging of versions. It
// writes less than the real writer and exists only to be measured against.
func naiveLoad(b *testing.B, s *neo4j.Store, xs []*graph.Extraction) {
	cfg := s.Config()
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close(context.Background())
	ctx := context.Background()
	session := d.NewSession(ctx, driver.SessionConfig{DatabaseName: cfg.Database})
	defer session.Close(ctx)
	relType := map[graph.RelationType]string{}
	for _, t := range graph.RelationTypes {
		relType[t] = string(t)
	}
	for _, x := range xs {
		_, err := session.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
			if _, err := tx.Run(ctx, "MERGE (d:Document {id: $id}) SET d.title = $title, d.published = $published",
				map[string]any{"id": x.Document.ID, "title": x.Document.Title, "published": string(x.Document.Published)}); err != nil {
				return nil, err
			}
			for _, e := range x.Entities {
				if _, err := tx.Run(ctx, "MATCH (d:Document {id: $doc}) MERGE (e:Entity {id: $id}) SET e.name = $name, e.type = $type MERGE (d)-[:MENTIONS]->(e)",
					map[string]any{"doc": x.Document.ID, "id": e.ID, "name": e.Name, "type": string(e.Type)}); err != nil {
					return nil, err
				}
			}
			for i := range x.Relations {
				r := &x.Relations[i]
				q := "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MERGE (a)-[f:" + relType[r.Type] +
					" {id: $id}]->(b) SET f.confidence = $confidence"
				if _, err := tx.Run(ctx, q, map[string]any{"from": r.From, "to": r.To, "id": graph.FactID(r),
					"confidence": r.Confidence}); err != nil {
					return nil, err
				}
			}
			return nil, nil
		})
		if err != nil {
			b.Fatalf("naive load of %s: %v", x.Document.ID, err)
		}
	}
}

// readmeQueries are the four example queries of the README.
var readmeQueries = []struct{ name, query string }{
	{"person", `{ person(name: "Nasr al-Hariri") { name roles { role organization { name } } } }`},
	{"meetings", `{ meetings(body: "Syrian Coalition General Assembly") { session start end place { name } } }`},
	{"condemnations", `{ condemnations(target: "Assad regime") { by { name } target { name } concerning { name } evidence { text document { title } } } }`},
	{"place", `{ place(name: "Al-Raqqa") { events { eventType } } }`},
}

// seedExtraction extracts the seed communiqué from shared/, beside the
// repository or at /work/shared, or skips.
func seedExtraction(tb testing.TB) *graph.Extraction {
	tb.Helper()
	const rel = "corpus/seed/seed-42nd-general-assembly.txt"
	for _, dir := range []string{filepath.Join("..", "..", "..", "shared"), "/work/shared"} {
		p := filepath.Join(dir, rel)
		text, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		ex, err := loader.New(loader.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		x, err := ex.Extract(p, text)
		if err != nil {
			tb.Fatalf("extract %s: %v", p, err)
		}
		return x
	}
	tb.Skip("shared/" + rel + " not found beside the repository or in /work/shared: the README queries ask about the seed")
	return nil
}

// post posts a query to the handler in process and returns the status and
// the body, whatever they are.
func post(tb testing.TB, h http.Handler, query string) (int, []byte) {
	body, err := json.Marshal(map[string]any{"query": query})
	if err != nil {
		tb.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, gql.GraphQLPath, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.Bytes()
}

// answer posts a query that must succeed and returns the body.
func answer(tb testing.TB, h http.Handler, query string) []byte {
	code, body := post(tb, h, query)
	if code != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
		tb.Fatalf("query %s: status %d, %s", query, code, body)
	}
	return body
}

// BenchmarkReadmeQueries times the README's four queries through the GraphQL
// handler over both stores, each holding the seed and 1,000 generated
// communiqués, and reports the median and 99th percentile latency. Both
// stores must give the same answers.
func BenchmarkReadmeQueries(b *testing.B) {
	seed := seedExtraction(b)
	xs := append([]*graph.Extraction{seed}, corpus(b, 1000)...)
	emb, err := embedded.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer emb.Close()
	n4 := mustOpenEmpty(b)
	defer n4.Close()
	for _, s := range []graph.Store{emb, n4} {
		for _, x := range xs {
			if _, err := s.PutDocument(context.Background(), x); err != nil {
				b.Fatalf("PutDocument(%s): %v", x.Document.ID, err)
			}
		}
	}
	quiet := gql.Options{Logger: nil}
	stores := []struct {
		name string
		h    http.Handler
	}{
		{"embedded", gql.NewHandler(emb, quiet)},
		{"neo4j", gql.NewHandler(n4, quiet)},
	}
	for _, q := range readmeQueries {
		want := answer(b, stores[0].h, q.query)
		if got := answer(b, stores[1].h, q.query); !bytes.Equal(got, want) {
			b.Fatalf("query %s: neo4j answers\n%s\nembedded answers\n%s", q.name, got, want)
		}
		for _, st := range stores {
			b.Run(st.name+"/"+q.name, func(b *testing.B) {
				lat := make([]time.Duration, 0, b.N)
				for i := 0; i < b.N; i++ {
					start := time.Now()
					answer(b, st.h, q.query)
					lat = append(lat, time.Since(start))
				}
				sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
			})
		}
	}
}

// BenchmarkServerCeiling measures what the server itself can do on this
// machine, as a yardstick for BenchmarkLoad: one statement that creates
// 20,000 relationships between existing nodes found by unique id, the least
// work a write of relationships can be, with nothing merged, no properties
// beyond the id and no node written.
func BenchmarkServerCeiling(b *testing.B) {
	const nodes, rels = 10000, 20000
	s := mustOpenEmpty(b)
	defer s.Close()
	ctx := context.Background()
	ids := make([]any, nodes)
	for i := range ids {
		ids[i] = fmt.Sprintf("ceiling:%d", i)
	}
	if _, err := neo4j.Cypher(ctx, s, "UNWIND $ids AS id CREATE (:Entity {id: id})", map[string]any{"ids": ids}); err != nil {
		b.Fatal(err)
	}
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		rows := make([]any, rels)
		for j := range rows {
			rows[j] = map[string]any{"a": ids[(j*7+i)%nodes], "b": ids[(j*13+i*5)%nodes], "id": fmt.Sprintf("r%d-%d", i, j)}
		}
		start := time.Now()
		if _, err := neo4j.Cypher(ctx, s, "UNWIND $rows AS row MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b}) "+
			"CREATE (a)-[:PART_OF {id: row.id}]->(b)", map[string]any{"rows": rows}); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
	}
	b.ReportMetric(float64(rels*b.N)/elapsed.Seconds(), "graphrels/s")
}
