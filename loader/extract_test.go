package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// sharedDir is the project's shared folder beside the repository, which
// holds the seed communiqué and the dev corpus.
const sharedDir = "../../shared"

func mustExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func mustExtractFile(t testing.TB, x *Extractor, path string) *graph.Extraction {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := x.Extract(filepath.Base(path), text)
	if err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	return ex
}

// fact describes a relation by the names of its ends, as a reader would.
type fact struct {
	typ      graph.RelationType
	from, to string
	role     string
}

func names(x *graph.Extraction) map[string]*graph.Entity {
	m := map[string]*graph.Entity{}
	for i := range x.Entities {
		m[x.Entities[i].ID] = &x.Entities[i]
	}
	return m
}

// has reports whether x states f, matching names as EXTRACTION.md does.
func has(x *graph.Extraction, f fact) bool {
	byID := names(x)
	for _, r := range x.Relations {
		if r.Type != f.typ || !nameMatches(byID[r.From], f.from) || !nameMatches(byID[r.To], f.to) {
			continue
		}
		if f.role == "" || graph.NameKey(r.Role) == graph.NameKey(f.role) {
			return true
		}
	}
	return false
}

func nameMatches(e *graph.Entity, name string) bool {
	if e == nil {
		return false
	}
	for _, n := range e.Names() {
		if graph.NameKey(n) == graph.NameKey(name) {
			return true
		}
	}
	return false
}

func entityNamed(x *graph.Extraction, t graph.EntityType, name string) *graph.Entity {
	for i := range x.Entities {
		if x.Entities[i].Type == t && nameMatches(&x.Entities[i], name) {
			return &x.Entities[i]
		}
	}
	return nil
}

func TestExtract_Seed(t *testing.T) {
	path := filepath.Join(sharedDir, "seeds", "000_6787e3c247f74c57.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("seed communiqué not found at %s (the shared folder sits beside the repository)", path)
	}
	x := mustExtractFile(t, mustExtractor(t), path)
	d := x.Document
	if d.Title != "Final Communiqué of the 42nd Syrian Coalition General Assembly’s Meeting" ||
		d.Published != "2018-11-12" || d.Publisher != "Syrian Coalition" {
		t.Errorf("document = %+v", d)
	}
	for _, f := range []fact{
		{graph.HoldsRole, "Abdurrahman Mustafa", "Syrian Coalition", "President"},
		{graph.HoldsRole, "Nasr al-Hariri", "Syrian Negotiations Commission", "Head"},
		{graph.HoldsRole, "Jawad Abu Hatab", "Syrian Interim Government", "Head"},
		{graph.HoldsRole, "Sergei Lavrov", "Russia", "Foreign Minister"},
		{graph.Held, "Syrian Coalition General Assembly", "42nd session of the Syrian Coalition General Assembly", ""},
		{graph.PartOf, "Syrian Coalition General Assembly", "Syrian Coalition", ""},
		{graph.Condemned, "Syrian Coalition", "Assad regime", ""},
		{graph.PartyTo, "Turkey", "Sochi agreement", ""},
		{graph.PartyTo, "Russia", "Sochi agreement", ""},
		{graph.OccurredIn, "Sochi agreement", "Sochi", ""},
		{graph.Attended, "Sergei Lavrov", "meeting of Nasr al-Hariri with Sergei Lavrov in Moscow", ""},
	} {
		if !has(x, f) {
			t.Errorf("missing %s %s -> %s (%s)", f.typ, f.from, f.to, f.role)
		}
	}
	m := entityNamed(x, graph.Meeting, "42nd session of the Syrian Coalition General Assembly")
	if m == nil || m.Session != 42 || m.Start != "2018-11-10" || m.End != "2018-11-11" {
		t.Errorf("meeting = %+v, want session 42 on 2018-11-10..11", m)
	}
	// events in Al-Raqqa: the assassination is a killing there
	var raqqa []string
	byID := names(x)
	for _, r := range x.Relations {
		if r.Type == graph.OccurredIn && nameMatches(byID[r.To], "Al-Raqqa") && byID[r.From].Type == graph.Event {
			raqqa = append(raqqa, byID[r.From].EventType)
		}
	}
	if !strings.Contains(strings.Join(raqqa, ","), "killing") {
		t.Errorf("events in Al-Raqqa = %v, want a killing", raqqa)
	}
	// evidence is the sentence, at its offsets in the text
	text, _ := os.ReadFile(path)
	runes := []rune(string(text))
	for _, r := range x.Relations {
		ev := r.Evidence
		if ev == nil || string(runes[ev.Start:ev.End]) != ev.Text {
			t.Fatalf("%s %s -> %s: evidence %+v does not match the text at its offsets", r.Type, r.From, r.To, ev)
		}
	}
}

