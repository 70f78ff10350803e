package main

import (
	"bytes"
	"context"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/loader/synth"
)

// tableRows reads the printed table: query kind → its columns.
func tableRows(t *testing.T, out string) map[string][]string {
	t.Helper()
	rows := map[string][]string{}
	header := false
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) > 0 && f[0] == "query":
			header = true
		case header && len(f) == 8:
			rows[f[0]] = f[1:]
		}
	}
	if !header {
		t.Fatalf("no table in the output:\n%s", out)
	}
	return rows
}

// TestRun_LoadThenReuse runs the whole benchmark, short, over a small
// generated graph in a real embedded store: every query kind must be
// answered without errors, which also checks the queries against the
// schema. A second run measures the store the first one loaded.
func TestRun_LoadThenReuse(t *testing.T) {
	dir := t.TempDir()
	common := []string{"--data", dir, "--duration", "300ms", "--warmup", "0s", "--clients", "4", "--request-pool", "40"}
	for _, tc := range []struct {
		name  string
		args  []string
		kinds []string
	}{
		{"load", []string{"--load", "--entities", "400", "--relations", "3000", "--queries", "search,nested,path,neighborhood,lookup"},
			[]string{"search", "nested", "path", "neighborhood", "lookup"}},
		{"reuse", []string{"--queries", "lookup,search"}, []string{"lookup", "search"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			if err := run(t.Context(), append(common, tc.args...), &out, &errs); err != nil {
				t.Fatalf("run: %v\n%s", err, errs.String())
			}
			rows := tableRows(t, out.String())
			if len(rows) != len(tc.kinds) {
				t.Errorf("table has %d rows, want %d:\n%s", len(rows), len(tc.kinds), out.String())
			}
			for _, k := range tc.kinds {
				row, ok := rows[k]
				if !ok {
					t.Errorf("no row for %s:\n%s", k, out.String())
					continue
				}
				if n, _ := strconv.Atoi(row[0]); n == 0 {
					t.Errorf("%s: no request answered: %v", k, row)
				}
				if row[1] != "0" {
					t.Errorf("%s: %s requests failed:\n%s", k, row[1], errs.String())
				}
			}
			if tc.name == "load" && !strings.Contains(errs.String(), "load: ") {
				t.Errorf("no load rate reported:\n%s", errs.String())
			}
		})
	}
}

// TestMeasure_CountsFailures sends requests the real API answers with
// errors, and one it answers well, and checks which are counted as failed.
func TestMeasure_CountsFailures(t *testing.T) {
	st, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.PutDocuments(t.Context(), synth.Graph(3, 50, 100, 20)); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gql.NewHandler(st, gql.Options{}))
	defer srv.Close()
	for _, tc := range []struct {
		name, body string
		failing    bool
		errHas     string
	}{
		{"answered", `{"query":"{ states { name } }"}`, false, ""},
		{"not found", `{"query":"{ node(id: \"person:nobody-at-all\") { id } }"}`, true, "errors"},
		{"invalid query", `{"query":"{ noSuchField }"}`, true, "HTTP 422"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runKind(t.Context(), srv.Client(), srv.URL+gql.GraphQLPath, tc.name, [][]byte{[]byte(tc.body)}, 2, 0, 100*time.Millisecond)
			if r.requests == 0 {
				t.Fatal("no request answered")
			}
			want := 0
			if tc.failing {
				want = r.requests
			}
			if r.failures != want {
				t.Errorf("%d of %d failed, want %d (first error %q)", r.failures, r.requests, want, r.firstErr)
			}
			if !strings.Contains(r.firstErr, tc.errHas) {
				t.Errorf("first error %q, want one with %q", r.firstErr, tc.errHas)
			}
			if len(r.latency) != r.requests {
				t.Errorf("%d latencies for %d requests", len(r.latency), r.requests)
			}
		})
	}
}

func TestResult_Percentile(t *testing.T) {
	var hundred []time.Duration
	for i := 1; i <= 100; i++ {
		hundred = append(hundred, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		name    string
		latency []time.Duration
		p       float64
		want    time.Duration
	}{
		{"p50 of 100", hundred, 0.50, 50 * time.Millisecond},
		{"p99 of 100", hundred, 0.99, 99 * time.Millisecond},
		{"max of 100", hundred, 1, 100 * time.Millisecond},
		{"p99 of 3 is the slowest", hundred[:3], 0.99, 3 * time.Millisecond},
		{"p50 of 3", hundred[:3], 0.50, 2 * time.Millisecond},
		{"none", nil, 0.5, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := (result{latency: tc.latency}).percentile(tc.p); got != tc.want {
				t.Errorf("percentile(%v) = %v, want %v", tc.p, got, tc.want)
			}
		})
	}
}

func TestParseFlags_Errors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--store", "sqlite", "--load"}, "want embedded or neo4j"},
		{[]string{}, "needs --data"},
		{[]string{"--load", "--queries", "search,walk"}, `unknown query kind "walk"`},
		{[]string{"--load", "--clients", "0"}, "must be positive"},
		{[]string{"--load", "extra"}, "unexpected arguments"},
	} {
		_, err := parseFlags(tc.args, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseFlags(%q) = %v, want an error with %q", tc.args, err, tc.want)
		}
	}
}

// TestRun_EmptyStore refuses to measure nothing.
func TestRun_EmptyStore(t *testing.T) {
	err := run(context.Background(), []string{"--data", t.TempDir(), "--duration", "10ms"}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("run over an empty store = %v, want an error saying it is empty", err)
	}
}
