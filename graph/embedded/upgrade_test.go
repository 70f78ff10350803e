package embedded_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
)

// valuedIndexes are the index buckets whose values schema version 4 added.
var valuedIndexes = []string{"index_out", "index_in", "index_concerning", "index_search"}

// TestUpgradeFromVersion3 writes a store, takes it back to schema version 3
// (the edge indexes without their values), and checks that Open gives every
// entry back the value it had, over several transactions, and that the
// reads answer as before.
func TestUpgradeFromVersion3(t *testing.T) {
	defer embedded.SetUpgradeBatch(7)()
	dir := t.TempDir()
	s := mustOpen(t, dir)
	for i := range 6 {
		mustPut(t, s, synthetic(i, 0, 30, 40))
	}
	ctx := context.Background()
	involving := graph.FactFilter{Involving: []string{"organization:publishing-body", "state:host-state"}}
	wantEdges, err := s.Edges(ctx, involving)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	want := valuedIndexEntries(t, dir)
	if n := len(want["index_concerning"]); n == 0 || len(want["index_out"]) < 100 || len(want["index_search"]) < 100 {
		t.Fatalf("%d out and %d concerning entries: the test needs condemnations and many facts", len(want["index_out"]), n)
	}

	// Version 3: the same keys, empty values.
	db, err := bolt.Open(filepath.Join(dir, embedded.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range valuedIndexes {
			b := tx.Bucket([]byte(name))
			var keys [][]byte
			if err := b.ForEach(func(k, _ []byte) error { keys = append(keys, bytes.Clone(k)); return nil }); err != nil {
				return err
			}
			for _, k := range keys {
				if err := b.Put(k, nil); err != nil {
					return err
				}
			}
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte("3"))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	var upgrades []string
	opts := embedded.Options{Upgrading: func(d string, from, to int) {
		upgrades = append(upgrades, fmt.Sprintf("%s %d→%d", d, from, to))
	}}
	s, err = embedded.OpenWith(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if want := []string{fmt.Sprintf("%s 3→%d", dir, embedded.SchemaVersion)}; !reflect.DeepEqual(upgrades, want) {
		t.Errorf("Upgrading was called %q, want %q", upgrades, want)
	}
	gotEdges, err := s.Edges(ctx, involving)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotEdges, wantEdges) {
		t.Errorf("edges after the upgrade:\n%v\nwant\n%v", gotEdges, wantEdges)
	}
	s.Close()
	if got := schemaOf(t, dir); got != strconv.Itoa(embedded.SchemaVersion) {
		t.Errorf("schema version after the upgrade %q, want %d", got, embedded.SchemaVersion)
	}
	// Upgraded, the store opens without an upgrade.
	upgrades = nil
	s, err = embedded.OpenWith(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if len(upgrades) != 0 {
		t.Errorf("the upgraded store was upgraded again: %q", upgrades)
	}
	if got := valuedIndexEntries(t, dir); !reflect.DeepEqual(got, want) {
		for _, name := range valuedIndexes {
			for k, v := range want[name] {
				if got[name][k] != v {
					t.Errorf("%s %q: value %q after the upgrade, want %q", name, k, got[name][k], v)
				}
			}
		}
	}
}

// valuedIndexEntries reads every entry of the valued indexes of the store in dir.
func valuedIndexEntries(t *testing.T, dir string) map[string]map[string]string {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, embedded.FileName), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]map[string]string{}
	err = db.View(func(tx *bolt.Tx) error {
		for _, name := range valuedIndexes {
			out[name] = map[string]string{}
			err := tx.Bucket([]byte(name)).ForEach(func(k, v []byte) error {
				out[name][string(k)] = string(v)
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEdgesFromIndexAlone spoils the records of the facts and checks that
// Edges still answers from the edge indexes, while Facts, which reads the
// records, fails.
func TestEdgesFromIndexAlone(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	mustPut(t, s, synthetic(0, 0, 30, 40))
	mustPut(t, s, synthetic(1, 0, 30, 40))
	ctx := context.Background()
	filters := []graph.FactFilter{
		{Involving: []string{"organization:publishing-body"}},
		{Involving: []string{"state:host-state"}, Types: []graph.RelationType{graph.Condemned, graph.Attended}, Limit: 5},
		{From: []string{"organization:publishing-body"}, Types: []graph.RelationType{graph.Condemned}},
		{To: []string{"organization:publishing-body"}},
		{Concerning: []string{"event:doc-1-v0-3"}},
	}
	var want [][]graph.Edge
	for _, f := range filters {
		es, err := s.Edges(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			t.Fatalf("Edges(%+v) found nothing; the test needs edges", f)
		}
		want = append(want, es)
	}
	s.Close()

	db, err := bolt.Open(filepath.Join(dir, embedded.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("facts"))
		var records [][]byte
		err := b.ForEach(func(k, _ []byte) error {
			if bytes.IndexByte(k, 0) < 0 {
				records = append(records, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range records {
			if err := b.Put(k, []byte("not a record")); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	s = mustOpen(t, dir)
	for i, f := range filters {
		got, err := s.Edges(ctx, f)
		if err != nil {
			t.Errorf("Edges(%+v) with spoilt records: %v", f, err)
		} else if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("Edges(%+v) with spoilt records:\n%v\nwant\n%v", f, got, want[i])
		}
	}
	if _, err := s.Facts(ctx, filters[0]); err == nil {
		t.Error("Facts read the spoilt records without an error: the test spoilt nothing")
	}
}
