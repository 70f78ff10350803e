package embedded

import (
	"bytes"
	"context"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// searchIndex lists the search index keys of an entity: one per distinct
// search token of its names.
func searchIndex(e *graph.Entity) []indexEntry {
	var tokens []string
	for _, n := range e.Names() {
		for _, t := range graph.SearchTokens(n) {
			if !contains(tokens, t) {
				tokens = append(tokens, t)
			}
		}
	}
	out := make([]indexEntry, 0, len(tokens))
	for _, t := range tokens {
		out = append(out, indexEntry{bucketIndexSearch, key(t, e.ID)})
	}
	return out
}

// Search returns the entities whose names match q, best first, then by id:
// the candidates come from the search index (graph.SearchTerms), each is
// scored with graph.SearchScore on its merged names, and only the hits kept
// have their documents read.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	whole, pre := graph.SearchTerms(q.Text)
	if len(whole) == 0 {
		return nil, nil
	}
	types := set(q.Types)
	var hits []graph.SearchHit
	err := s.view(ctx, "search", func(tx *bolt.Tx) error {
		index := tx.Bucket(bucketIndexSearch)
		var ids []string
		for _, t := range whole {
			ids = append(ids, scanLast(index, prefix(t))...)
		}
		if pre != "" {
			// every token that begins with pre: the key part without its
			// separator is a prefix of theirs
			p := key(pre)
			c := index.Cursor()
			for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
				ids = append(ids, lastPart(k))
			}
		}
		ids = dedupe(ids)
		sort.Strings(ids)
		entities := tx.Bucket(bucketEntities)
		for i, id := range ids {
			if err := checkEvery(ctx, i); err != nil {
				return err
			}
			raw := entities.Get(key(id))
			if raw == nil {
				continue
			}
			e, err := decodeEntity(id, raw)
			if err != nil {
				return err
			}
			if types != nil && !types[string(e.Type)] {
				continue
			}
			if score := graph.SearchScore(q.Text, e.Names()); score > 0 {
				hits = append(hits, graph.SearchHit{Entity: e, Score: score})
			}
		}
		sortHits(hits)
		hits = limit(hits, q.Limit)
		docs := entityDocuments(entities)
		for i := range hits {
			hits[i].Entity.Documents = docs(hits[i].Entity.ID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return hits, nil
}

// sortHits orders hits as graph.SearchHit promises: by score, best first,
// then by entity id.
func sortHits(hits []graph.SearchHit) {
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Entity.ID < hits[j].Entity.ID
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
