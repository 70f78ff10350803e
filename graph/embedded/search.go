package embedded

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
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
// are decoded whole and have their documents read.
//
// With a limit, the candidates that can score in the tiers above every
// prefix match (above 2.5: the query's NameKey is one of the entity's, or
// every query token is a token of one name) are scored first: those that
// have every token of the query (an intersection of the index's lists) and
// those with a name of the query's NameKey (the name index). When at least
// limit of them score above 2.5, no other candidate can rank among the
// first limit, and none is read.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	whole, pre := graph.SearchTerms(q.Text)
	if len(whole) == 0 {
		return nil, nil
	}
	types := set(q.Types)
	scorer := graph.NewSearchScorer(q.Text)
	var hits []searchHit
	var out []graph.SearchHit
	// found decodes the best hits whole, with their documents.
	found := func(tx *bolt.Tx) error {
		sort.Slice(hits, func(i, j int) bool {
			if hits[i].score != hits[j].score {
				return hits[i].score > hits[j].score
			}
			return bytes.Compare(hits[i].key, hits[j].key) < 0
		})
		hits = limit(hits, q.Limit)
		entities := tx.Bucket(bucketEntities)
		docs := entityDocuments(entities)
		for _, h := range hits {
			id := unescape(h.key)
			e, err := decodeEntity(id, entities.Get(h.key))
			if err != nil {
				return err
			}
			e.Documents = docs(id)
			out = append(out, graph.SearchHit{Entity: e, Score: h.score})
		}
		return nil
	}
	err := s.view(ctx, "search", func(tx *bolt.Tx) error {
		index := tx.Bucket(bucketIndexSearch)
		entities := tx.Bucket(bucketEntities)
		scored := map[string]bool{}
		n := 0
		score := func(ids [][]byte) error {
			for _, k := range ids {
				if scored[string(k)] {
					continue
				}
				scored[string(k)] = true
				if err := checkEvery(ctx, n); err != nil {
					return err
				}
				n++
				raw := entities.Get(k)
				if raw == nil {
					continue
				}
				var rec searchRecord
				if err := json.Unmarshal(raw, &rec); err != nil {
					return fmt.Errorf("entity %s: %w", unescape(k), err)
				}
				e := &rec.Entity
				if types != nil && !types[string(e.Type)] {
					continue
				}
				names := append([]string{e.Name}, e.Aliases...)
				if sc := scorer.Score(names); sc > 0 {
					hits = append(hits, searchHit{key: k, score: sc})
				}
			}
			return nil
		}
		if q.Limit > 0 {
			first := intersectPostings(index, whole)
			first = append(first, lastParts(tx.Bucket(bucketIndexName), prefix(graph.NameKey(q.Text)))...)
			if err := score(first); err != nil {
				return err
			}
			above := 0
			for _, h := range hits {
				if h.score > maxPrefixScore {
					above++
				}
			}
			if above >= q.Limit {
				return found(tx)
			}
		}
		var ids [][]byte
		for _, t := range whole {
			ids = append(ids, lastParts(index, prefix(t))...)
		}
		if pre != "" {
			// every token that begins with pre: the key part without its
			// separator is a prefix of theirs
			p := key(pre)
			c := index.Cursor()
			for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
				ids = append(ids, k[bytes.LastIndexByte(k, sep)+1:])
			}
		}
		if err := score(ids); err != nil {
			return err
		}
		return found(tx)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// maxPrefixScore is the best score graph.SearchScore gives a name that does
// not hold every query token: a tier-2 match without extra tokens.
const maxPrefixScore = 2.5

// searchHit is a scored candidate: its id escaped, as a key part.
type searchHit struct {
	key   []byte
	score float64
}

// searchRecord is what Search decodes of an entity's record to score it.
type searchRecord struct {
	Entity struct {
		Type    graph.EntityType `json:"type"`
		Name    string           `json:"name"`
		Aliases []string         `json:"aliases"`
	} `json:"entity"`
}

// intersectPostings returns the entities of the search index that have
// every one of tokens, escaped: the shortest list, checked against the
// others key by key.
func intersectPostings(index *bolt.Bucket, tokens []string) [][]byte {
	var shortest [][]byte
	for i, t := range tokens {
		l := lastParts(index, prefix(t))
		if i == 0 || len(l) < len(shortest) {
			shortest = l
		}
		if len(l) == 0 {
			return nil
		}
	}
	var out [][]byte
	for _, id := range shortest {
		all := true
		for _, t := range tokens {
			if index.Get(append(prefix(t), id...)) == nil {
				all = false
				break
			}
		}
		if all {
			out = append(out, id)
		}
	}
	return out
}

// lastParts returns the last part of every key of b under p, escaped, in
// key order; they belong to bbolt.
func lastParts(b *bolt.Bucket, p []byte) [][]byte {
	var out [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
		out = append(out, k[bytes.LastIndexByte(k, sep)+1:])
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
