package embedded_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store { return mustOpen(t, t.TempDir()) })
}

// TestConcurrentWriters runs two writers on the one store a process holds
// (bbolt locks its file to one process).
func TestConcurrentWriters(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	defer s.Close()
	storetest.ConcurrentWriters(t, s, s)
}

func mustOpen(t testing.TB, dir string) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustPut(t testing.TB, s graph.Store, x *graph.Extraction) graph.PutResult {
	t.Helper()
	res, err := s.PutDocument(context.Background(), x)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", x.Document.ID, err)
	}
	return res
}

func sameSnapshot(t *testing.T, what string, got, want storetest.Snapshot) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: the store differs: %d documents, %d entities, %d facts; want %d, %d, %d",
			what, len(got.Documents), len(got.Entities), len(got.Facts),
			len(want.Documents), len(want.Entities), len(want.Facts))
	}
}

func TestRestart(t *testing.T) {
	dir := t.TempDir()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*graph.Extraction
	for i := range 8 {
		n, r := syntheticSizes(i, 0)
		docs = append(docs, synthetic(i, 0, n, r))
		mustPut(t, s, docs[i])
	}
	before := storetest.TakeSnapshot(t, s)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	s = mustOpen(t, dir)
	sameSnapshot(t, "after reopening", storetest.TakeSnapshot(t, s), before)
	if len(before.Documents) != 8 {
		t.Fatalf("stored %d documents, want 8", len(before.Documents))
	}
	for i, x := range docs {
		d := before.Documents[i]
		if d.ID != x.Document.ID || d.Entities != len(x.Entities) || d.Relations != len(x.Relations) {
			t.Errorf("document %d = %s with %d entities and %d relations; want %s with %d and %d",
				i, d.ID, d.Entities, d.Relations, x.Document.ID, len(x.Entities), len(x.Relations))
		}
	}
	// The fingerprints survive too: the same document is still unchanged.
	if res := mustPut(t, s, docs[3]); res.Status != graph.Unchanged {
		t.Errorf("PutDocument of a stored document after reopening: status %s, want %s", res.Status, graph.Unchanged)
	}
	if res := mustPut(t, s, synthetic(3, 1, 25, 20)); res.Status != graph.Replaced {
		t.Errorf("PutDocument of a changed document after reopening: status %s, want %s", res.Status, graph.Replaced)
	}
}

func TestOpenLockedInProcess(t *testing.T) {
	dir := t.TempDir()
	mustOpen(t, dir)
	s, err := embedded.Open(dir)
	if err == nil {
		s.Close()
		t.Fatal("a second Open of a data directory in use succeeded")
	}
	expectLocked(t, dir, err)
}

func expectLocked(t *testing.T, dir string, err error) {
	t.Helper()
	if graph.ErrorCode(err) != graph.ECONFLICT {
		t.Errorf("Open of a locked directory: code %q, want %q (%v)", graph.ErrorCode(err), graph.ECONFLICT, err)
	}
	want := "data directory " + dir + " is in use by another process"
	if !strings.Contains(err.Error(), want) || !strings.Contains(graph.ErrorMessage(err), want) {
		t.Errorf("Open of a locked directory: error %q, want it to say %q", err, want)
	}
}

// A file of another schema version is refused, with a message that says
// what to do, and left as it is.
func TestOpenOtherSchema(t *testing.T) {
	for _, c := range []struct {
		name    string
		version int
		advice  string
	}{
		{"newer", embedded.SchemaVersion + 1, "use a newer kg"},
		{"older", embedded.UpgradableFrom - 1, "load the documents again"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			s := mustOpen(t, dir)
			mustPut(t, s, synthetic(0, 0, 10, 10))
			s.Close()
			version := strconv.Itoa(c.version)
			setSchema(t, dir, version)

			s, err := embedded.Open(dir)
			if err == nil {
				s.Close()
				t.Fatalf("Open of a store of schema version %s succeeded", version)
			}
			if msg := graph.ErrorMessage(err); graph.ErrorCode(err) != graph.ECONFLICT || !strings.Contains(msg, dir) ||
				!strings.Contains(msg, "schema version "+version) || !strings.Contains(msg, c.advice) {
				t.Errorf("Open of schema version %s: %v (code %q); want %q naming %s and version %s, saying %q",
					version, err, graph.ErrorCode(err), graph.ECONFLICT, dir, version, c.advice)
			}
			if got := schemaOf(t, dir); got != version {
				t.Errorf("the refused file now has schema version %q, want %q as it was", got, version)
			}
		})
	}
}

// setSchema writes a schema version into the store file in dir.
func setSchema(t *testing.T, dir, version string) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, embedded.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte(version)) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

