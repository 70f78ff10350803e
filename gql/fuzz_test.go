package gql_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/actorgraph/kg/gql"
)

// FuzzRequest posts any query text with any variables to the real handler
// over a real store, and checks that the answer is a GraphQL response
// whose every error carries a code, and never INTERNAL: whatever a client
// sends is either answered or refused as its own fault. CI runs it for a
// bounded time.
func FuzzRequest(f *testing.F) {
	// The attacks, small: big seeds make each mutation and minimization
	// slow.
	for _, q := range []string{fanOut(30), repeatedFields(50), amplification()} {
		f.Add(q, `{}`)
	}
	for _, q := range []string{
		`{ person(name: "Nasr al-Hariri") { name roles { role organization { name } } } }`,
		`query($n: String!) { person(name: $n) { name } }`,
		`query($f: Int) { documents(first: $f) { title facts { type } } }`,
		`{ nodes(ids: ["person:nasr-al-hariri", "nope"]) { id } }`,
		`{ __schema { types { name } } }`,
		`{ search(query: "hariri") { score entity { name } } }`,
		`mutation { removeDocument(id: "x") }`,
	} {
		f.Add(q, `{"n": "nasr al hariri", "f": 3}`)
	}
	f.Add(`query($f: Int) { documents(first: $f) { title } }`, `{"f": -1}`)
	// Found by the fuzzer: variables that are not an object were refused
	// without a code.
	f.Add("0", "0")
	f.Add(`{ documents(from: "2019-13-45") { title } }`, `null`)
	h := gql.NewHandler(MustOpenStore(f, extractionA(), extractionB()), gql.Options{})
	f.Fuzz(func(t *testing.T, query, variables string) {
		var vars any
		if json.Unmarshal([]byte(variables), &vars) != nil {
			vars = variables // not JSON: sent as a string, which is wrong too
		}
		body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
		if err != nil {
			return // not valid UTF-8 or the like: no client could send it as JSON
		}
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, gql.GraphQLPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		var r gqlResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("status %d, answer %q is not JSON: %v", rec.Code, rec.Body.String(), err)
		}
		for _, e := range r.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" || code == gql.CodeInternal {
				t.Fatalf("query %q, variables %s: error %+v, want a code that is not INTERNAL", query, variables, e)
			}
		}
	})
}

// TestRequest_Malformed checks that requests gqlgen's transports refuse
// before any operation (issue 12's fuzzing found them without a code) are
// BAD_USER_INPUT.
func TestRequest_Malformed(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t, extractionA()), gql.Options{})
	for _, tc := range []struct {
		name, method, path, contentType, body string
	}{
		{"VariablesNotAnObject", http.MethodPost, gql.GraphQLPath, "application/json", `{"query": "{ documents { title } }", "variables": 0}`},
		{"BodyNotJSON", http.MethodPost, gql.GraphQLPath, "application/json", `{"query": `},
		{"NoContentType", http.MethodPost, gql.GraphQLPath, "", `{"query": "{ documents { title } }"}`},
		{"GETVariablesNotJSON", http.MethodGet, gql.GraphQLPath + "?query=%7B%20documents%20%7B%20title%20%7D%20%7D&variables=%7B", "", ""},
		{"MutationOverGET", http.MethodGet, gql.GraphQLPath + "?query=mutation%20%7B%20removeDocument(id%3A%20%22x%22)%20%7D", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			r := decode(t, res)
			if r.Status < 400 && r.Status != http.StatusOK || r.code() != "BAD_USER_INPUT" {
				t.Errorf("status %d, errors %+v; want BAD_USER_INPUT", r.Status, r.Errors)
			}
		})
	}
}
