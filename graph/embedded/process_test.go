package embedded_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
)

// The tests below re-execute the test binary as a second process, which
// runs childMain instead of the tests, in the mode and directory the
// environment names.
const (
	childModeEnv = "KG_EMBEDDED_TEST_CHILD"
	childDirEnv  = "KG_EMBEDDED_TEST_DIR"
	// killDocs is how many communiqués the loading child cycles through;
	// after the first round every put replaces an earlier version.
	killDocs = 25
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(childModeEnv); mode != "" {
		os.Exit(childMain(mode, os.Getenv(childDirEnv)))
	}
	os.Exit(m.Run())
}

func childMain(mode, dir string) int {
	s, err := embedded.Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer s.Close()
	switch mode {
	case "hold":
		// Keep the directory until the parent closes our stdin.
		fmt.Println("open")
		io.Copy(io.Discard, os.Stdin)
		return 0
	case "load":
		// Load until killed, acknowledging each committed put on stdout.
		for k := 0; ; k++ {
			i, v := k%killDocs, k/killDocs
			n, r := syntheticSizes(i, v)
			if _, err := s.PutDocument(context.Background(), synthetic(i, v, n, r)); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 2
			}
			fmt.Printf("put %d %d\n", i, v)
		}
	}
	fmt.Fprintf(os.Stderr, "unknown child mode %q\n", mode)
	return 2
}

func childCommand(t *testing.T, mode, dir string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childModeEnv+"="+mode, childDirEnv+"="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr
}

func TestOpenLockedByAnotherProcess(t *testing.T) {
	dir := t.TempDir()
	cmd, stderr := childCommand(t, "hold", dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); line != "open\n" {
		t.Fatalf("child did not open the store: %q, %v; stderr: %s", line, err, stderr)
	}

	s, err := embedded.Open(dir)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded while another process has the directory open")
	}
	expectLocked(t, dir, err)

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v; stderr: %s", err, stderr)
	}
	mustOpen(t, dir) // free again once the other process has gone
}

// TestKillDuringLoad kills a process that is loading documents with SIGKILL,
// at a random moment, and checks that the store opens cleanly and holds every
// acknowledged document, each one complete.
func TestKillDuringLoad(t *testing.T) {
	const killAfter = 60 // acknowledged puts before the kill: past the first round
	dir := t.TempDir()
	cmd, stderr := childCommand(t, "load", dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := map[int]int{} // communiqué → latest acknowledged version
	puts := 0
	lines := bufio.NewScanner(stdout)
	read := func() bool {
		if !lines.Scan() {
			return false
		}
		var i, v int
		if _, err := fmt.Sscanf(lines.Text(), "put %d %d", &i, &v); err != nil {
			t.Fatalf("child wrote %q: %v", lines.Text(), err)
		}
		acked[i] = max(acked[i], v)
		puts++
		return true
	}
	for puts < killAfter && read() {
	}
	if puts < killAfter {
		cmd.Wait()
		t.Fatalf("child stopped after %d puts; stderr: %s", puts, stderr)
	}
	time.Sleep(time.Duration(rand.IntN(20_000)) * time.Microsecond)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	for read() { // puts acknowledged before the kill, still in the pipe
	}
	cmd.Wait()
	if cmd.ProcessState.ExitCode() != -1 {
		t.Fatalf("child was not killed by a signal: %v; stderr: %s", cmd.ProcessState, stderr)
	}
	t.Logf("killed the loader after %d acknowledged puts", puts)

	s := mustOpen(t, dir)
	ctx := t.Context()
	docs, err := s.Documents(ctx, graph.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != killDocs {
		t.Errorf("store holds %d documents after the kill, want all %d the loader had acknowledged", len(docs), killDocs)
	}
	stored := map[int]int{}
	var ids []string
	for _, d := range docs {
		var i, v int
		if _, err := fmt.Sscanf(d.SHA256, "synthetic-%d-v%d", &i, &v); err != nil {
			t.Fatalf("document %s has hash %q: %v", d.ID, d.SHA256, err)
		}
		stored[i] = v
		ids = append(ids, d.ID)
		n, r := syntheticSizes(i, v)
		x := synthetic(i, v, n, r)
		if d.ID != x.Document.ID || d.Entities != len(x.Entities) || d.Relations != len(x.Relations) {
			t.Errorf("document %s = %d entities, %d relations; version %d has %d and %d",
				d.ID, d.Entities, d.Relations, v, len(x.Entities), len(x.Relations))
		}
		wantEntities, wantFacts := wantIDs(x)
		es, err := s.Entities(ctx, graph.EntityFilter{Document: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		fs, err := s.Facts(ctx, graph.FactFilter{Document: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		if got := entityIDs(es); !reflect.DeepEqual(got, wantEntities) {
			t.Errorf("document %s version %d supports %d entities, want %d", d.ID, v, len(got), len(wantEntities))
		}
		if got := factIDs(fs); !reflect.DeepEqual(got, wantFacts) {
			t.Errorf("document %s version %d supports %d facts, want %d", d.ID, v, len(got), len(wantFacts))
		}
	}
	for i, v := range acked {
		if stored[i] < v {
			t.Errorf("communiqué %d: version %d was acknowledged, but the store holds version %d", i, v, stored[i])
		}
	}
	body, err := s.Entities(ctx, graph.EntityFilter{IDs: []string{synthBody}})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	if len(body) != 1 || !reflect.DeepEqual(body[0].Documents, ids) {
		t.Errorf("the publishing body is not supported by exactly the %d stored documents: %+v", len(ids), body)
	}
}

func entityIDs(es []graph.Entity) []string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

func factIDs(fs []graph.Fact) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	return ids
}
