package storetest

import (
	"context"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// Snapshot is everything a store holds, as its readers see it: what
// backend tests compare before and after a failure, a restart, or across
// backends.
type Snapshot struct {
	Documents []graph.Document
	Entities  []graph.Entity
	Facts     []graph.Fact
}

// TakeSnapshot reads every document, entity and fact of s.
func TakeSnapshot(t testing.TB, s graph.Store) Snapshot {
	t.Helper()
	ctx := context.Background()
	var snap Snapshot
	var err error
	if snap.Documents, err = s.Documents(ctx, graph.DocumentFilter{}); err != nil {
		t.Fatalf("Documents: %v", err)
	}
	if snap.Entities, err = s.Entities(ctx, graph.EntityFilter{}); err != nil {
		t.Fatalf("Entities: %v", err)
	}
	if snap.Facts, err = s.Facts(ctx, graph.FactFilter{}); err != nil {
		t.Fatalf("Facts: %v", err)
	}
	return snap
}
