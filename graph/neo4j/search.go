package neo4j

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/kg/graph"
)

// searchText is what the search index of an entity node holds: the
// distinct graph.SearchTokens of its names, joined by spaces, which the
// index's whitespace analyzer splits again unchanged.
func searchText(e *graph.Entity) string {
	var tokens []string
	seen := map[string]bool{}
	for _, n := range e.Names() {
		for _, t := range graph.SearchTokens(n) {
			if !seen[t] {
				seen[t] = true
				tokens = append(tokens, t)
			}
		}
	}
	return strings.Join(tokens, " ")
}

// querySearch finds the candidates of a search in the full-text index over
// searchText, with what scoring them needs; the query string is a
// parameter, built by luceneQuery.
const querySearch = "CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e\n" +
	"WITH e WHERE e:" + labelEntity + " AND ($types IS NULL OR e.type IN $types)\n" +
	"WITH e.id AS id, e.name AS name, e.aliases AS aliases"

// Search returns the entities whose names match q, best first, then by id.
// The full-text index gives the candidates, the entities one of whose
// search tokens is a term of graph.SearchTerms or begins with its prefix;
// they are scored with graph.SearchScore in Go, as the embedded store
// scores them, and the hits kept are read whole with a second query.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	const op = "search"
	whole, prefix := graph.SearchTerms(q.Text)
	if len(whole) == 0 {
		return nil, nil
	}
	var types any
	if len(q.Types) > 0 {
		types = anys(dedupe(q.Types))
	}
	// A short prefix has thousands of candidates: they come in one record
	// (see readRows), which the driver reads many times faster than as
	// many records; a candidate is three short values.
	rows, err := s.readRows(ctx, op, querySearch, map[string]any{
		"index": SearchIndex, "query": luceneQuery(whole, prefix), "types": types}, true, "id", "name", "aliases")
	if err != nil {
		return nil, err
	}
	scorer := graph.NewSearchScorer(q.Text)
	var hits []graph.SearchHit
	for _, row := range rows {
		names := append([]string{str(row[1])}, strs(row[2])...)
		if score := scorer.Score(names); score > 0 {
			hits = append(hits, graph.SearchHit{Entity: graph.Entity{ID: str(row[0])}, Score: score})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Entity.ID < hits[j].Entity.ID
	})
	if q.Limit > 0 && len(hits) > q.Limit {
		hits = hits[:q.Limit]
	}
	if len(hits) == 0 {
		return nil, nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Entity.ID
	}
	es, err := s.Entities(ctx, graph.EntityFilter{IDs: ids, WithoutDocuments: q.WithoutDocuments})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]graph.Entity, len(es))
	for _, e := range es {
		byID[e.ID] = e
	}
	out := hits[:0]
	for _, h := range hits {
		// an entity removed between the two queries is no hit
		if e, ok := byID[h.Entity.ID]; ok {
			h.Entity = e
			out = append(out, h)
		}
	}
	return out, nil
}

// luceneQuery asks the index for the documents holding one of the terms
// whole, or a term that begins with prefix. Terms are graph's search
// tokens, letters and digits only, but every character that is not one is
// escaped all the same, so that nothing in a name is ever Lucene syntax:
// whole terms are quoted, and the prefix, which cannot be, is escaped
// character by character.
func luceneQuery(terms []string, prefix string) string {
	var parts []string
	for _, t := range terms {
		parts = append(parts, `"`+luceneEscape(t)+`"`)
	}
	if prefix != "" {
		parts = append(parts, luceneEscape(prefix)+"*")
	}
	return strings.Join(parts, " OR ")
}

func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
