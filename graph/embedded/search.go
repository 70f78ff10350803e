package embedded

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// searchIndex lists the search index entries of an entity: one per
// distinct search token of its names, each valued with what scoring needs
// (see searchValue), so that a search scores a candidate from the entry
// that found it.
func searchIndex(e *graph.Entity) []indexEntry {
	names := graph.NewSearchNames(e.Names())
	var tokens []string
	for _, ts := range names.Tokens {
		for _, t := range ts {
			if !slices.Contains(tokens, t) {
				tokens = append(tokens, t)
			}
		}
	}
	value := searchValue(e.Type, names)
	out := make([]indexEntry, 0, len(tokens))
	for _, t := range tokens {
		out = append(out, indexEntry{bucket: bucketIndexSearch, key: key(t, e.ID), value: value})
	}
	return out
}

// searchValue encodes an entity's type and prepared names as a composite
// key: the type, then for each name its NameKey, the number of its tokens
// and the tokens.
func searchValue(t graph.EntityType, n graph.SearchNames) []byte {
	parts := []string{string(t)}
	for i := range n.Keys {
		parts = append(parts, n.Keys[i], strconv.Itoa(len(n.Tokens[i])))
		parts = append(parts, n.Tokens[i]...)
	}
	return key(parts...)
}

// decodeSearchValue reads what searchValue wrote; false when v is not such
// a value.
func decodeSearchValue(v []byte) (graph.EntityType, graph.SearchNames, bool) {
	var n graph.SearchNames
	if len(v) == 0 {
		return "", n, false
	}
	parts := splitKey(v)
	t := graph.EntityType(parts[0])
	for rest := parts[1:]; len(rest) > 0; {
		if len(rest) < 2 {
			return "", n, false
		}
		count, err := strconv.Atoi(rest[1])
		if err != nil || count < 0 || count > len(rest)-2 {
			return "", n, false
		}
		n.Keys = append(n.Keys, rest[0])
		n.Tokens = append(n.Tokens, rest[2:2+count])
		rest = rest[2+count:]
	}
	return t, n, len(n.Keys) > 0
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
		docs := entityDocuments(entities, !q.WithoutDocuments)
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
		// score scores candidates from their search index values, or,
		// for those found otherwise, from their records.
		score := func(cands []searchCandidate) error {
			for _, c := range cands {
				k := c.id
				if scored[string(k)] {
					continue
				}
				scored[string(k)] = true
				if err := checkEvery(ctx, n); err != nil {
					return err
				}
				n++
				t, names, ok := decodeSearchValue(c.value)
				if !ok {
					raw := entities.Get(k)
					if raw == nil {
						continue
					}
					var rec searchRecord
					if err := json.Unmarshal(raw, &rec); err != nil {
						return fmt.Errorf("entity %s: %w", unescape(k), err)
					}
					t, names = rec.Entity.Type, graph.NewSearchNames(append([]string{rec.Entity.Name}, rec.Entity.Aliases...))
				}
				if types != nil && !types[string(t)] {
					continue
				}
				if sc := scorer.ScoreNames(names); sc > 0 {
					hits = append(hits, searchHit{key: k, score: sc})
				}
			}
			return nil
		}
		if q.Limit > 0 {
			first := intersectPostings(index, whole)
			first = append(first, searchCandidates(tx.Bucket(bucketIndexName), prefix(graph.NameKey(q.Text)))...)
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
		var cands []searchCandidate
		for _, t := range whole {
			cands = append(cands, searchCandidates(index, prefix(t))...)
		}
		if pre != "" {
			// every token that begins with pre: the key part without its
			// separator is a prefix of theirs
			cands = append(cands, searchCandidates(index, key(pre))...)
		}
		if err := score(cands); err != nil {
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
// every one of tokens: the shortest list, checked against the others key by
// key.
func intersectPostings(index *bolt.Bucket, tokens []string) []searchCandidate {
	var shortest []searchCandidate
	for i, t := range tokens {
		l := searchCandidates(index, prefix(t))
		if i == 0 || len(l) < len(shortest) {
			shortest = l
		}
		if len(l) == 0 {
			return nil
		}
	}
	var out []searchCandidate
	for _, c := range shortest {
		all := true
		for _, t := range tokens {
			if index.Get(append(prefix(t), c.id...)) == nil {
				all = false
				break
			}
		}
		if all {
			out = append(out, c)
		}
	}
	return out
}

// searchCandidate is an entity an index scan found: its id, escaped, and
// the value of the entry, which in the search index holds what scoring
// needs (see searchValue); both belong to bbolt.
type searchCandidate struct {
	id, value []byte
}

// searchCandidates returns the last part and the value of every key of b
// under p, in key order.
func searchCandidates(b *bolt.Bucket, p []byte) []searchCandidate {
	var out []searchCandidate
	c := b.Cursor()
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		out = append(out, searchCandidate{id: k[bytes.LastIndexByte(k, sep)+1:], value: v})
	}
	return out
}
