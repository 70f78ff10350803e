package main

import (
	"archive/zip"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/kg/export"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/storetest"
)

// loadExamples loads the dev corpus into a new data directory.
func loadExamples(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	if code, _, stderr := runMain(t, "", "load", "../../examples", "--data", dir); code != 0 {
		t.Fatalf("kg load examples: exit %d\n%s", code, stderr)
	}
	return dir
}

// mustExport runs kg export and returns the file it wrote.
func mustExport(t *testing.T, data string, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "export")
	args = append([]string{"export", "--data", data, "--out", out}, args...)
	if code, _, stderr := runMain(t, "", args...); code != 0 {
		t.Fatalf("kg %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
	}
	return out
}

func snapshotOf(t *testing.T, dir string) storetest.Snapshot {
	t.Helper()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return storetest.TakeSnapshot(t, s)
}

// TestExport_JSONLRoundTrip loads the jsonl export of the dev corpus into an
// empty kg, which must then hold the same snapshot and export the same
// bytes in every format.
func TestExport_JSONLRoundTrip(t *testing.T) {
	a := loadExamples(t)
	lines := mustExport(t, a, "--format", "jsonl")
	b := filepath.Join(t.TempDir(), "data")
	code, _, stderr := runMain(t, "", "import", lines, "--data", b)
	if code != 0 || !strings.Contains(stderr, "imported 6 documents (6 added") {
		t.Fatalf("kg import: exit %d\n%s", code, stderr)
	}
	sa, sb := snapshotOf(t, a), snapshotOf(t, b)
	if len(sa.Facts) == 0 || len(sa.Entities) == 0 {
		t.Fatalf("the dev corpus loaded no facts: the round trip proves nothing")
	}
	ja, _ := json.Marshal(sa)
	jb, _ := json.Marshal(sb)
	if string(ja) != string(jb) {
		t.Errorf("the store loaded from the jsonl export differs from the original:\norig %s\ncopy %s", ja, jb)
	}
	for _, f := range export.Formats {
		if f == export.CSV {
			continue // a zip: its entries' times differ
		}
		x, _ := os.ReadFile(mustExport(t, a, "--format", string(f)))
		y, _ := os.ReadFile(mustExport(t, b, "--format", string(f)))
		if string(x) != string(y) {
			t.Errorf("%s export of the copy differs from the original's", f)
		}
	}
	// Loading the same lines again changes nothing.
	code, _, stderr = runMain(t, "", "import", lines, "--data", b)
	if code != 0 || !strings.Contains(stderr, "(0 added, 0 replaced, 6 unchanged)") {
		t.Errorf("second kg import: exit %d\n%s", code, stderr)
	}
}

