package neo4j

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/kg/graph"
)

// PutDocuments stores a batch in one transaction. The documents new to the
// store are written together: one read of everything they touch, merged in
// Go, and one write in which every entity and fact they share is written
// once, whatever the number of documents that name it. That is what makes
// a bulk load fast: a transaction costs a few milliseconds however little
// it writes, and most documents name entities that earlier ones named. The
// documents already stored, and those given twice, are then changed one at
// a time in the same transaction, as PutDocument would; the end state does
// not depend on the order, since merges depend only on the set of stored
// documents.
func (s *Store) PutDocuments(ctx context.Context, xs []*graph.Extraction) ([]graph.PutResult, error) {
	const op = "put documents"
	fps, err := graph.PrepareBatch(xs)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, s.translate(ctx, op, err)
	}
	if len(xs) == 0 {
		return []graph.PutResult{}, nil // no transaction, no sync of the file or the log
	}
	nexts := make([]*version, len(xs))
	ids := make([]any, len(xs))
	for i, x := range xs {
		if nexts[i], err = newVersion(x); err != nil {
			return nil, s.translate(ctx, op, err)
		}
		nexts[i].fingerprint = fps[i]
		ids[i] = x.Document.ID
	}
	results := make([]graph.PutResult, len(xs))
	_, err = s.executeWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		rec, err := single(ctx, tx, queryStoredDocuments, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		stored := map[string]bool{}
		for _, id := range strs(rec.Values[0]) {
			stored[id] = true
		}
		// The first of each document id not yet stored goes in the bulk
		// write; the rest follow one by one.
		var fresh, later []int
		for i, x := range xs {
			if id := x.Document.ID; stored[id] {
				later = append(later, i)
			} else {
				stored[id] = true
				fresh = append(fresh, i)
			}
		}
		if err := s.addNew(ctx, tx, nexts, fresh, results); err != nil {
			return nil, err
		}
		for _, i := range later {
			if results[i], err = s.change(ctx, tx, xs[i].Document.ID, nexts[i]); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	if err != nil {
		return nil, s.translate(ctx, op, err)
	}
	return results, nil
}

// addNew writes the versions nexts[i], i in fresh, of documents the store
// does not hold, in one read and one write statement.
func (s *Store) addNew(ctx context.Context, tx neo4j.ManagedTransaction, nexts []*version, fresh []int, results []graph.PutResult) error {
	if len(fresh) == 0 {
		return nil
	}
	vs := make([]*version, len(fresh))
	for j, i := range fresh {
		vs[j] = nexts[i]
	}
	state, err := s.readPutState(ctx, tx, "", vs)
	if err != nil {
		return err
	}
	if err := s.step(ctx, "read state"); err != nil {
		return err
	}
	w := newWrites("")
	touched := map[string]bool{}
	sums := map[string]factSummary{}
	facts := map[string]graph.Fact{}
	for j, v := range vs {
		doc := v.contribution.Document
		results[fresh[j]] = graph.PutResult{DocumentID: doc.ID, Status: graph.Added,
			Entities: doc.Entities, Relations: doc.Relations}
		w.addDocument(state, v, touched)
		if err := w.factVersions(v); err != nil {
			return err
		}
		for _, f := range v.contribution.Facts {
			sum, seen := sums[f.ID]
			switch stored, ok := state.carriers[f.ID]; {
			case seen:
				sum = addVersion(sum, f)
			case ok:
				sum = addVersion(stored, f)
			default:
				sum = summarize(f)
			}
			sums[f.ID] = sum
			if !seen {
				facts[f.ID] = f
			}
		}
	}
	for _, eid := range sortedKeys(touched) {
		if err := w.entity(eid, state.entities[eid]); err != nil {
			return err
		}
	}
	for _, fid := range sortedKeys(sums) {
		stored, ok := state.carriers[fid]
		if ok && stored == sums[fid] {
			continue
		}
		w.fact(facts[fid], sums[fid], !ok)
	}
	if _, err := tx.Run(ctx, queryPut, w.putParams(true)); err != nil {
		return err
	}
	return s.step(ctx, "wrote new versions")
}
