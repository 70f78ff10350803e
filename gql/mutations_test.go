package gql_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader"
)

const apiToken = "s3cret-token"

// postAuth sends query with variables as a JSON POST, with the given
// Authorization header unless it is empty.
func postAuth(t *testing.T, srv *httptest.Server, auth, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, srv.URL+gql.GraphQLPath, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST: %v", err)
	}
	return decode(t, res)
}

// mustExtractor is the real loader's extractor, which kg serve wires in.
func mustExtractor(t *testing.T) gql.Extractor {
	t.Helper()
	x, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatalf("loader: %v", err)
	}
	return x
}

// communiqué is a short communiqué as a .txt file holds it.
func communiqué(date, title, body string) string {
	return date + "\n\n" + title + "\n\n" + body + "\n"
}

const (
	ingestMutation = `mutation($docs: [CommuniqueInput!]!) { ingest(documents: $docs) {
		documentId status entityCount relationCount error errorCode } }`
	councilTitle = "A statement of the Test Council on the ceasefire"
)

var councilText = communiqué("Monday, 23 November 2020 19:12", councilTitle,
	"The Test Council condemns the Assad regime.")

type ingestResult struct {
	DocumentID    *string
	Status        string
	EntityCount   *int
	RelationCount *int
	Error         *string
	ErrorCode     *string
}

func ingestResults(t *testing.T, r gqlResponse) []ingestResult {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var data struct{ Ingest []ingestResult }
	decodeData(t, r, &data)
	return data.Ingest
}

// documentCount is how many documents the store answers with.
func documentCount(t *testing.T, srv *httptest.Server) int {
	t.Helper()
	var data struct{ Documents []struct{ ID string } }
	r := post(t, srv, `{ documents { id } }`)
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	decodeData(t, r, &data)
	return len(data.Documents)
}

func TestMutation_Unauthenticated(t *testing.T) {
	docs := map[string]any{"docs": []any{map[string]any{"text": councilText}}}
	for _, tc := range []struct {
		name, token, auth, message string
	}{
		{"OffWithoutToken", "", "Bearer " + apiToken, "mutations are off"},
		{"NoHeader", apiToken, "", "Authorization: Bearer"},
		{"WrongToken", apiToken, "Bearer not-the-token", "wrong"},
		{"NotBearer", apiToken, "Basic " + apiToken, "not a Bearer token"},
		// HTTP trims the trailing space, so the server sees "Bearer" alone.
		{"EmptyBearer", apiToken, "Bearer ", "not a Bearer token"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := MustServe(t, MustOpenStore(t, extractionA()),
				gql.Options{APIToken: tc.token, Extractor: mustExtractor(t)})
			for _, m := range []struct {
				query string
				vars  map[string]any
			}{
				{ingestMutation, docs},
				{`mutation { removeDocument(id: ` + quote(extractionA().Document.ID) + `) }`, nil},
			} {
				r := postAuth(t, srv, tc.auth, m.query, m.vars)
				if r.code() != "UNAUTHENTICATED" || !contains(r.Errors[0].Message, tc.message) {
					t.Errorf("errors %+v, want UNAUTHENTICATED saying %q", r.Errors, tc.message)
				}
				if contains(r.Errors[0].Message, apiToken) {
					t.Errorf("message %q shows the token", r.Errors[0].Message)
				}
				if string(r.Data) != "" && string(r.Data) != "null" {
					t.Errorf("data %s, want none", r.Data)
				}
			}
			// Nothing changed, and queries need no token.
			if n := documentCount(t, srv); n != 1 {
				t.Errorf("%d documents after refused mutations, want 1", n)
			}
		})
	}
}

