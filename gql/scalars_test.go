package gql

import (
	"bytes"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// TestEnumsCoverDomain checks that the schema's enums and graph's closed
// sets are the same sets, so that a type added to one is not shown as null.
func TestEnumsCoverDomain(t *testing.T) {
	for _, s := range graph.EventTypes {
		if eventType(s) == nil {
			t.Errorf("eventType %q has no EventType value in the schema", s)
		}
	}
	if len(AllEventType) != len(graph.EventTypes) {
		t.Errorf("schema has %d EventType values, graph.EventTypes %d", len(AllEventType), len(graph.EventTypes))
	}
	for _, s := range graph.PlaceTypes {
		if placeType(s) == nil {
			t.Errorf("placeType %q has no PlaceType value in the schema", s)
		}
	}
	if len(AllPlaceType) != len(graph.PlaceTypes) {
		t.Errorf("schema has %d PlaceType values, graph.PlaceTypes %d", len(AllPlaceType), len(graph.PlaceTypes))
	}
	if got := eventType("ceasefire_violation"); got == nil || *got != EventTypeCeasefireViolation {
		t.Errorf("eventType(ceasefire_violation) = %v, want CEASEFIRE_VIOLATION", got)
	}
	if eventType("") != nil || placeType("") != nil {
		t.Error("an empty type must be null")
	}
}

func TestDate(t *testing.T) {
	for _, tc := range []struct {
		in   graph.Date
		want string
	}{
		{"2018-11-12", `"2018-11-12"`},
		{"", "null"},
	} {
		var b bytes.Buffer
		MarshalDate(tc.in).MarshalGQL(&b)
		if b.String() != tc.want {
			t.Errorf("MarshalDate(%q) = %s, want %s", tc.in, b.String(), tc.want)
		}
	}
	if d, err := UnmarshalDate("2018-11-12"); err != nil || d != "2018-11-12" {
		t.Errorf("UnmarshalDate(2018-11-12) = %q, %v", d, err)
	}
	for _, bad := range []any{"2018-11-31", "12 November 2018", 20181112, nil} {
		_, err := UnmarshalDate(bad)
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("UnmarshalDate(%v) error %v, want EINVALID", bad, err)
		}
	}
}
