package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/synth"
)

// TestMain runs the real kg instead of the tests when KG_TEST_MAIN is set,
// so that a test can start it as a process of its own and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("KG_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestIngest_KillNine kills kg serve with SIGKILL while an ingest of 100
// communiqués runs, at three moments, and checks that every document the
// store then holds is whole: the facts and entities it supports are those
// the same document supports in a store that put it without being killed.
func TestIngest_KillNine(t *testing.T) {
	const token = "kill-test-token"
	x, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := synth.Generate(12, 100)
	var inputs []any
	ref, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, d := range docs {
		inputs = append(inputs, map[string]any{"text": d.Text})
		ex, err := x.Extract("documents", []byte(d.Text))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ref.PutDocument(t.Context(), ex); err != nil {
			t.Fatal(err)
		}
	}
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($docs: [CommuniqueInput!]!) { ingest(documents: $docs) { status } }`,
		"variables": map[string]any{"docs": inputs},
	})
	addrRe := regexp.MustCompile(`graphql=http://([^ ]+)/graphql`)
	for _, delay := range []time.Duration{150 * time.Millisecond, 400 * time.Millisecond, 900 * time.Millisecond} {
		t.Run(delay.String(), func(t *testing.T) {
			data := t.TempDir()
			cmd := exec.Command(os.Args[0], "serve", "--data", data, "--addr", "127.0.0.1:0", "--api-token", token, "--no-graphiql")
			cmd.Env = append(os.Environ(), "KG_TEST_MAIN=1", "NEO4J_URI=")
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			var addr string
			lines := bufio.NewScanner(stderr)
			for addr == "" && lines.Scan() {
				if m := addrRe.FindStringSubmatch(lines.Text()); m != nil {
					addr = m[1]
				}
			}
			if addr == "" {
				t.Fatal("kg serve did not say where it listens")
			}
			go func() {
				for lines.Scan() {
				}
			}()
			req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+token)
			go http.DefaultClient.Do(req)
			time.Sleep(delay)
			if err := cmd.Process.Signal(os.Kill); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()

			s, err := embedded.Open(data)
			if err != nil {
				t.Fatalf("the store after kill -9 does not open: %v", err)
			}
			defer s.Close()
			stored, err := s.Documents(t.Context(), graph.DocumentFilter{})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d of %d documents stored when killed after %v", len(stored), len(docs), delay)
			for _, d := range stored {
				if got, want := supported(t, s, d.ID), supported(t, ref, d.ID); got != want {
					t.Errorf("document %s after kill -9 supports\n%s\nwant\n%s", d.ID, got, want)
				}
			}
		})
	}
}

// supported lists the ids of the facts and entities that document id
// supports in s.
func supported(t *testing.T, s graph.Store, id string) string {
	t.Helper()
	ctx := context.Background()
	fs, err := s.Facts(ctx, graph.FactFilter{Document: id})
	if err != nil {
		t.Fatal(err)
	}
	es, err := s.Entities(ctx, graph.EntityFilter{Document: id, WithoutDocuments: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	return fmt.Sprint(len(ids), ids)
}
