package gql_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/kg/gql"
)

// TestLimits_Depth checks that an operation nested deeper than MaxDepth is
// refused before it runs, fragments included, and that introspection, which
// nests type references deeply, is not counted.
func TestLimits_Depth(t *testing.T) {
	store := MustOpenStore(t, extractionA())
	srv := MustServe(t, store, gql.Options{MaxDepth: 3})
	for _, tc := range []struct {
		name, query string
		refused     bool
	}{
		{"Three", `{ person(name: "Nasr al-Hariri") { roles { role } } }`, false},
		{"Four", `{ person(name: "Nasr al-Hariri") { roles { organization { name } } } }`, true},
		{"FourThroughFragments", `{ person(name: "Nasr al-Hariri") { ...P } }
			fragment P on Person { roles { ... on Role { organization { ...N } } } }
			fragment N on Entity { name }`, true},
		{"Introspection", `{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := post(t, srv, tc.query)
			if !tc.refused {
				if len(r.Errors) > 0 {
					t.Fatalf("errors %+v", r.Errors)
				}
				return
			}
			if r.code() != "DEPTH_LIMIT_EXCEEDED" || !contains(r.Errors[0].Message, "4 levels deep") || !contains(r.Errors[0].Message, "limit of 3") {
				t.Errorf("errors %+v, want DEPTH_LIMIT_EXCEEDED for 4 levels", r.Errors)
			}
			if string(r.Data) != "" && string(r.Data) != "null" {
				t.Errorf("data %s: a refused operation must not run", r.Data)
			}
		})
	}
	t.Run("Default", func(t *testing.T) {
		srv := MustServe(t, store, gql.Options{})
		deep := `{ person(name: "Nasr al-Hariri") { ` + strings.Repeat(`roles { holder { `, 8) + `name` + strings.Repeat(` } }`, 8) + ` } }`
		if r := post(t, srv, deep); r.code() != "DEPTH_LIMIT_EXCEEDED" {
			t.Errorf("a query 18 levels deep: errors %+v, want DEPTH_LIMIT_EXCEEDED under the default limit of %d", r.Errors, gql.DefaultMaxDepth)
		}
	})
}

// TestLimits_ComplexityFromFirst checks that a list's cost grows with its
// first: a connection of first n with a selection costing 3 (edges, node,
// name) costs 1 + 3n.
func TestLimits_ComplexityFromFirst(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t, extractionA(), extractionB()), gql.Options{ComplexityLimit: 31})
	assertData(t, post(t, srv, `{ peopleConnection(first: 10, name: "Nasr al-Hariri") { edges { node { name } } } }`),
		`{"peopleConnection": {"edges": [{"node": {"name": "Nasr al-Hariri"}}]}}`)
	r := post(t, srv, `{ peopleConnection(first: 11, name: "Nasr al-Hariri") { edges { node { name } } } }`)
	if r.code() != "COMPLEXITY_LIMIT_EXCEEDED" || !contains(r.Errors[0].Message, "complexity 34") {
		t.Errorf("errors %+v, want complexity 34 refused", r.Errors)
	}
	// Without first, a plain list costs its default of 100 items.
	r = post(t, srv, `{ people { name } }`)
	if r.code() != "COMPLEXITY_LIMIT_EXCEEDED" || !contains(r.Errors[0].Message, "complexity 101") {
		t.Errorf("errors %+v, want complexity 101 refused", r.Errors)
	}
	// A first over the maximum is the resolver's BAD_USER_INPUT, not a
	// complexity error, under the default limit.
	srv = MustServe(t, MustOpenStore(t, extractionA()), gql.Options{})
	r = post(t, srv, `{ peopleConnection(first: 1000) { totalCount } }`)
	if r.code() != "BAD_USER_INPUT" || !contains(r.Errors[0].Message, "first must be from 0 to 100, not 1000") {
		t.Errorf("errors %+v, want BAD_USER_INPUT", r.Errors)
	}
}
