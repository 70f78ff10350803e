package gql_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
)

// gqlResponse is a GraphQL response as a client reads it.
type gqlResponse struct {
	Status int             `json:"-"`
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// code is the first error's extensions.code, or "" without errors.
func (r gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// MustOpenStore opens a real embedded store in a temporary directory and
// puts the extractions into it.
func MustOpenStore(t testing.TB, xs ...*graph.Extraction) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	for _, x := range xs {
		if _, err := s.PutDocument(context.Background(), x); err != nil {
			t.Fatalf("put %s: %v", x.Document.Title, err)
		}
	}
	return s
}

// MustServe serves the handler over store on a real HTTP server.
func MustServe(t *testing.T, store gql.Reader, opts gql.Options) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(gql.NewHandler(store, opts))
	t.Cleanup(srv.Close)
	return srv
}

// fixtureServer serves both hand-built communiqués with default options.
func fixtureServer(t *testing.T) *httptest.Server {
	t.Helper()
	return MustServe(t, MustOpenStore(t, extractionA(), extractionB()), gql.Options{})
}

// post sends query as a JSON POST to /graphql and decodes the answer.
func post(t *testing.T, srv *httptest.Server, query string) gqlResponse {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query})
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.Post(srv.URL+gql.GraphQLPath, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST: %v", err)
	}
	return decode(t, res)
}

// get sends query as a GET to /graphql.
func get(t *testing.T, srv *httptest.Server, query string) gqlResponse {
	t.Helper()
	res, err := http.Get(srv.URL + gql.GraphQLPath + "?query=" + url.QueryEscape(query))
	if err != nil {
		t.Fatalf("GET: %v", err)
	}
	return decode(t, res)
}

func decode(t *testing.T, res *http.Response) gqlResponse {
	t.Helper()
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	var r gqlResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("response %s is not JSON: %v", raw, err)
	}
	r.Status = res.StatusCode
	return r
}

// assertData checks that a response has no errors and the data want, which
// is JSON written by hand; key order and spacing do not matter.
func assertData(t *testing.T, r gqlResponse, want string) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	assertJSON(t, r.Data, want)
}

func assertJSON(t *testing.T, got json.RawMessage, want string) {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("data %s: %v", got, err)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("bad expected JSON %s: %v", want, err)
	}
	if !reflect.DeepEqual(g, w) {
		gi, _ := json.MarshalIndent(g, "", "  ")
		wi, _ := json.MarshalIndent(w, "", "  ")
		t.Errorf("data:\n%s\nwant:\n%s", gi, wi)
	}
}

// quote makes s a JSON (and GraphQL) string literal.
func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// logBuffer is a logger whose output a test can read.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func (l *logBuffer) logger() *slog.Logger { return slog.New(slog.NewTextHandler(l, nil)) }

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// mustJSON shows v in a failure message.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}
