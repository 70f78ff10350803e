package gql_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

// The attacks of issue 12, each a query an anonymous client can send, and
// the code the server must refuse it with (or bound it by). The tests check
// the codes; the benchmarks of the same names measure how long the refusal
// takes (doc/limits.md has the figures).

// fanOut is about a kilobyte of query in which each of l fragments spreads
// the next twice: expanded, it has 2^l fields.
func fanOut(l int) string {
	var b strings.Builder
	b.WriteString(`{ person(name: "Nasr al-Hariri") { ...F0 } }`)
	for i := range l {
		fmt.Fprintf(&b, "\nfragment F%d on Person { name ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "\nfragment F%d on Person { name }", l)
	return b.String()
}

// repeatedFields is one field asked n times in one selection, which
// validation compares pair by pair.
func repeatedFields(n int) string {
	return `{ documents(first: 1) { ` + strings.Repeat("title ", n) + `} }`
}

// amplification asks 40 times, under aliases, for every document's facts
// and their evidence: lists without first, which once counted one item each.
func amplification() string {
	var b strings.Builder
	b.WriteString("{")
	for i := range 40 {
		fmt.Fprintf(&b, " a%d: documents(first: 100) { facts { evidence { text } } }", i)
	}
	b.WriteString(" }")
	return b.String()
}

// attacks are the queries and the codes that refuse them.
var attacks = []struct {
	name, query, code, message string
}{
	{"FanOut30", fanOut(30), "COMPLEXITY_LIMIT_EXCEEDED", "exceeds the limit of 20000"},
	{"RepeatedFields20000", repeatedFields(20000), "GRAPHQL_PARSE_FAILED", "exceeded token limit of 2000"},
	{"Amplification40", amplification(), "COMPLEXITY_LIMIT_EXCEEDED", "complexity 1684040"},
}

func TestAttacks(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t, extractionA(), extractionB()), gql.Options{})
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			r := post(t, srv, a.query)
			if r.code() != a.code || !contains(r.Errors[0].Message, a.message) {
				t.Fatalf("errors %+v, want %s saying %q", r.Errors, a.code, a.message)
			}
			if string(r.Data) != "" && string(r.Data) != "null" {
				t.Errorf("data %s: a refused operation must not run", r.Data)
			}
		})
	}
	t.Run("Repeats", func(t *testing.T) {
		for _, c := range []struct {
			query string
			code  string
		}{
			{repeatedFields(gql.MaxRepeats), ""},
			{repeatedFields(gql.MaxRepeats + 1), "GRAPHQL_VALIDATION_FAILED"},
			// Inline fragments merge into the selection they are in.
			{`{ documents(first: 1) { ` + strings.Repeat("title ", 15) + `... on Document { ` + strings.Repeat("title ", 6) + `} } }`, "GRAPHQL_VALIDATION_FAILED"},
			// Aliases are response names of their own.
			{`{ documents(first: 1) { ` + strings.Repeat("title ", 15) + strings.Repeat("t: title ", 15) + `} }`, ""},
		} {
			r := post(t, srv, c.query)
			if r.code() != c.code || c.code != "" && !contains(r.Errors[0].Message, "more than 20 times") {
				t.Errorf("%.80s…: errors %+v, want code %q", c.query, r.Errors, c.code)
			}
		}
	})
	t.Run("FanOutUnderLimit", func(t *testing.T) {
		// Memoised, the cost is still the expanded one: 2^8 names.
		r := post(t, MustServe(t, MustOpenStore(t, extractionA()), gql.Options{ComplexityLimit: 100}), fanOut(8))
		if r.code() != "COMPLEXITY_LIMIT_EXCEEDED" || !contains(r.Errors[0].Message, "complexity 512") {
			t.Fatalf("errors %+v, want complexity 512 refused", r.Errors)
		}
	})
}

func BenchmarkAttacks(b *testing.B) {
	srv := httptest.NewServer(gql.NewHandler(MustOpenStore(b, extractionA(), extractionB()), gql.Options{}))
	defer srv.Close()
	for _, a := range attacks {
		body, _ := json.Marshal(map[string]any{"query": a.query})
		b.Run(a.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if code := postCode(b, srv.URL, body); code != a.code {
					b.Fatalf("code %q, want %s", code, a.code)
				}
			}
		})
	}
	// Under the token limit, about 2,000 repeated fields, which gqlparser
	// would validate pair by pair, and the most repeats allowed. A comment
	// makes each query new to the query cache.
	for _, c := range []struct {
		name   string
		repeat int
		code   string
	}{
		{"RepeatedFieldsAtTokenLimit", gql.DefaultMaxTokens - 12, "GRAPHQL_VALIDATION_FAILED"},
		{"RepeatedFieldsAllowed", gql.MaxRepeats, ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				i++
				body, _ := json.Marshal(map[string]any{"query": fmt.Sprintf("#%d\n", i) + repeatedFields(c.repeat)})
				if code := postCode(b, srv.URL, body); code != c.code {
					b.Fatalf("code %q, want %q", code, c.code)
				}
			}
		})
	}
	b.Run("Body1MiB", func(b *testing.B) {
		body := oneMiBBody()
		for b.Loop() {
			if code := postCode(b, srv.URL, body); code != "REQUEST_TOO_LARGE" {
				b.Fatalf("code %q, want REQUEST_TOO_LARGE", code)
			}
		}
	})
}