// schemaOf reads the schema version of the store file in dir.
func schemaOf(t *testing.T, dir string) string {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, embedded.FileName), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v string
	err = db.View(func(tx *bolt.Tx) error { v = string(tx.Bucket([]byte("meta")).Get([]byte("schema"))); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestOpenNotAStore(t *testing.T) {
	garbage := t.TempDir()
	if err := os.WriteFile(filepath.Join(garbage, embedded.FileName), []byte(strings.Repeat("not a database\n", 2000)), 0o600); err != nil {
		t.Fatal(err)
	}
	foreign := t.TempDir()
	db, err := bolt.Open(filepath.Join(foreign, embedded.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("users")); return err }); err != nil {
		t.Fatal(err)
	}
	db.Close()

	for _, dir := range []string{garbage, foreign} {
		s, err := embedded.Open(dir)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s) of a file that is not a kg store succeeded", dir)
			continue
		}
		if msg := graph.ErrorMessage(err); graph.ErrorCode(err) != graph.ECONFLICT ||
			!strings.Contains(msg, dir) || !strings.Contains(msg, "not a kg store") {
			t.Errorf("Open(%s): %v (code %q); want %q naming the directory and saying it is not a kg store",
				dir, err, graph.ErrorCode(err), graph.ECONFLICT)
		}
	}
}

func TestOpenCreatesDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	s := mustOpen(t, dir)
	if s.Dir() != dir {
		t.Errorf("Dir() = %s, want %s", s.Dir(), dir)
	}
	if _, err := os.Stat(filepath.Join(dir, embedded.FileName)); err != nil {
		t.Errorf("the database file was not created: %v", err)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	if got := embedded.DefaultDir(); got != filepath.Join("/srv/data", "kg") {
		t.Errorf("DefaultDir with XDG_DATA_HOME = %s, want /srv/data/kg", got)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/someone")
	if got := embedded.DefaultDir(); got != filepath.Join("/home/someone", ".local", "share", "kg") {
		t.Errorf("DefaultDir with HOME = %s, want /home/someone/.local/share/kg", got)
	}
}

// The steps of a write transaction after which a failure is injected.
var putSteps = []string{"removed old version", "added entity versions", "added fact versions",
	"merged entities", "merged facts"}

func TestPutAtomic(t *testing.T) {
	injected := errors.New("injected failure")
	for _, c := range []struct {
		name string
		x    *graph.Extraction
		want graph.PutStatus
	}{
		{"replacement", synthetic(0, 1, 30, 25), graph.Replaced},
		{"new document", synthetic(2, 0, 30, 25), graph.Added},
	} {
		for _, step := range putSteps {
			if c.want == graph.Added && step == "removed old version" {
				continue
			}
			t.Run(c.name+" failing after "+step, func(t *testing.T) {
				s := mustOpen(t, t.TempDir())
				mustPut(t, s, synthetic(0, 0, 20, 20))
				mustPut(t, s, synthetic(1, 0, 20, 20))
				before := storetest.TakeSnapshot(t, s)

				embedded.SetFailAfter(s, func(got string) error {
					if got == step {
						return injected
					}
					return nil
				})
				res, err := s.PutDocument(t.Context(), c.x)
				if !errors.Is(err, injected) || graph.ErrorCode(err) != graph.EINTERNAL {
					t.Fatalf("PutDocument with a failure after %q = %+v, %v; want the injected failure as %q",
						step, res, err, graph.EINTERNAL)
				}
				sameSnapshot(t, "after a failed put", storetest.TakeSnapshot(t, s), before)
				if es, _ := s.Entities(t.Context(), graph.EntityFilter{Document: c.x.Document.ID}); len(es) != 20 && c.want == graph.Replaced {
					t.Errorf("the previous version supports %d entities after a failed replacement, want 20", len(es))
				}

				// The failed put left no trace, not even its fingerprint.
				embedded.SetFailAfter(s, nil)
				if res := mustPut(t, s, c.x); res.Status != c.want {
					t.Errorf("PutDocument after the failure: status %s, want %s", res.Status, c.want)
				}
			})
		}
	}
}

func TestRemoveAtomic(t *testing.T) {
	injected := errors.New("injected failure")
	for _, step := range []string{"removed old version", "merged entities", "merged facts"} {
		t.Run(step, func(t *testing.T) {
			s := mustOpen(t, t.TempDir())
			x := synthetic(0, 0, 20, 20)
			mustPut(t, s, x)
			mustPut(t, s, synthetic(1, 0, 20, 20))
			before := storetest.TakeSnapshot(t, s)
			embedded.SetFailAfter(s, func(got string) error {
				if got == step {
					return injected
				}
				return nil
			})
			if err := s.RemoveDocument(t.Context(), x.Document.ID); !errors.Is(err, injected) {
				t.Fatalf("RemoveDocument with a failure after %q: %v, want the injected failure", step, err)
			}
			sameSnapshot(t, "after a failed removal", storetest.TakeSnapshot(t, s), before)
		})
	}
}

func TestExtractionWithoutHash(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	x := synthetic(0, 0, 12, 10)
	x.Document.SHA256 = ""
	for _, want := range []graph.PutStatus{graph.Added, graph.Unchanged} {
		if res := mustPut(t, s, x); res.Status != want {
			t.Errorf("PutDocument of an extraction without a hash: status %s, want %s", res.Status, want)
		}
	}
	x.Entities[5].Name = "Another name"
	if res := mustPut(t, s, x); res.Status != graph.Replaced {
		t.Errorf("PutDocument of a changed extraction without a hash: status %s, want %s", res.Status, graph.Replaced)
	}
}

func TestCancelledContext(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.PutDocument(ctx, synthetic(0, 0, 10, 10)); !errors.Is(err, context.Canceled) {
		t.Errorf("PutDocument with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.Entities(ctx, graph.EntityFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Entities with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.Facts(ctx, graph.FactFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Facts with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := s.Documents(ctx, graph.DocumentFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Documents with a cancelled context: %v, want context.Canceled", err)
	}
	if docs, _ := s.Documents(t.Context(), graph.DocumentFilter{}); len(docs) != 0 {
		t.Errorf("a put with a cancelled context stored %d documents", len(docs))
	}
}

// Ids and names may hold the bytes the composite keys use: an id that is a
// prefix of another up to such a byte must not pick up the other's records.
func TestSeparatorBytesInIDs(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	a := "organization:a"
	mustPut(t, s, &graph.Extraction{
		Document:  graph.DocumentMeta{ID: "document:x", Title: "Separators", Published: "2020-01-01"},
		Entities:  []graph.Entity{{ID: a, Type: graph.Organization, Name: "A"}, {ID: "state:s", Type: graph.State, Name: "S"}},
		Relations: []graph.Relation{{Type: graph.PartOf, From: a, To: "state:s"}},
	})
	// ids with separator bytes never get in: Validate rejects control characters
	bad := &graph.Extraction{
		Document: graph.DocumentMeta{ID: "document:y", Title: "Separators", Published: "2020-01-01"},
		Entities: []graph.Entity{{ID: "organization:a\x00b", Type: graph.Organization, Name: "A B"}},
	}
	if _, err := s.PutDocument(t.Context(), bad); graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("put with a NUL in an id: err = %v, want invalid", err)
	}
	// and filters holding them match nothing, not the prefix "organization:a"
	ctx := t.Context()
	for _, f := range []graph.EntityFilter{
		{IDs: []string{"organization:a\x00"}}, {Name: "a\x00"}, {Document: "document:x\x00"}, {Name: "a\x01b"},
	} {
		es, err := s.Entities(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != 0 {
			t.Errorf("Entities(%+v) = %v, want none", f, es)
		}
	}
	fs, err := s.Facts(ctx, graph.FactFilter{From: []string{a + "\x00"}})
	if err != nil || len(fs) != 0 {
		t.Errorf("Facts from %q = %v, %v; want none", a+"\x00", fs, err)
	}
}

func TestTooLongName(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	x := synthetic(0, 0, 10, 10)
	x.Entities[4].Name = strings.Repeat("n", 40000)
	_, err := s.PutDocument(t.Context(), x)
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), x.Entities[4].ID) {
		t.Errorf("PutDocument with a 40,000-byte name: %v, want %q naming entity %s", err, graph.EINVALID, x.Entities[4].ID)
	}
	if docs, _ := s.Documents(t.Context(), graph.DocumentFilter{}); len(docs) != 0 {
		t.Errorf("a rejected document left %d documents behind", len(docs))
	}
}

