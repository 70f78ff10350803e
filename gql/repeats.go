package gql

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// MaxRepeats is how many times one selection may ask for the same response
// name (a field, or an alias): gqlparser's validation compares every pair
// of fields that share a name, so a query of 2,000 tokens that repeats one
// field took 0.2 s to validate, and anyone can send one.
const MaxRepeats = 20

// repeatLimit refuses, before validation, a query that asks for one
// response name more than MaxRepeats times in one selection (inline
// fragments included). It parses the query once more for that, which costs
// time linear in the query (bounded by the token limit); a query the cache
// holds has passed already.
type repeatLimit struct {
	tokens int
	cache  graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = repeatLimit{}

func (repeatLimit) ExtensionName() string                   { return "RepeatLimit" }
func (repeatLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l repeatLimit) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if _, ok := l.cache.Get(ctx, p.Query); ok {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, l.tokens)
	if err != nil {
		return nil // gqlgen's own parse reports it
	}
	for _, op := range doc.Operations {
		if e := checkRepeats(op.SelectionSet); e != nil {
			return e
		}
	}
	for _, f := range doc.Fragments {
		if e := checkRepeats(f.SelectionSet); e != nil {
			return e
		}
	}
	return nil
}

// checkRepeats checks set and every selection set under it.
func checkRepeats(set ast.SelectionSet) *gqlerror.Error {
	counts := map[string]int{}
	var count func(ast.SelectionSet) *gqlerror.Error
	count = func(set ast.SelectionSet) *gqlerror.Error {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				name := s.Alias
				if name == "" {
					name = s.Name
				}
				if counts[name]++; counts[name] > MaxRepeats {
					err := gqlerror.ErrorPosf(s.Position, "%q is asked for more than %d times in one selection", name, MaxRepeats)
					errcode.Set(err, errcode.ValidationFailed)
					return err
				}
				if e := checkRepeats(s.SelectionSet); e != nil {
					return e
				}
			case *ast.InlineFragment:
				if e := count(s.SelectionSet); e != nil {
					return e
				}
			}
		}
		return nil
	}
	return count(set)
}
