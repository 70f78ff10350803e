package gql

import (
	"fmt"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/actorgraph/kg/graph"
)

// MarshalDate writes the scalar Date: the ISO day, or null for the empty
// Date that means no source gives one.
func MarshalDate(d graph.Date) graphql.Marshaler {
	if d == "" {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(string(d)))
	})
}

// UnmarshalDate reads the scalar Date from an argument: a yyyy-mm-dd string,
// and nothing else, so that "2018-11-31" is an error rather than a guess.
func UnmarshalDate(v any) (graph.Date, error) {
	s, ok := v.(string)
	if !ok {
		return "", graph.Errorf(graph.EINVALID, "a Date is a yyyy-mm-dd string, not %v", describe(v))
	}
	return graph.ParseDate(s)
}

// describe names a decoded JSON value for an error message.
func describe(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return fmt.Sprintf("the boolean %v", v)
	case string:
		return fmt.Sprintf("the string %q", v)
	default:
		return fmt.Sprintf("%v (%T)", v, v)
	}
}
