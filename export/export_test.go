package export_test

import (
	"archive/zip"
	"bytes"
	"flag"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/kg/export"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// corpusStore is an embedded store holding testdata/corpus.jsonl: the
// extractions of the dev corpus, frozen, so that the golden files change
// only when the formats do.
func corpusStore(t *testing.T) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	f, err := os.Open("testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var xs []*graph.Extraction
	if err := export.ReadJSONL(f, "corpus.jsonl", func(x *graph.Extraction) error {
		xs = append(xs, x)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutDocuments(t.Context(), xs); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestWrite_Golden compares each format's export of the corpus, whole and
// sliced, with its golden file; -update rewrites them.
func TestWrite_Golden(t *testing.T) {
	s := corpusStore(t)
	for _, c := range []struct {
		golden string
		o      export.Options
	}{
		{"corpus.graphml", export.Options{Format: export.GraphML}},
		{"corpus.gexf", export.Options{Format: export.GEXF}},
		{"corpus.cyjs", export.Options{Format: export.Cytoscape}},
		{"corpus.csv.txt", export.Options{Format: export.CSV}},
		{"corpus.jsonl", export.Options{Format: export.JSONL}},
		{"coalition-2.graphml", export.Options{Format: export.GraphML, Around: "organization:syrian-coalition", Depth: 2,
			Types: []graph.RelationType{graph.Held, graph.Attended, graph.HoldsRole}}},
		{"since-2020.jsonl", export.Options{Format: export.JSONL, From: "2020-01-01"}},
	} {
		t.Run(c.golden, func(t *testing.T) {
			var b bytes.Buffer
			if err := export.Write(t.Context(), s, &b, c.o); err != nil {
				t.Fatalf("Write(%+v): %v", c.o, err)
			}
			got := b.Bytes()
			if c.o.Format == export.CSV {
				got = unzip(t, got)
			}
			p := filepath.Join("testdata", c.golden)
			if *update && c.golden != "corpus.jsonl" {
				if err := os.WriteFile(p, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(p)
			if err != nil {
				t.Fatalf("%v (run go test ./export -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("export differs from %s (go test ./export -update rewrites it):\n%s", p, firstDiff(got, want))
			}
		})
	}
}

// unzip lists a zip's entries, each under a line with its name.
func unzip(t *testing.T, raw []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatalf("csv export is not a zip: %v", err)
	}
	var b bytes.Buffer
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("== " + f.Name + "\n")
		io.Copy(&b, r)
		r.Close()
	}
	return b.Bytes()
}

func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\ngot  " + a + "\nwant " + b
		}
	}
	return ""
}

// TestParseQuery reads the query parameters of GET /export; every fault
// names the parameter or value.
func TestParseQuery(t *testing.T) {
	for _, c := range []struct {
		query string
		want  export.Options
		err   string
	}{
		{"format=GraphML", export.Options{Format: export.GraphML}, ""},
		{"format=gexf&around=state:syria", export.Options{Format: export.GEXF, Around: "state:syria", Depth: 1}, ""},
		{"format=jsonl&around=state:syria&depth=0", export.Options{Format: export.JSONL, Around: "state:syria"}, ""},
		{"format=csv&types=held,%20attended&from=2019-01-01&to=2019-12-31", export.Options{Format: export.CSV,
			Types: []graph.RelationType{graph.Held, graph.Attended}, From: "2019-01-01", To: "2019-12-31"}, ""},
		{"", export.Options{}, "parameter format is missing"},
		{"format=dot", export.Options{}, `format "dot" is not one of graphml, gexf, cytoscape, csv, jsonl`},
		{"format=gexf&depth=3", export.Options{}, "needs an entity"},
		{"format=gexf&around=x&depth=-1", export.Options{}, `depth "-1"`},
		{"format=gexf&to=2019-02-30", export.Options{}, `parameter to: date "2019-02-30"`},
		{"format=gexf&from=2020-01-01&to=2019-01-01", export.Options{}, "after to date"},
		{"format=gexf&types=HELD,LIKES", export.Options{}, `relation type "LIKES"`},
		{"format=gexf&limit=3", export.Options{}, `unknown parameter "limit"`},
	} {
		t.Run(c.query, func(t *testing.T) {
			q, _ := url.ParseQuery(c.query)
			got, err := export.ParseQuery(q)
			if c.err != "" {
				if err == nil || graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), c.err) {
					t.Errorf("ParseQuery(%q) error = %v; want EINVALID saying %q", c.query, err, c.err)
				}
				return
			}
			if err != nil || got.Format != c.want.Format || got.Around != c.want.Around || got.Depth != c.want.Depth ||
				got.From != c.want.From || got.To != c.want.To || strings.Join(types(got.Types), ",") != strings.Join(types(c.want.Types), ",") {
				t.Errorf("ParseQuery(%q) = %+v, %v; want %+v", c.query, got, err, c.want)
			}
		})
	}
}

func types(ts []graph.RelationType) []string {
	var out []string
	for _, t := range ts {
		out = append(out, string(t))
	}
	return out
}
