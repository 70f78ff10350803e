package gql_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

func TestHandler_Healthz(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		srv := fixtureServer(t)
		status, body := fetch(t, srv.URL+gql.HealthPath)
		if status != http.StatusOK || body != "ok\n" {
			t.Errorf("GET /healthz = %d %q, want 200 \"ok\\n\"", status, body)
		}
	})
	t.Run("EmptyStore", func(t *testing.T) {
		srv := MustServe(t, MustOpenStore(t), gql.Options{})
		if status, _ := fetch(t, srv.URL+gql.HealthPath); status != http.StatusOK {
			t.Errorf("GET /healthz on an empty store = %d, want 200", status)
		}
	})
	t.Run("StoreClosed", func(t *testing.T) {
		store := MustOpenStore(t, extractionA())
		var log logBuffer
		srv := MustServe(t, store, gql.Options{Logger: log.logger()})
		store.Close()
		status, body := fetch(t, srv.URL+gql.HealthPath)
		if status != http.StatusServiceUnavailable || body != "unavailable\n" {
			t.Errorf("GET /healthz on a closed store = %d %q, want 503 \"unavailable\\n\"", status, body)
		}
		if !contains(log.String(), "healthz") {
			t.Errorf("log %q does not report the failed read", log.String())
		}
	})
}

// TestHandler_InternalErrors checks that a failing store shows as INTERNAL
// with a generic message, while the log gets the real error.
func TestHandler_InternalErrors(t *testing.T) {
	store := MustOpenStore(t, extractionA())
	var log logBuffer
	srv := MustServe(t, store, gql.Options{Logger: log.logger()})
	// The store's own error when closed, to check it does not leak.
	store.Close()
	_, storeErr := store.Entities(context.Background(), graph.EntityFilter{Name: "Nasr al-Hariri"})
	if storeErr == nil {
		t.Fatal("a closed store read without error; this test needs a failing store")
	}

	r := post(t, srv, `{ person(name: "Nasr al-Hariri") { name } }`)
	if r.code() != "INTERNAL" {
		t.Fatalf("extensions.code = %q, want INTERNAL; errors %+v", r.code(), r.Errors)
	}
	if r.Errors[0].Message != "internal error" {
		t.Errorf("message %q, want the generic \"internal error\"", r.Errors[0].Message)
	}
	if contains(r.Errors[0].Message, storeErr.Error()) {
		t.Errorf("message %q shows the store's error", r.Errors[0].Message)
	}
	if !contains(log.String(), "internal error") || !contains(log.String(), storeErr.Error()) {
		t.Errorf("log %q does not record the store's error %q", log.String(), storeErr)
	}
}

// panickingStore is a real store whose Facts panics: the one failure the
// real store cannot be made to show.
type panickingStore struct{ gql.Reader }

func (panickingStore) Facts(context.Context, graph.FactFilter) ([]graph.Fact, error) {
	panic("facts index corrupted at 0xdeadbeef")
}

func (panickingStore) ReadPlan(context.Context, graph.Plan) (graph.PlanResult, error) {
	panic("facts index corrupted at 0xdeadbeef")
}

func TestHandler_PanicIsInternal(t *testing.T) {
	var log logBuffer
	srv := MustServe(t, panickingStore{MustOpenStore(t, extractionA())}, gql.Options{Logger: log.logger()})
	r := post(t, srv, `{ person(name: "Nasr al-Hariri") { name roles { role } } }`)
	if r.code() != "INTERNAL" || r.Errors[0].Message != "internal error" {
		t.Fatalf("errors %+v, want one INTERNAL \"internal error\"", r.Errors)
	}
	if contains(r.Errors[0].Message, "deadbeef") {
		t.Errorf("the panic value leaked: %q", r.Errors[0].Message)
	}
	// Fields beside the panicking one still answer.
	var data struct {
		Person *struct{ Name string } `json:"person"`
	}
	decodeData(t, r, &data)
	if data.Person != nil {
		t.Errorf("person = %+v; roles is non-null, so the null must reach person", data.Person)
	}
	if !contains(log.String(), "deadbeef") || !contains(log.String(), "panic") {
		t.Errorf("log %q does not record the panic", log.String())
	}
}

// slowStore is a real store whose entity reads wait until the request's
// context ends, as a stuck backend would.
type slowStore struct{ gql.Reader }

func (slowStore) Entities(ctx context.Context, _ graph.EntityFilter) ([]graph.Entity, error) {
	<-ctx.Done()
	return nil, graph.Internal("read entities", ctx.Err())
}

func TestHandler_RequestTimeout(t *testing.T) {
	var log logBuffer
	srv := MustServe(t, slowStore{MustOpenStore(t, extractionA())},
		gql.Options{RequestTimeout: 50 * time.Millisecond, Logger: log.logger()})
	r := post(t, srv, `{ person(name: "Nasr al-Hariri") { name } }`)
	if r.code() != "TIMEOUT" {
		t.Fatalf("errors %+v, want TIMEOUT", r.Errors)
	}
	if contains(r.Errors[0].Message, "deadline") {
		t.Errorf("message %q shows the internal cause", r.Errors[0].Message)
	}
}

func TestHandler_GETQuery(t *testing.T) {
	srv := fixtureServer(t)
	r := get(t, srv, `{ person(name: "nasr al hariri") { name } }`)
	assertData(t, r, `{"person": {"name": "Nasr al-Hariri"}}`)
}

