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
	if depth := selectionDepth(op.SelectionSet, map[string]bool{}); depth > d.max {
		err := gqlerror.Errorf("operation is nested %d levels deep, more than the limit of %d", depth, d.max)
		errcode.Set(err, codeDepthLimit)
		return err
	}
	return nil
}

// selectionDepth is how many levels of fields a selection set nests: a leaf
// field is one level. Fragments add no level of their own; a fragment
// already being expanded counts nothing (validation rejects such cycles
// before this runs; this only makes sure it cannot loop).
func selectionDepth(set ast.SelectionSet, expanding map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, expanding)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, expanding)
		case *ast.FragmentSpread:
			if s.Definition == nil || expanding[s.Name] {
				continue
			}
			expanding[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, expanding)
			delete(expanding, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
