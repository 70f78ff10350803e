package gql

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// depthLimit refuses, before anything runs, an operation whose selections
// nest deeper than max: gqlgen has a complexity limit but no depth limit,
// and relationship fields without `first` (roles, attendees) cost little
// each but multiply when nested again and again. Introspection is not
// counted: GraphiQL's introspection query nests type references deeply by
// design, and the schema is small and fixed.
type depthLimit struct{ max int }

// codeDepthLimit is the extensions.code of a refused operation, after
// gqlgen's COMPLEXITY_LIMIT_EXCEEDED.
const codeDepthLimit = "DEPTH_LIMIT_EXCEEDED"

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	if depth := selectionDepth(op.SelectionSet); depth > d.max {
		err := gqlerror.Errorf("operation is nested %d levels deep, more than the limit of %d", depth, d.max)
		errcode.Set(err, codeDepthLimit)
		return err
	}
	return nil
}

// depthWalker measures selection depths, each fragment's once: a
// fragment spread twice in each of L fragments is measured L times, not 2^L
// (an operation of a kilobyte could otherwise keep a core busy for minutes
// before any limit refuses it).
type depthWalker struct {
	memo map[string]int
	// expanding marks the fragments being measured; one spread again
	// inside itself counts nothing (validation rejects such cycles before
	// this runs; this only makes sure it cannot loop).
	expanding map[string]bool
}

// selectionDepth is how many levels of fields a selection set nests: a leaf
// field is one level. Fragments add no level of their own.
func selectionDepth(set ast.SelectionSet) int {
	w := depthWalker{memo: map[string]int{}, expanding: map[string]bool{}}
	return w.depth(set)
}

func (w depthWalker) depth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + w.depth(s.SelectionSet)
		case *ast.InlineFragment:
			d = w.depth(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition == nil || w.expanding[s.Name] {
				continue
			}
			var ok bool
			if d, ok = w.memo[s.Name]; !ok {
				w.expanding[s.Name] = true
				d = w.depth(s.Definition.SelectionSet)
				delete(w.expanding, s.Name)
				w.memo[s.Name] = d
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