// expectation is what check.py compares networkx's reading of an export
// with: the store's entities and facts, from the store's own reads.
func expectation(t *testing.T, dir string) string {
	t.Helper()
	snap := snapshotOf(t, dir)
	nodes := map[string]any{}
	for _, e := range snap.Entities {
		al := e.Aliases
		if al == nil {
			al = []string{}
		}
		nodes[e.ID] = map[string]any{"type": e.Type, "name": e.Name, "aliases": al, "documents": len(e.Documents)}
	}
	edges := map[string]any{}
	for _, f := range snap.Facts {
		edges[f.ID] = map[string]any{"source": f.From, "target": f.To, "type": f.Type, "role": f.Role,
			"firstSeen": f.FirstSeen, "lastSeen": f.LastSeen, "evidence": len(f.Observations),
			"documents": len(f.Documents()), "confidence": f.Confidence}
	}
	raw, _ := json.Marshal(map[string]any{"nodes": nodes, "edges": edges})
	p := filepath.Join(t.TempDir(), "expect.json")
	if err := os.WriteFile(p, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestExport_NetworkX has networkx (scripts/export-check, pinned) read the
// GraphML, GEXF and Cytoscape JSON exports of the dev corpus, whole and
// sliced, and compare every node and edge with the store. CI sets
// KG_EXPORT_PYTHON (scripts/export-check/run prints it).
func TestExport_NetworkX(t *testing.T) {
	py := os.Getenv("KG_EXPORT_PYTHON")
	if py == "" {
		t.Skip("KG_EXPORT_PYTHON is not set: run `export KG_EXPORT_PYTHON=$(scripts/export-check/run)` to have networkx read the exports")
	}
	dir := loadExamples(t)
	expect := expectation(t, dir)
	args := []string{"../../scripts/export-check/check.py", expect}
	for _, f := range []string{"graphml", "gexf", "cytoscape"} {
		args = append(args, f+"="+mustExport(t, dir, "--format", f))
	}
	out, err := exec.Command(py, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx check failed: %v\n%s", err, out)
	}
	t.Logf("%s", out)
	if n := strings.Count(string(out), "attributes as the store has them"); n != 3 {
		t.Errorf("networkx checked %d formats, want 3:\n%s", n, out)
	}
}

// TestExport_Neo4jAdminImport imports the csv export of the dev corpus with
// neo4j-admin database import, from the jars scripts/neo4j fetched
// (KG_NEO4J_LIB, which `scripts/neo4j env` prints), into an empty database,
// and compares the counts of nodes, relationships and properties it reports
// with the store's.
func TestExport_Neo4jAdminImport(t *testing.T) {
	lib := os.Getenv("KG_NEO4J_LIB")
	if lib == "" {
		t.Skip("KG_NEO4J_LIB is not set: eval \"$(scripts/neo4j env)\" after scripts/neo4j fetch")
	}
	java := "java"
	if h := os.Getenv("JAVA_HOME"); h != "" {
		java = filepath.Join(h, "bin", "java")
	}
	dir := loadExamples(t)
	zipped := mustExport(t, dir, "--format", "csv")
	home := t.TempDir()
	for _, d := range []string{"conf", "import"} {
		os.MkdirAll(filepath.Join(home, d), 0o755)
	}
	os.WriteFile(filepath.Join(home, "conf", "neo4j.conf"), nil, 0o644)
	zr, err := zip.OpenReader(zipped)
	if err != nil {
		t.Fatalf("the csv export is not a zip: %v", err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		r, _ := f.Open()
		raw, _ := io.ReadAll(r)
		r.Close()
		os.WriteFile(filepath.Join(home, "import", f.Name), raw, 0o644)
	}
	if strings.Join(names, ",") != export.CSVNodes+","+export.CSVRelationships {
		t.Fatalf("zip holds %v, want %s and %s", names, export.CSVNodes, export.CSVRelationships)
	}
	cmd := exec.Command(java, "-Xmx512m", "-cp", filepath.Join(lib, "*"), "org.neo4j.cli.AdminTool",
		"database", "import", "full", "neo4j",
		"--nodes="+filepath.Join(home, "import", export.CSVNodes),
		"--relationships="+filepath.Join(home, "import", export.CSVRelationships))
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home, "NEO4J_CONF="+filepath.Join(home, "conf"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("neo4j-admin database import failed: %v\n%s", err, out)
	}
	count := func(what string) int {
		m := regexp.MustCompile(`(?m)^\s+(\d+) ` + what + `$`).FindStringSubmatch(string(out))
		if m == nil {
			t.Fatalf("neo4j-admin did not report its %s:\n%s", what, out)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	snap := snapshotOf(t, dir)
	// Every value the csv gives is a property: the empty ones are none.
	props := 0
	for _, e := range snap.Entities {
		props += 2 // id, documents
		for _, v := range []string{e.Name, strings.Join(e.Aliases, ";"), e.PlaceType, string(e.Start),
			string(e.End), string(e.Date), e.EventType} {
			if v != "" {
				props++
			}
		}
		if e.Session != 0 {
			props++
		}
	}
	for _, f := range snap.Facts {
		props += 3 // id, evidence, documents
		for _, v := range []string{f.Role, f.Concerning, string(f.FirstSeen), string(f.LastSeen)} {
			if v != "" {
				props++
			}
		}
		if f.Confidence > 0 {
			props++
		}
	}
	for _, c := range []struct {
		what string
		want int
	}{{"nodes", len(snap.Entities)}, {"relationships", len(snap.Facts)}, {"properties", props}} {
		if got := count(c.what); got != c.want {
			t.Errorf("neo4j-admin imported %d %s, the store has %d", got, c.what, c.want)
		}
	}
}

// TestExport_Slices checks the filters on the dev corpus: each slice keeps
// exactly the facts its options select, counted from the store.
func TestExport_Slices(t *testing.T) {
	dir := loadExamples(t)
	snap := snapshotOf(t, dir)
	around := "organization:syrian-coalition"
	for _, c := range []struct {
		name string
		args []string
		keep func(f graph.Fact) bool
	}{
		{"types", []string{"--types", "held,PARTY_TO"}, func(f graph.Fact) bool {
			return f.Type == graph.Held || f.Type == graph.PartyTo
		}},
		{"dates", []string{"--from", "2018-01-01", "--to", "2020-12-31"}, func(f graph.Fact) bool {
			return f.FirstSeen != "" && f.FirstSeen <= "2020-12-31" && f.LastSeen >= "2018-01-01"
		}},
		{"around depth 1", []string{"--around", around}, func(f graph.Fact) bool {
			return f.From == around || f.To == around || f.Concerning == around
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := 0
			for _, f := range snap.Facts {
				if c.keep(f) {
					want++
				}
			}
			if want == 0 || want == len(snap.Facts) {
				t.Fatalf("the slice keeps %d of %d facts: it proves nothing", want, len(snap.Facts))
			}
			raw, _ := os.ReadFile(mustExport(t, dir, append([]string{"--format", "cytoscape"}, c.args...)...))
			var doc struct {
				Elements struct{ Nodes, Edges []json.RawMessage }
			}
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatalf("the cytoscape export is not JSON: %v", err)
			}
			if got := len(doc.Elements.Edges); got != want {
				t.Errorf("%d edges, want %d", got, want)
			}
		})
	}
}

// TestExport_BadFlags: a mistake in the command line exits 2 with a message
// naming the flag or value at fault, and writes no file.
func TestExport_BadFlags(t *testing.T) {
	dir := loadExamples(t)
	out := filepath.Join(t.TempDir(), "never")
	for _, c := range []struct {
		name string
		args []string
		code int
		says string
	}{
		{"no format", nil, 2, "needs --format"},
		{"unknown format", []string{"--format", "dot"}, 2, `format "dot" is not one of`},
		{"bad date", []string{"--format", "gexf", "--from", "2020-13-01"}, 2, `--from: date "2020-13-01"`},
		{"dates reversed", []string{"--format", "gexf", "--from", "2021-01-01", "--to", "2020-01-01"}, 2, "after to date"},
		{"unknown type", []string{"--format", "gexf", "--types", "KNOWS"}, 2, `relation type "KNOWS"`},
		{"depth without around", []string{"--format", "gexf", "--depth", "2"}, 2, "needs an entity"},
		{"depth too deep", []string{"--format", "gexf", "--around", "state:syria", "--depth", "99"}, 2, "depth 99"},
		{"unknown entity", []string{"--format", "gexf", "--around", "person:nobody"}, 1, `entity "person:nobody"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"export", "--data", dir, "--out", out}, c.args...)
			code, _, stderr := runMain(t, "", args...)
			if code != c.code || !strings.Contains(stderr, c.says) {
				t.Errorf("kg %v: exit %d, stderr %q; want exit %d saying %q", args, code, stderr, c.code, c.says)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("a failed export left %s behind", out)
			}
		})
	}
}

// TestImport_BadInput names the file and line of what is not an extraction.
func TestImport_BadInput(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(p, []byte("\n{\"document\": {\"title\": \"x\"}, \"oops\": 1}\n"), 0o644)
	code, _, stderr := runMain(t, "", "import", p, "--data", filepath.Join(t.TempDir(), "d"))
	if code != 1 || !strings.Contains(stderr, p+" line 2 is not an extraction") {
		t.Errorf("kg import of a bad line: exit %d, stderr %q", code, stderr)
	}
}

// TestServe_Export fetches GET /export from a real server: the formats with
// their media types, and 400 or 404 naming the parameter at fault.
func TestServe_Export(t *testing.T) {
	base := startServe(t, "--data", loadExamples(t))
	for _, c := range []struct {
		query  string
		status int
		ctype  string
		says   string
	}{
		{"format=graphml", 200, "application/graphml+xml", "<graphml"},
		{"format=gexf&types=ATTENDED", 200, "application/gexf+xml", "<gexf"},
		{"format=cytoscape&around=organization:syrian-coalition&depth=2", 200, "application/json", `"elements"`},
		{"format=jsonl&from=2020-01-01", 200, "application/x-ndjson", `"document"`},
		{"format=csv", 200, "application/zip", "PK"},
		{"", 400, "text/plain", "parameter format is missing"},
		{"format=svg", 400, "text/plain", `format "svg"`},
		{"format=gexf&depth=x&around=state:syria", 400, "text/plain", `depth "x"`},
		{"format=gexf&from=yesterday", 400, "text/plain", "parameter from"},
		{"format=gexf&types=KNOWS", 400, "text/plain", `relation type "KNOWS"`},
		{"format=gexf&tpyes=HELD", 400, "text/plain", `unknown parameter "tpyes"`},
		{"format=gexf&around=person:nobody", 404, "text/plain", `"person:nobody"`},
	} {
		t.Run(c.query, func(t *testing.T) {
			resp, err := http.Get(base + "/export?" + c.query)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), c.ctype) ||
				!strings.Contains(string(body), c.says) {
				t.Errorf("GET /export?%s = %d %s %.200q; want %d %s saying %q", c.query, resp.StatusCode,
					resp.Header.Get("Content-Type"), body, c.status, c.ctype, c.says)
			}
		})
	}
}
