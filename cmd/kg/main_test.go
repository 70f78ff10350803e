package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runMain runs one kg command to completion and returns its exit code and
// what it wrote.
func runMain(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(stdin), &out, &errb
	err := m.Run(context.Background(), args)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return exitCode(m, err), out.String(), errb.String()
}

// startServe runs `kg serve` on a free port and stops it when the test ends.
func startServe(t testing.TB, args ...string) string {
	t.Helper()
	m := NewMain()
	var errb bytes.Buffer
	m.Stdout, m.Stderr = &errb, &errb
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		m.Close()
	})
	select {
	case <-m.Ready():
	case err := <-done:
		t.Fatalf("serve stopped before listening: %v\n%s", err, errb.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not listen within 30s\n%s", errb.String())
	}
	return "http://" + m.Addr()
}

type gqlResponse struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func query(t *testing.T, base, q string) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	return postGraphQL(t, base, body, "")
}

// postGraphQL posts a GraphQL request body, with a Bearer token when one is
// given, and decodes the answer.
func postGraphQL(t *testing.T, base string, body []byte, token string) gqlResponse {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

func compact(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestServe_Examples is the README's first command, end to end: serve the
// examples folder from a fresh data directory and query it over HTTP.
func TestServe_Examples(t *testing.T) {
	base := startServe(t, "--data", t.TempDir(), "--load", "../../examples")
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	r := query(t, base, `{ documents { title } }`)
	if docs, _ := r.Data["documents"].([]any); len(docs) < 6 {
		t.Fatalf("documents = %s, want the six examples", compact(r.Data))
	}
	r = query(t, base, `{ person(name: "nobody at all") { name } }`)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "NOT_FOUND" {
		t.Errorf("unknown person: %+v, want one NOT_FOUND error", r.Errors)
	}
}

// TestServe_Seed answers the four queries of the first issue over the seed,
// through the real binary's Main and HTTP.
func TestServe_Seed(t *testing.T) {
	seed := "../../../shared/seeds"
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("seed folder %s not found (the shared folder sits beside the repository)", seed)
	}
	data := t.TempDir()
	if code, _, stderr := runMain(t, "", "load", seed, "--data", data); code != 0 {
		t.Fatalf("load: exit %d: %s", code, stderr)
	}
	base := startServe(t, "--data", data)
	tests := []struct{ query, want string }{
		{`{ person(name: "Nasr al-Hariri") { name roles { role organization { name } } } }`,
			`{"person":{"name":"Nasr al-Hariri","roles":[{"organization":{"name":"Syrian Negotiations Commission"},"role":"Head"}]}}`},
		{`{ person(name: "nasr al hariri") { name } }`, `{"person":{"name":"Nasr al-Hariri"}}`},
		{`{ meetings(body: "Syrian Coalition General Assembly") { session start end place { name } } }`,
			`{"meetings":[{"end":"2018-11-11","place":{"name":"Istanbul"},"session":42,"start":"2018-11-10"}]}`},
		{`{ condemnations(target: "Assad regime") { by { name } target { name } } }`,
			`{"condemnations":[{"by":{"name":"Syrian Coalition"},"target":{"name":"Assad regime"}}]}`},
	}
	for _, tt := range tests {
		r := query(t, base, tt.query)
		if len(r.Errors) > 0 || compact(r.Data) != tt.want {
			t.Errorf("%s\n got %s %+v\nwant %s", tt.query, compact(r.Data), r.Errors, tt.want)
		}
	}
	r := query(t, base, `{ condemnations(target: "Assad regime") { evidence { text document { title } } } }`)
	if s := compact(r.Data); !strings.Contains(s, "The Coalition condemns the Assad regime forces") || !strings.Contains(s, "42nd Syrian Coalition General Assembly") {
		t.Errorf("condemnation evidence = %s", s)
	}
	r = query(t, base, `{ place(name: "Al-Raqqa") { events { eventType } } }`)
	if s := compact(r.Data); !strings.Contains(s, `"KILLING"`) {
		t.Errorf("events in Al-Raqqa = %s, want a KILLING", s)
	}
}

func TestLoad_BadInputs(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("../../examples/01-coalition-ga-55th-session.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":   good,
		"empty.txt":  nil,
		"binary.txt": {0x7f, 'E', 'L', 'F', 0, 0, 1},
		"latin1.txt": []byte("Titre\n\nLe Conseil s'est r\xe9uni.\n"),
		"huge.txt":   bytes.Repeat([]byte("word "), 300_000),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data := t.TempDir()
	code, _, stderr := runMain(t, "", "load", dir, "--data", data)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	for name, fault := range map[string]string{
		"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "UTF-8", "huge.txt": "larger than",
	} {
		if !strings.Contains(stderr, filepath.Join(dir, name)+": file is") || !strings.Contains(stderr, fault) {
			t.Errorf("stderr does not name %s and %q:\n%s", name, fault, stderr)
		}
	}
	if !strings.Contains(stderr, "1 added") {
		t.Errorf("the good file was not loaded:\n%s", stderr)
	}
	// nothing of the bad files is stored: only the good document
	base := startServe(t, "--data", data)
	r := query(t, base, `{ documents { title } }`)
	if docs, _ := r.Data["documents"].([]any); len(docs) != 1 {
		t.Errorf("documents = %s, want only the good one", compact(r.Data))
	}

	for _, args := range [][]string{{"load", filepath.Join(dir, "missing.txt")}, {"extract", "-"}} {
		code, _, stderr := runMain(t, "", append(args, "--data", t.TempDir())...)
		if code != 1 || !strings.Contains(stderr, "kg: read") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
	if code, _, stderr := runMain(t, "", "load"); code != 2 || !strings.Contains(stderr, "needs a PATH") {
		t.Errorf("load without a path: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runMain(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

func TestExtract_JSONLines(t *testing.T) {
	code, stdout, stderr := runMain(t, "", "extract", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines, want one per example", len(lines))
	}
	for _, l := range lines {
		var x struct {
			Document struct{ Title, Source string }
			Entities []struct{ ID, Type, Name string }
		}
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatal(err)
		}
		if x.Document.Title == "" || !strings.HasPrefix(x.Document.Source, "../../examples/") || len(x.Entities) == 0 {
			t.Errorf("line %.120s…: want a title, the input path as source and entities", l)
		}
	}
	// standard input
	text, _ := os.ReadFile("../../examples/01-coalition-ga-55th-session.txt")
	code, stdout, _ = runMain(t, string(text), "extract", "-")
	if code != 0 || !strings.Contains(stdout, `"source":"stdin"`) {
		t.Errorf("extract -: exit %d, %.200s", code, stdout)
	}
}

// TestServe_IngestWithToken: mutations are off without a token, and with
// one they take communiqués through the real loader into the store.
func TestServe_IngestWithToken(t *testing.T) {
	base := startServe(t, "--data", t.TempDir(), "--api-token", "s3cret")
	text, err := os.ReadFile("../../examples/01-coalition-ga-55th-session.txt")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($docs: [CommuniqueInput!]!) { ingest(documents: $docs) { documentId status error } }`,
		"variables": map[string]any{"docs": []map[string]string{{"text": string(text), "source": "ex1.txt"}}},
	})
	post := func(token string) gqlResponse { return postGraphQL(t, base, body, token) }
	for _, tok := range []string{"", "wrong"} {
		if r := post(tok); len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
			t.Errorf("token %q: %+v, want UNAUTHENTICATED", tok, r.Errors)
		}
	}
	if r := query(t, base, `{ documents { title } }`); compact(r.Data) != `{"documents":[]}` {
		t.Fatalf("refused mutations stored something: %s", compact(r.Data))
	}
	r := post("s3cret")
	if s := compact(r.Data); len(r.Errors) > 0 || !strings.Contains(s, `"status":"ADDED"`) {
		t.Fatalf("ingest with the token: %s %+v", s, r.Errors)
	}
	if r := query(t, base, `{ documents { title } }`); !strings.Contains(compact(r.Data), "55th Session") {
		t.Errorf("the ingested communiqué is not served: %s", compact(r.Data))
	}
}
