package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input/inputtest"
)

// TestExtract_MixedFolder reads a folder of a text, a web page, a PDF (the
// last two with names that do not say what they are) and a page in
// French: the three communiqués come out with their titles and dates, and
// the French page fails by name.
func TestExtract_MixedFolder(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile("../../examples/01-coalition-ga-55th-session.txt")
	if err != nil {
		t.Fatal(err)
	}
	meta := graph.DocumentMeta{Title: "Final Statement of the 55th Session of the Syrian Coalition’s General Assembly",
		Published: "2020-11-23", Publisher: "Syrian Coalition"}
	c := inputtest.Parse("ga-55", string(text), meta)
	pdf, err := inputtest.PDF(c)
	if err != nil {
		t.Fatal(err)
	}
	french := "<html><head><title>Communiqué</title></head><body><article><p>" + strings.Repeat(
		"Le Conseil de la Ligue des États arabes a tenu une session extraordinaire au Caire et les ministres ont condamné l'opération militaire. ", 5) +
		"</p></article></body></html>"
	for name, data := range map[string][]byte{
		"a.txt": text, "b-page": inputtest.Page(c, 0, nil), "c-saved.txt": pdf, "d-fr.html": []byte(french),
		"a.gold.json": []byte("{}"), // not a communiqué: not read
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runMain(t, "", "extract", dir)
	if code == 0 || !strings.Contains(stderr, "d-fr.html: the text is in French, not English") {
		t.Errorf("exit %d, stderr %q: want a failure naming d-fr.html", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d extractions, want 3 (text, page, PDF):\n%s", len(lines), stdout)
	}
	sources := []string{filepath.Join(dir, "a.txt"), "https://www.example.org/en/press-releases/ga-55.html", filepath.Join(dir, "c-saved.txt")}
	var first *graph.Extraction
	for i, l := range lines {
		var x graph.Extraction
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatal(err)
		}
		d := x.Document
		if d.Title != meta.Title || d.Published != meta.Published || d.Publisher != meta.Publisher || d.Source != sources[i] {
			t.Errorf("document %d: %+v, want %+v from %s", i, d, meta, sources[i])
		}
		if first == nil {
			first = &x
		} else if len(x.Relations) != len(first.Relations) || len(x.Entities) != len(first.Entities) {
			t.Errorf("document %d: %d entities and %d relations, the text gives %d and %d",
				i, len(x.Entities), len(x.Relations), len(first.Entities), len(first.Relations))
		}
	}
	// --format forces one reader: the PDF read as text is no communiqué.
	code, _, stderr = runMain(t, "", "extract", "--format", "txt", filepath.Join(dir, "c-saved.txt"))
	if code == 0 || !strings.Contains(stderr, "c-saved.txt") {
		t.Errorf("--format txt on a PDF: exit %d, stderr %q", code, stderr)
	}
}

// TestLoad_URLs fetches a list from a loopback site: the page loads, the
// missing one is listed at the end with its reason, and a second run
// fetches nothing (the site answers 304) and changes nothing.
func TestLoad_URLs(t *testing.T) {
	text, err := os.ReadFile("../../examples/01-coalition-ga-55th-session.txt")
	if err != nil {
		t.Fatal(err)
	}
	c := inputtest.Parse("ga-55", string(text), graph.DocumentMeta{Title: "Final Statement of the 55th Session of the Syrian Coalition’s General Assembly",
		Published: "2020-11-23", Publisher: "Syrian Coalition"})
	page := inputtest.Page(c, 1, nil)
	var full int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/ga-55" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full++
		w.Write(page)
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	os.WriteFile(list, []byte(srv.URL+"/ga-55\n"+srv.URL+"/gone\n"), 0o644)
	args := []string{"load", "--urls", list, "--cache", filepath.Join(dir, "cache"), "--rate", "50", "--data", filepath.Join(dir, "data")}
	code, _, stderr := runMain(t, "", args...)
	if code == 0 || !strings.Contains(stderr, "(1 added,") || !strings.HasSuffix(strings.TrimSpace(stderr), srv.URL+"/gone: HTTP 404 Not Found") {
		t.Errorf("first run: exit %d, stderr:\n%s\nwant the page added and /gone listed last", code, stderr)
	}
	code, _, stderr = runMain(t, "", args...)
	if code == 0 || full != 1 || !strings.Contains(stderr, "(1 unchanged since the last run") || !strings.Contains(stderr, "(0 added, 0 replaced, 1 unchanged") {
		t.Errorf("second run: exit %d, %d full downloads, stderr:\n%s\nwant nothing fetched and nothing changed", code, full, stderr)
	}
}