func TestMutation_Ingest(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t), gql.Options{APIToken: apiToken, Extractor: mustExtractor(t)})
	auth := "Bearer " + apiToken
	source := "https://example.org/council"
	councilID := graph.DocumentID("2020-11-23", councilTitle)
	otherTitle := "A statement of the Other Council on the talks"
	otherID := graph.DocumentID("2020-11-24", otherTitle)
	other := communiqué("Tuesday, 24 November 2020 10:00", otherTitle, "The Other Council condemns the Assad regime.")

	r := postAuth(t, srv, auth, ingestMutation, map[string]any{"docs": []any{
		map[string]any{"text": councilText, "source": source},
		map[string]any{"text": ""},
		map[string]any{"text": "\n\n\n", "source": "blank.txt"},
		map[string]any{"text": other},
	}})
	res := ingestResults(t, r)
	if len(res) != 4 {
		t.Fatalf("%d results for 4 documents: %+v", len(res), res)
	}
	for i, want := range []struct {
		status, id, errorCode, error string
	}{
		{"ADDED", councilID, "", ""},
		{"FAILED", "", "BAD_USER_INPUT", "documents[1]"},
		{"FAILED", "", "BAD_USER_INPUT", "documents[2] (blank.txt)"},
		{"ADDED", otherID, "", ""},
	} {
		got := res[i]
		if got.Status != want.status {
			t.Errorf("result %d: status %s, want %s (%+v)", i, got.Status, want.status, got)
		}
		if want.status == "FAILED" {
			if got.DocumentID != nil || got.EntityCount != nil || got.RelationCount != nil {
				t.Errorf("result %d failed but has a document: %s", i, mustJSON(got))
			}
			if got.ErrorCode == nil || *got.ErrorCode != want.errorCode || got.Error == nil || !contains(*got.Error, want.error) {
				t.Errorf("result %d: error %s, want %s naming %q", i, mustJSON(got), want.errorCode, want.error)
			}
			continue
		}
		if got.DocumentID == nil || *got.DocumentID != want.id || got.Error != nil || got.ErrorCode != nil {
			t.Errorf("result %d: %s, want document %s without error", i, mustJSON(got), want.id)
		}
		if got.RelationCount == nil || *got.RelationCount < 1 || got.EntityCount == nil || *got.EntityCount < 2 {
			t.Errorf("result %d: counts %s, want at least the condemnation and its two parties", i, mustJSON(got))
		}
	}

	// The good documents are stored and queryable, with the source given
	// and the counts the results reported; the bad ones left nothing.
	var data struct {
		Documents []struct {
			ID, Title   string
			Source      *string
			EntityCount int
		}
	}
	decodeData(t, post(t, srv, `{ documents { id title source entityCount } }`), &data)
	if len(data.Documents) != 2 || data.Documents[0].ID != councilID || data.Documents[1].ID != otherID {
		t.Fatalf("documents %s, want %s and %s", mustJSON(data.Documents), councilID, otherID)
	}
	if s := data.Documents[0].Source; s == nil || *s != source {
		t.Errorf("source %v, want %q", s, source)
	}
	if s := data.Documents[1].Source; s != nil {
		t.Errorf("source %q of a document ingested without one, want null", *s)
	}
	if data.Documents[0].EntityCount != *res[0].EntityCount {
		t.Errorf("stored entityCount %d, ingest said %d", data.Documents[0].EntityCount, *res[0].EntityCount)
	}
	assertData(t, post(t, srv, `{ condemnations(by: "Test Council") { target { name } evidence { document { title } } } }`),
		`{"condemnations": [{"target": {"name": "Assad regime"}, "evidence": [{"document": {"title": `+quote(councilTitle)+`}}]}]}`)

	// The same text again changes nothing; a changed text replaces.
	changed := communiqué("Monday, 23 November 2020 19:12", councilTitle, "The Test Council welcomes the ceasefire.")
	res = ingestResults(t, postAuth(t, srv, auth, ingestMutation, map[string]any{"docs": []any{
		map[string]any{"text": councilText, "source": source},
		map[string]any{"text": changed, "source": source},
	}}))
	if len(res) != 2 || res[0].Status != "UNCHANGED" || res[1].Status != "REPLACED" {
		t.Fatalf("results %s, want UNCHANGED then REPLACED", mustJSON(res))
	}
	// The changed text still names the council, but no longer its condemnation.
	assertData(t, post(t, srv, `{ condemnations(by: "Test Council") { id } }`), `{"condemnations": []}`)
}

