package gql_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestSchema_Conventions reads the schema through introspection and checks
// the team's conventions: every type, field, argument and enum value is
// described; types are PascalCase, fields and arguments camelCase, enum
// values in capitals.
func TestSchema_Conventions(t *testing.T) {
	r := post(t, fixtureServer(t), `{ __schema { types {
		name kind description
		fields { name description args { name description } }
		inputFields { name description }
		enumValues { name description } } } }`)
	var data struct {
		Schema struct {
			Types []struct {
				Name, Kind, Description string
				Fields                  []struct {
					Name, Description string
					Args              []struct{ Name, Description string }
				}
				InputFields []struct{ Name, Description string }
				EnumValues  []struct{ Name, Description string }
			}
		} `json:"__schema"`
	}
	decodeData(t, r, &data)

	var (
		pascal = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
		camel  = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)
		caps   = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	)
	ours := 0
	for _, typ := range data.Schema.Types {
		if strings.HasPrefix(typ.Name, "__") || builtin[typ.Name] {
			continue
		}
		ours++
		if !pascal.MatchString(typ.Name) {
			t.Errorf("type %s is not PascalCase", typ.Name)
		}
		if strings.TrimSpace(typ.Description) == "" {
			t.Errorf("type %s has no description", typ.Name)
		}
		for _, f := range typ.Fields {
			if !camel.MatchString(f.Name) {
				t.Errorf("field %s.%s is not camelCase", typ.Name, f.Name)
			}
			if strings.TrimSpace(f.Description) == "" {
				t.Errorf("field %s.%s has no description", typ.Name, f.Name)
			}
			for _, a := range f.Args {
				if !camel.MatchString(a.Name) || strings.TrimSpace(a.Description) == "" {
					t.Errorf("argument %s.%s(%s) is not camelCase or has no description", typ.Name, f.Name, a.Name)
				}
			}
		}
		for _, f := range typ.InputFields {
			if !camel.MatchString(f.Name) || strings.TrimSpace(f.Description) == "" {
				t.Errorf("input field %s.%s is not camelCase or has no description", typ.Name, f.Name)
			}
		}
		for _, v := range typ.EnumValues {
			if !caps.MatchString(v.Name) || strings.TrimSpace(v.Description) == "" {
				t.Errorf("enum value %s.%s is not in capitals or has no description", typ.Name, v.Name)
			}
		}
	}
	// Query, Mutation, Node, Entity, seven entity types, Role, Condemnation,
	// Relationship, Evidence, Document, Date, PlaceType, EventType,
	// EntityType, RelationType, CommuniqueInput, IngestResult, IngestStatus,
	// SearchHit, PageInfo, a connection and an edge type for each of nine
	// lists, TimelineConnection, TimelineEdge, TimelineEntry,
	// TimelineDateKind, Path, Graph, GraphNode, GraphEdge, Tenure,
	// TenureBound.
	if ours != 54 {
		t.Errorf("schema has %d types of its own, want 54", ours)
	}
}

// builtin are the scalars every GraphQL schema has.
var builtin = map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}