func TestHandler_Introspection(t *testing.T) {
	const query = `{ __schema { queryType { name } } }`
	t.Run("OnByDefault", func(t *testing.T) {
		assertData(t, post(t, fixtureServer(t), query), `{"__schema": {"queryType": {"name": "Query"}}}`)
	})
	t.Run("Disabled", func(t *testing.T) {
		srv := MustServe(t, MustOpenStore(t, extractionA()), gql.Options{DisableIntrospection: true})
		r := post(t, srv, query)
		if len(r.Errors) == 0 || !contains(r.Errors[0].Message, "introspection") || r.code() != "BAD_USER_INPUT" {
			t.Errorf("errors %+v, want introspection refused as BAD_USER_INPUT", r.Errors)
		}
		// Queries still answer.
		assertData(t, post(t, srv, `{ person(name: "Nasr al-Hariri") { name } }`), `{"person": {"name": "Nasr al-Hariri"}}`)
	})
}

func TestHandler_GraphiQL(t *testing.T) {
	t.Run("Served", func(t *testing.T) {
		status, body := fetch(t, fixtureServer(t).URL+gql.GraphiQLPath)
		if status != http.StatusOK || !contains(strings.ToLower(body), "graphiql") || !contains(body, gql.GraphQLPath) {
			t.Errorf("GET / = %d, body without GraphiQL pointing at %s", status, gql.GraphQLPath)
		}
	})
	t.Run("Disabled", func(t *testing.T) {
		srv := MustServe(t, MustOpenStore(t), gql.Options{DisableGraphiQL: true})
		if status, _ := fetch(t, srv.URL+gql.GraphiQLPath); status != http.StatusNotFound {
			t.Errorf("GET / with GraphiQL disabled = %d, want 404", status)
		}
	})
	t.Run("OtherPathsNotFound", func(t *testing.T) {
		if status, _ := fetch(t, fixtureServer(t).URL+"/nothing-here"); status != http.StatusNotFound {
			t.Errorf("GET /nothing-here = %d, want 404", status)
		}
	})
}

func TestHandler_ComplexityLimit(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t, extractionA()), gql.Options{ComplexityLimit: 5})
	// person, name, roles, role, organization, name: complexity 6.
	r := post(t, srv, `{ person(name: "Nasr al-Hariri") { name roles { role organization { name } } } }`)
	if r.code() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Errorf("errors %+v, want COMPLEXITY_LIMIT_EXCEEDED", r.Errors)
	}
	assertData(t, post(t, srv, `{ person(name: "Nasr al-Hariri") { name } }`), `{"person": {"name": "Nasr al-Hariri"}}`)
}

// TestHandler_ReadsOncePerOperation checks the operation's cache: many
// observations citing one document read it once, and the organisations of
// a list of roles are read together, not one by one.
func TestHandler_ReadsOncePerOperation(t *testing.T) {
	x := extractionA()
	// Three more roles at the commission, stated by the same document.
	for _, name := range []string{"Member One", "Member Two", "Member Three"} {
		id := graph.EntityID(graph.Person, name)
		x.Entities = append(x.Entities, graph.Entity{ID: id, Type: graph.Person, Name: name})
		x.Relations = append(x.Relations, graph.Relation{Type: graph.HoldsRole, From: id, To: commission, Role: "Member"})
	}
	store := &callCounter{Reader: MustOpenStore(t, x), calls: map[string]int{}}
	srv := MustServe(t, store, gql.Options{})

	r := post(t, srv, `{ organization(name: "Syrian Negotiations Commission") {
		officeHolders { holder { name } organization { name } evidence { document { title } } } } }`)
	var data struct {
		Organization struct {
			OfficeHolders []struct {
				Evidence []struct{ Document struct{ Title string } }
			}
		}
	}
	decodeData(t, r, &data)
	if n := len(data.Organization.OfficeHolders); n != 4 {
		t.Fatalf("%d office holders, want 4", n)
	}
	for _, h := range data.Organization.OfficeHolders {
		if len(h.Evidence) != 1 || h.Evidence[0].Document.Title != titleA {
			t.Errorf("evidence %+v, want one from %q", h.Evidence, titleA)
		}
	}
	// One read for the name, one for all the roles' ends together.
	calls := store.reset()
	if calls["Entities"] != 2 {
		t.Errorf("%d entity reads, want 2", calls["Entities"])
	}
	if calls["Documents"] != 1 {
		t.Errorf("%d document reads for four observations of one document, want 1", calls["Documents"])
	}

	// The cache lives for one operation: the next request reads again.
	post(t, srv, `{ organization(name: "Syrian Negotiations Commission") { officeHolders { evidence { document { title } } } } }`)
	if n := store.reset()["Documents"]; n != 1 {
		t.Errorf("%d document reads in a second request, want 1", n)
	}
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(b)
}

func decodeData(t *testing.T, r gqlResponse, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("data %s: %v", r.Data, err)
	}
}

func TestHandler_BodyLimit(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t, extractionA()), gql.Options{MaxBodyBytes: 200})
	small := `{ person(name: "Nasr al-Hariri") { name } }`
	assertData(t, post(t, srv, small), `{"person": {"name": "Nasr al-Hariri"}}`)
	// The same query padded with a comment past the limit.
	r := post(t, srv, small+"\n#"+strings.Repeat("x", 300))
	if len(r.Errors) == 0 || !contains(r.Errors[0].Message, "too large") {
		t.Errorf("status %d, errors %+v; want the body refused as too large", r.Status, r.Errors)
	}
}