func TestMutation_IngestBadInput(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t), gql.Options{APIToken: apiToken, Extractor: mustExtractor(t)})
	many := make([]any, gql.MaxIngestDocuments+1)
	for i := range many {
		many[i] = map[string]any{"text": councilText}
	}
	for _, tc := range []struct {
		name    string
		docs    []any
		message string
	}{
		{"ErrEmptyList", []any{}, "at least one document"},
		{"ErrTooMany", many, fmt.Sprintf("at most %d documents, not %d", gql.MaxIngestDocuments, len(many))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := postAuth(t, srv, "Bearer "+apiToken, ingestMutation, map[string]any{"docs": tc.docs})
			if r.code() != "BAD_USER_INPUT" || !contains(r.Errors[0].Message, tc.message) {
				t.Errorf("errors %+v, want BAD_USER_INPUT saying %q", r.Errors, tc.message)
			}
			if n := documentCount(t, srv); n != 0 {
				t.Errorf("%d documents stored, want 0", n)
			}
		})
	}
}

// failingWriter is a real store whose puts fail, as a full disk would: the
// one failure the real store cannot be made to show on demand.
type failingWriter struct{ gql.Writer }

func (failingWriter) PutDocument(context.Context, *graph.Extraction) (graph.PutResult, error) {
	return graph.PutResult{}, graph.Internal("put document", errors.New("disk full at block 0xfeed"))
}

func TestMutation_IngestStoreFailure(t *testing.T) {
	store := MustOpenStore(t)
	var log logBuffer
	srv := MustServe(t, store, gql.Options{APIToken: apiToken, Extractor: mustExtractor(t),
		Writer: failingWriter{store}, Logger: log.logger()})
	res := ingestResults(t, postAuth(t, srv, "Bearer "+apiToken, ingestMutation,
		map[string]any{"docs": []any{map[string]any{"text": councilText}}}))
	if len(res) != 1 || res[0].Status != "FAILED" || res[0].ErrorCode == nil || *res[0].ErrorCode != "INTERNAL" {
		t.Fatalf("results %s, want one FAILED with INTERNAL", mustJSON(res))
	}
	if contains(*res[0].Error, "0xfeed") || !contains(*res[0].Error, "internal error") {
		t.Errorf("error %q, want the generic message without the store's", *res[0].Error)
	}
	if !contains(log.String(), "0xfeed") {
		t.Errorf("log %q does not record the store's error", log.String())
	}
}

func TestMutation_RemoveDocument(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t, extractionA(), extractionB()),
		gql.Options{APIToken: apiToken, Extractor: mustExtractor(t)})
	auth := "Bearer " + apiToken
	idB := extractionB().Document.ID
	remove := `mutation($id: ID!) { removeDocument(id: $id) }`

	r := postAuth(t, srv, auth, remove, map[string]any{"id": idB})
	assertData(t, r, `{"removeDocument": `+quote(idB)+`}`)
	if n := documentCount(t, srv); n != 1 {
		t.Errorf("%d documents after removing one of two, want 1", n)
	}
	// Saad al-Hariri was named only by the removed document; Nasr al-Hariri
	// stays, with the evidence of the other document only.
	if r := post(t, srv, `{ person(name: "Saad al-Hariri") { name } }`); r.code() != "NOT_FOUND" {
		t.Errorf("errors %+v, want NOT_FOUND for a person only the removed document named", r.Errors)
	}
	assertData(t, post(t, srv, `{ person(name: "Nasr al-Hariri") { roles { evidence { document { title } } } } }`),
		`{"person": {"roles": [{"evidence": [{"document": {"title": `+quote(titleA)+`}}]}]}}`)

	t.Run("ErrNotFound", func(t *testing.T) {
		r := postAuth(t, srv, auth, remove, map[string]any{"id": idB})
		if r.code() != "NOT_FOUND" {
			t.Errorf("errors %+v, want NOT_FOUND for a removed id", r.Errors)
		}
	})
	t.Run("ErrEmptyID", func(t *testing.T) {
		r := postAuth(t, srv, auth, remove, map[string]any{"id": " "})
		if r.code() != "BAD_USER_INPUT" {
			t.Errorf("errors %+v, want BAD_USER_INPUT", r.Errors)
		}
	})
}

func TestNewHandler_TokenWithoutExtractorPanics(t *testing.T) {
	defer func() {
		if p := recover(); p == nil || !contains(fmt.Sprint(p), "Extractor") {
			t.Errorf("recovered %v, want a panic naming the missing Extractor", p)
		}
	}()
	gql.NewHandler(MustOpenStore(t), gql.Options{APIToken: apiToken})
}
