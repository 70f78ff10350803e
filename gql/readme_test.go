package gql_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader"
)

// TestReadme_Queries runs every query of the README's "Queries" section
// over the communiqués in examples/, through the real handler, and checks
// that the answer is the one the README shows below it. The answers were
// taken from a server and checked against the communiqués by hand; this
// test keeps them true as the code changes.
func TestReadme_Queries(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	section := readmeSection(string(readme), "## Queries")
	if section == "" {
		t.Fatal(`README.md has no "## Queries" section`)
	}
	pairs := regexp.MustCompile("(?s)```graphql\n(.*?)\n```\n```json\n(.*?)\n```").FindAllStringSubmatch(section, -1)
	if len(pairs) < 10 {
		t.Fatalf("the Queries section has %d query-and-answer pairs; want each query followed by its answer", len(pairs))
	}
	if n := strings.Count(section, "```graphql"); n != len(pairs) {
		t.Errorf("%d ```graphql blocks, %d with an answer after them", n, len(pairs))
	}
	srv := MustServe(t, MustOpenStore(t, exampleExtractions(t)...), gql.Options{})
	for _, p := range pairs {
		query, want := p[1], p[2]
		t.Run(firstLine(query), func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"query": query})
			res, err := http.Post(srv.URL+gql.GraphQLPath, "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			got, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			assertJSON(t, got, want)
		})
	}
}

// readmeSection returns the text of the section that starts with heading,
// up to the next heading of the same level.
func readmeSection(md, heading string) string {
	i := strings.Index(md, "\n"+heading+"\n")
	if i < 0 {
		return ""
	}
	rest := md[i+len(heading)+2:]
	if j := strings.Index(rest, "\n## "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// exampleExtractions extracts examples/ with the real loader, naming each
// communiqué as `kg serve --load examples` does from the repository's root.
func exampleExtractions(t *testing.T) []*graph.Extraction {
	t.Helper()
	ex, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no communiqués in ../examples: %v", err)
	}
	var xs []*graph.Extraction
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		x, err := ex.Extract(filepath.ToSlash(filepath.Join("examples", filepath.Base(p))), text)
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		xs = append(xs, x)
	}
	return xs
}

func firstLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60])
	}
	return s
}