func TestExtract_FromContext(t *testing.T) {
	x := mustExtractor(t)
	ex := mustExtractFile(t, x, "testdata/short/01-council-session-unknown-names.txt")
	for _, f := range []fact{
		{graph.HoldsRole, "Tarek Wahbi", "Hauran Civic Council", "President"},
		{graph.Held, "Hauran Civic Council", "7th session of the Hauran Civic Council", ""},
		{graph.OccurredIn, "7th session of the Hauran Civic Council", "Amman", ""},
		{graph.Condemned, "Hauran Civic Council", "Assad regime", ""},
		{graph.PartOf, "Hauran Civic Council Legal Committee", "Hauran Civic Council", ""},
		{graph.HoldsRole, "Salma Haddad", "Hauran Civic Council Legal Committee", "head"},
		{graph.Attended, "Tarek Wahbi", "7th session of the Hauran Civic Council", ""},
	} {
		if !has(ex, f) {
			t.Errorf("missing %s %s -> %s (%s)", f.typ, f.from, f.to, f.role)
		}
	}
	m := entityNamed(ex, graph.Meeting, "7th session of the Hauran Civic Council")
	if m == nil || m.Start != "2024-06-01" || m.End != "2024-06-02" {
		t.Errorf("meeting = %+v, want 2024-06-01..02 (a year-less range takes the publication year)", m)
	}

	ex = mustExtractFile(t, x, "testdata/short/03-ministers-meet.txt")
	for _, f := range []fact{
		{graph.HoldsRole, "Ayman Safadi", "Jordan", "Foreign Minister"},
		{graph.HoldsRole, "Abdurrahman Mustafa", "Syrian Coalition", "President"},
		{graph.Attended, "Ayman Safadi", "meeting of Abdurrahman Mustafa with Ayman Safadi in Amman", ""},
	} {
		if !has(ex, f) {
			t.Errorf("missing %s %s -> %s (%s)", f.typ, f.from, f.to, f.role)
		}
	}
}

func TestExtract_NoCondemnationWithoutTheVerb(t *testing.T) {
	ex := mustExtractFile(t, mustExtractor(t), "testdata/short/02-blame-not-condemn.txt")
	for _, r := range ex.Relations {
		if r.Type == graph.Condemned {
			t.Errorf("unexpected CONDEMNED %s -> %s in %q", r.From, r.To, r.Evidence.Text)
		}
	}
	if p := entityNamed(ex, graph.Person, "Lina Qassem"); p == nil {
		t.Errorf("the honorific was not stripped: no person Lina Qassem among %v", ex.Entities)
	}
}

func TestExtract_MinConfidence(t *testing.T) {
	text, err := os.ReadFile("testdata/short/01-council-session-unknown-names.txt")
	if err != nil {
		t.Fatal(err)
	}
	all, _ := mustExtractor(t).Extract("a", text)
	strict, err := New(Options{MinConfidence: 0.85})
	if err != nil {
		t.Fatal(err)
	}
	some, _ := strict.Extract("a", text)
	if len(some.Relations) == 0 || len(some.Relations) >= len(all.Relations) {
		t.Fatalf("min confidence 0.85 kept %d of %d relations", len(some.Relations), len(all.Relations))
	}
	for _, r := range some.Relations {
		if r.Confidence < 0.85 {
			t.Errorf("kept %s with confidence %v", r.Type, r.Confidence)
		}
	}
	if _, err := New(Options{MinConfidence: 1.5}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("min confidence 1.5: err = %v, want invalid", err)
	}
}

func TestExtract_Invalid(t *testing.T) {
	x := mustExtractor(t)
	for name, text := range map[string]string{
		"empty":  "  \n\n",
		"binary": "Title\n\x00\x01",
		"utf8":   "Title\n\xff",
	} {
		if _, err := x.Extract(name, []byte(text)); graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err = %v, want an invalid error naming the input", name, err)
		}
	}
}

// TestExtract_Golden pins the whole extraction of each test communiqué,
// one subtest per document. Run with -update to rewrite testdata/golden
// after a deliberate change, and read the diff before committing it.
func TestExtract_Golden(t *testing.T) {
	x := mustExtractor(t)
	files, _ := filepath.Glob("testdata/short/*.txt")
	more, _ := filepath.Glob("testdata/corpus/*.txt")
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no test communiqués under testdata")
	}
	for _, f := range files {
		name := filepath.Base(filepath.Dir(f)) + "-" + strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			ex := mustExtractFile(t, x, f)
			got, err := json.MarshalIndent(ex, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./loader -run Golden -update to create it)", err)
			}
			if w, g := string(bytes.TrimSpace(want)), string(bytes.TrimSpace(got)); w != g {
				t.Errorf("extraction of %s differs from %s (- golden, + now; run with -update if the change is meant):\n%s",
					f, golden, lineDiff(w, g))
			}
		})
	}
}

func TestExtractAll_KeepsOrderAndErrors(t *testing.T) {
	x := mustExtractor(t)
	seed, err := os.ReadFile("testdata/short/03-ministers-meet.txt")
	if err != nil {
		t.Fatal(err)
	}
	var items []Item
	for i := 0; i < 20; i++ {
		it := Item{Input: Input{Source: "doc" + string(rune('a'+i)), Text: seed}}
		if i%7 == 3 {
			it.Err = graph.Errorf(graph.EINVALID, "bad %d", i)
		}
		items = append(items, it)
	}
	var got []string
	err = x.ExtractAll(context.Background(), items, func(r Result) error {
		if (r.Err != nil) != (r.Source == "docd" || r.Source == "dock" || r.Source == "docr") {
			t.Errorf("%s: err = %v", r.Source, r.Err)
		}
		got = append(got, r.Source)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range got {
		if s != items[i].Source {
			t.Fatalf("result %d is %s, want %s", i, s, items[i].Source)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	x := mustExtractor(b)
	files, _ := filepath.Glob("testdata/*/*.txt")
	var texts [][]byte
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := x.Extract("bench", t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
