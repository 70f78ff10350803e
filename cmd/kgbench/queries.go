package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// A query kind is one GraphQL query the benchmark sends, with variables
// drawn from the entities of the store.
type queryKind struct {
	name  string
	query string
	// vars draws one request's variables; nil when the sample has nothing
	// to ask about (no organisations, say).
	vars func(r *rand.Rand, s *sample, o queryOptions) map[string]any
}

// queryOptions are the arguments of the traversals that flags set.
type queryOptions struct {
	maxHops, depth, limit int
}

// queryKinds are the kinds --queries names, in the order they run by
// default. search, nested, path and neighborhood are issue 5's; lookup, a
// node by id, is the floor that HTTP and GraphQL cost alone.
var queryKinds = []queryKind{
	{
		name: "search",
		query: `query($q: String!) {
  search(query: $q, first: 10) { score entity { id name __typename } }
}`,
		vars: func(r *rand.Rand, s *sample, _ queryOptions) map[string]any {
			return map[string]any{"q": searchText(r, s.all[r.IntN(len(s.all))].Name)}
		},
	},
	{
		// Three levels of lists: the organisation's office holders, each
		// holder's roles, each role's organisation.
		name: "nested",
		query: `query($name: String!) {
  organization(name: $name) {
    name
    officeHolders { role holder { name roles { role organization { id name } } } }
  }
}`,
		vars: func(r *rand.Rand, s *sample, _ queryOptions) map[string]any {
			if len(s.orgs) == 0 {
				return nil
			}
			return map[string]any{"name": s.orgs[r.IntN(len(s.orgs))].Name}
		},
	},
	{
		name: "path",
		query: `query($from: ID!, $to: ID!, $maxHops: Int!) {
  path(from: $from, to: $to, maxHops: $maxHops) { length nodes { id name } relationships { id type } }
}`,
		vars: func(r *rand.Rand, s *sample, o queryOptions) map[string]any {
			return map[string]any{"from": s.all[r.IntN(len(s.all))].ID, "to": s.all[r.IntN(len(s.all))].ID, "maxHops": o.maxHops}
		},
	},
	{
		name: "neighborhood",
		query: `query($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(ids: [$id], depth: $depth, limit: $limit) {
    nodes { id label name type }
    edges { id source target type }
    truncated
  }
}`,
		vars: func(r *rand.Rand, s *sample, o queryOptions) map[string]any {
			return map[string]any{"id": s.all[r.IntN(len(s.all))].ID, "depth": o.depth, "limit": o.limit}
		},
	},
	{
		name:  "lookup",
		query: `query($id: ID!) { node(id: $id) { id ... on Entity { name aliases } } }`,
		vars: func(r *rand.Rand, s *sample, _ queryOptions) map[string]any {
			return map[string]any{"id": s.all[r.IntN(len(s.all))].ID}
		},
	},
}

func kindNamed(name string) (queryKind, bool) {
	for _, k := range queryKinds {
		if k.name == name {
			return k, true
		}
	}
	return queryKind{}, false
}

// sample is what the queries ask about: every entity of the store, and its
// organisations apart.
type sample struct {
	all, orgs []graph.Entity
}

func newSample(entities []graph.Entity) *sample {
	s := &sample{all: entities}
	for _, e := range entities {
		if e.Type == graph.Organization {
			s.orgs = append(s.orgs, e)
		}
	}
	return s
}

// bodies marshals n requests of a kind ahead of the measurement, so that
// the clients, which share the machine with the server, spend little on
// each request.
func bodies(k queryKind, s *sample, o queryOptions, n int, seed uint64) ([][]byte, error) {
	r := rand.New(rand.NewPCG(seed, 0x6b67))
	out := make([][]byte, 0, n)
	for range n {
		vars := k.vars(r, s, o)
		if vars == nil {
			return nil, fmt.Errorf("%s: the store has nothing to ask about", k.name)
		}
		b, err := json.Marshal(map[string]any{"query": k.query, "variables": vars})
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// searchText is what a user types to find an entity: a word of its name,
// the start of one, two words, or the whole name in lower case without its
// diacritics.
func searchText(r *rand.Rand, name string) string {
	var words []string
	for _, w := range strings.Fields(name) {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "al-"), "el-")
		switch strings.ToLower(w) {
		case "of", "the", "in", "on", "and", "session":
			continue
		}
		if len(w) >= 3 {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return name
	}
	w := words[r.IntN(len(words))]
	switch r.IntN(4) {
	case 0:
		return w
	case 1:
		runes := []rune(w)
		return string(runes[:min(len(runes), 3+r.IntN(3))])
	case 2:
		if len(words) > 1 {
			i := r.IntN(len(words) - 1)
			return words[i] + " " + words[i+1]
		}
		return w
	}
	return strings.ToLower(graph.Fold(name))
}