func TestClosedStore(t *testing.T) {
	s, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v, want nil", err)
	}
	_, err = s.Entities(t.Context(), graph.EntityFilter{})
	if graph.ErrorCode(err) != graph.EINTERNAL || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Entities on a closed store: %v, want %q saying the store is closed", err, graph.EINTERNAL)
	}
}

// TestRemoveLeavesNoIndexEntries looks into the file itself: reads check
// every candidate an index yields, so a stale index key would go unseen by
// the conformance suite while the file grew for ever.
func TestRemoveLeavesNoIndexEntries(t *testing.T) {
	dir := t.TempDir()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := range 6 {
		x := synthetic(i, 0, 25, 20)
		mustPut(t, s, x)
		mustPut(t, s, synthetic(i, 1, 20, 25)) // a replacement, too
		ids = append(ids, x.Document.ID)
	}
	for _, id := range ids {
		if err := s.RemoveDocument(t.Context(), id); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	db, err := bolt.Open(filepath.Join(dir, embedded.FileName), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	buckets := 0
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			buckets++
			if n := b.Stats().KeyN; string(name) != "meta" && n != 0 {
				t.Errorf("bucket %s holds %d keys after every document was removed", name, n)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if buckets < 10 {
		t.Errorf("the file has %d buckets; want the meta bucket, the records and the indexes", buckets)
	}
}

func TestOpenUnusableDirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{file, filepath.Join(file, "below")} {
		s, err := embedded.Open(dir)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s) under a plain file succeeded", dir)
			continue
		}
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(graph.ErrorMessage(err), "data directory "+dir) {
			t.Errorf("Open(%s): %v (code %q); want %q naming the directory", dir, err, graph.ErrorCode(err), graph.EINVALID)
		}
	}
	if _, err := embedded.Open(""); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("Open(\"\"): %v, want %q", err, graph.EINVALID)
	}
}