// oneMiBBody is a request of one query padded with a comment to 1 MiB and
// one byte: just over the default limit.
func oneMiBBody() []byte {
	q := `{ documents { title } }` + "\n#"
	pad := gql.DefaultMaxBodyBytes + 1 - len(`{"query":""}`) - len(q)
	body, _ := json.Marshal(map[string]any{"query": q + strings.Repeat("x", pad)})
	return body
}

// postCode posts body and returns the first error's code.
func postCode(tb testing.TB, url string, body []byte) string {
	tb.Helper()
	res, err := http.Post(url+gql.GraphQLPath, "application/json", bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	var r gqlResponse
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		tb.Fatal(err)
	}
	return r.code()
}

func TestAttacks_OverSizeBody(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t, extractionA()), gql.Options{})
	for _, chunked := range []bool{false, true} {
		t.Run(fmt.Sprintf("chunked=%v", chunked), func(t *testing.T) {
			var body io.Reader = bytes.NewReader(oneMiBBody())
			if chunked {
				// A reader of unknown length makes the client send the
				// body in chunks, without a Content-Length.
				body = struct{ *bytes.Reader }{bytes.NewReader(oneMiBBody())}
			}
			req, _ := http.NewRequest(http.MethodPost, srv.URL+gql.GraphQLPath, body)
			req.Header.Set("Content-Type", "application/json")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			r := decode(t, res)
			if r.Status != http.StatusRequestEntityTooLarge || r.code() != "REQUEST_TOO_LARGE" || !contains(r.Errors[0].Message, "more than 1048576 bytes") {
				t.Errorf("status %d, errors %+v; want 413 REQUEST_TOO_LARGE", r.Status, r.Errors)
			}
		})
	}
}

// TestAttacks_AnswerSize checks that an answer that grows past
// MaxAnswerBytes stops, and is one ANSWER_TOO_LARGE error without data.
func TestAttacks_AnswerSize(t *testing.T) {
	store := MustOpenStore(t, extractionA(), extractionB())
	query := `{ documents(first: 5) { title facts { evidence { text } } } }`
	r := post(t, MustServe(t, store, gql.Options{}), query)
	if len(r.Errors) > 0 || len(r.Data) < 400 {
		t.Fatalf("errors %+v, data %d bytes: want an answer of more than 400 bytes", r.Errors, len(r.Data))
	}
	r = post(t, MustServe(t, store, gql.Options{MaxAnswerBytes: 200}), query)
	if r.code() != "ANSWER_TOO_LARGE" || len(r.Errors) != 1 || !contains(r.Errors[0].Message, "200 bytes") {
		t.Fatalf("errors %+v, want one ANSWER_TOO_LARGE", r.Errors)
	}
	if string(r.Data) != "" && string(r.Data) != "null" {
		t.Errorf("data %s, want none", r.Data)
	}
}

// blockingStore is a real store whose fact reads wait until release is
// closed or the request ends, as a slow backend would; entered receives a
// value as each read starts.
type blockingStore struct {
	gql.Reader
	entered chan struct{}
	release chan struct{}
}

func (s blockingStore) Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
	select {
	case s.entered <- struct{}{}:
	default:
	}
	select {
	case <-s.release:
		return s.Reader.Facts(ctx, f)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// TestAttacks_ExpensiveConcurrency checks that no more than MaxExpensive
// expensive operations run at once: another waits BusyWait, then is
// refused with SERVER_BUSY, while a cheap one is answered at once.
func TestAttacks_ExpensiveConcurrency(t *testing.T) {
	store := blockingStore{MustOpenStore(t, extractionA(), extractionB()), make(chan struct{}, 1), make(chan struct{})}
	srv := MustServe(t, store, gql.Options{MaxExpensive: 1, BusyWait: 20 * time.Millisecond})
	// documents(first: 100) { facts { type } } costs 1 + 100 × 21.
	expensive := `{ documents(first: 100) { facts { type } } }`
	var wg sync.WaitGroup
	var first gqlResponse
	wg.Go(func() { first = post(t, srv, expensive) })
	// Once the first reads, it holds the slot: a second is refused.
	<-store.entered
	second := post(t, srv, expensive)
	if second.code() != "SERVER_BUSY" || !contains(second.Errors[0].Message, "expensive requests") {
		t.Errorf("second expensive request: errors %+v, want SERVER_BUSY", second.Errors)
	}
	assertData(t, post(t, srv, `{ person(name: "Nasr al-Hariri") { name } }`), `{"person": {"name": "Nasr al-Hariri"}}`)
	close(store.release)
	wg.Wait()
	if len(first.Errors) > 0 {
		t.Errorf("the first expensive request: errors %+v", first.Errors)
	}
	// With the slot free again, the next one runs.
	if r := post(t, srv, expensive); len(r.Errors) > 0 {
		t.Errorf("after the first ended: errors %+v", r.Errors)
	}
}
