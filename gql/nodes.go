package gql

import (
	"context"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Node is the GraphQL interface Node: anything with a global id. The global
// id is the store's id unchanged; it names its kind by its prefix, which is
// how node(id:) knows where to look (see nodeKindOf).
type Node interface {
	nodeID() string
}

// The GraphQL types over store facts. Each is a graph.Fact, so their fields
// bind to graph.Fact's and a conversion costs nothing; they are distinct Go
// types because gqlgen tells the types of the Node interface apart by a Go
// type switch.
type (
	// Role is the GraphQL type Role: a HOLDS_ROLE fact.
	Role graph.Fact
	// Condemnation is the GraphQL type Condemnation: a CONDEMNED fact.
	Condemnation graph.Fact
	// Relationship is the GraphQL type Relationship: a fact of any type.
	Relationship graph.Fact
)

// Document is the GraphQL type Document: a stored communiqué.
type Document graph.Document

func (f Role) nodeID() string         { return f.ID }
func (f Condemnation) nodeID() string { return f.ID }
func (f Relationship) nodeID() string { return f.ID }
func (d Document) nodeID() string     { return d.ID }

// factTypes are the Go types over graph.Fact.
type factTypes interface {
	Role | Condemnation | Relationship
}

// factsAs converts the facts a helper returned, and passes its error on, so
// that a resolver stays one line.
func factsAs[T factTypes](fs []graph.Fact, err error) ([]T, error) {
	if err != nil {
		return nil, err
	}
	out := make([]T, len(fs))
	for i, f := range fs {
		out[i] = T(f)
	}
	return out, nil
}

// documentsAs converts stored documents, passing an error on.
func documentsAs(ds []graph.Document, err error) ([]Document, error) {
	if err != nil {
		return nil, err
	}
	out := make([]Document, len(ds))
	for i, d := range ds {
		out[i] = Document(d)
	}
	return out, nil
}

// asFactNode wraps a fact in the GraphQL type of its relation type.
func asFactNode(f graph.Fact) Node {
	switch f.Type {
	case graph.HoldsRole:
		return Role(f)
	case graph.Condemned:
		return Condemnation(f)
	}
	return Relationship(f)
}

// nodeKind is where a global id points.
type nodeKind uint8

const (
	unknownKind nodeKind = iota
	entityKind
	documentKind
	factKind
)

// The prefixes of the ids that are not entity ids.
const (
	documentPrefix = "document:"
	factPrefix     = "fact:"
)

// nodeKindOf tells the kind of node a global id names by its prefix.
func nodeKindOf(id string) nodeKind {
	switch {
	case strings.HasPrefix(id, documentPrefix):
		return documentKind
	case strings.HasPrefix(id, factPrefix):
		return factKind
	case graph.IDType(id) != "":
		return entityKind
	}
	return unknownKind
}

// MaxNodeIDs is the most ids Query.nodes takes.
const MaxNodeIDs = 100

// nodes returns the nodes with the given global ids, in their order, nil
// for ids that nothing has: one store read for each kind of id among them.
// The entities read are remembered for the rest of the operation.
func (r *Resolver) nodes(ctx context.Context, ids []string) ([]Node, error) {
	if len(ids) > MaxNodeIDs {
		return nil, graph.Errorf(graph.EINVALID, "nodes takes at most %d ids, not %d", MaxNodeIDs, len(ids))
	}
	byKind := map[nodeKind][]string{}
	for _, id := range ids {
		k := nodeKindOf(id)
		byKind[k] = append(byKind[k], id)
	}
	found := make(map[string]Node, len(ids))
	if want := dedupe(byKind[entityKind]); len(want) > 0 {
		es, err := r.store.Entities(ctx, graph.EntityFilter{IDs: want, WithoutDocuments: true})
		if err != nil {
			return nil, err
		}
		rd := readsFrom(ctx, r.store)
		for _, e := range es {
			rd.entities.Prime(e.ID, e)
			n, err := asEntity(e)
			if err != nil {
				return nil, err
			}
			found[e.ID] = n
		}
	}
	if want := dedupe(byKind[documentKind]); len(want) > 0 {
		ds, err := r.store.Documents(ctx, graph.DocumentFilter{IDs: want})
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			found[d.ID] = Document(d)
		}
	}
	if want := dedupe(byKind[factKind]); len(want) > 0 {
		fs, err := r.store.Facts(ctx, graph.FactFilter{IDs: want})
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			found[f.ID] = asFactNode(f)
		}
	}
	out := make([]Node, len(ids))
	for i, id := range ids {
		out[i] = found[id] // nil when nothing has the id
	}
	return out, nil
}

// node returns the node with the given global id; none is ENOTFOUND.
func (r *Resolver) node(ctx context.Context, id string) (Node, error) {
	ns, err := r.nodes(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if ns[0] == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "no node has the id %q", id)
	}
	return ns[0], nil
}

// entityNamed returns the one entity of the given type (any when nil) that
// name designates.
func (r *Resolver) entityNamed(ctx context.Context, name string, t *graph.EntityType) (Entity, error) {
	types := graph.EntityTypes
	if t != nil {
		types = []graph.EntityType{*t}
	}
	e, err := readsFrom(ctx, r.store).one(ctx, name, types...)
	if err != nil {
		return nil, err
	}
	return asEntity(e)
}

// readEntities reads the entities with the given ids, by id, and primes the
// operation's loader with them. Ids that no entity has are left out.
func (r *Resolver) readEntities(ctx context.Context, ids []string) (map[string]graph.Entity, error) {
	es, err := r.store.Entities(ctx, graph.EntityFilter{IDs: dedupe(ids), WithoutDocuments: true})
	if err != nil {
		return nil, err
	}
	rd := readsFrom(ctx, r.store)
	byID := make(map[string]graph.Entity, len(es))
	for _, e := range es {
		byID[e.ID] = e
		rd.entities.Prime(e.ID, e)
	}
	return byID, nil
}

// entitiesExist is readEntities that returns ENOTFOUND naming the first id
// of must that no entity has.
func (r *Resolver) entitiesExist(ctx context.Context, ids []string, must ...string) (map[string]graph.Entity, error) {
	byID, err := r.readEntities(ctx, ids)
	if err != nil {
		return nil, err
	}
	if len(must) == 0 {
		must = ids
	}
	for _, id := range must {
		if _, ok := byID[id]; !ok {
			return nil, graph.Errorf(graph.ENOTFOUND, "no entity has the id %q", id)
		}
	}
	return byID, nil
}
