package embedded

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestLeadingObject(t *testing.T) {
	for _, c := range []struct {
		name, raw, want string
	}{
		{"record", `{"entity":{"id":"x","aliases":["a","b"]},"lead":"AA=="}`, `{"id":"x","aliases":["a","b"]}`},
		{"braces and quotes in strings", `{"entity":{"name":"a } \" ] {"},"lead":"}"}`, `{"name":"a } \" ] {"}`},
		{"escaped backslash before a quote", `{"entity":{"name":"a\\"},"x":1}`, `{"name":"a\\"}`},
		{"nested", `{"entity":{"a":{"b":[{"c":1}]}},"x":{}}`, `{"a":{"b":[{"c":1}]}}`},
		{"other first field", `{"lead":"x","entity":{"id":"x"}}`, ""},
		{"not an object", `{"entity":null}`, ""},
		{"unterminated", `{"entity":{"id":"x"`, ""},
		{"prefix only", `{"entity":`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := string(leadingObject([]byte(c.raw), entityRecordStart)); got != c.want {
				t.Errorf("leadingObject(%s) = %s, want %s", c.raw, got, c.want)
			}
		})
	}
}

// TestDecodeEntity checks the shortcut against a decode of the whole record,
// for records json.Marshal writes of entities with awkward names.
func TestDecodeEntity(t *testing.T) {
	for _, e := range []graph.Entity{
		{ID: "person:a", Type: graph.Person, Name: `Ali "the Brace" }{`, Aliases: []string{`\`, "]"}},
		{ID: "meeting:m", Type: graph.Meeting, Name: "Session", Session: 7, Start: "2020-01-02", End: "2020-01-03"},
		{ID: "place:p", Type: graph.Place, Name: "Ḥalab\u2028", PlaceType: "city"},
	} {
		raw, err := json.Marshal(entityRecord{Entity: e, Lead: []byte("2020\x00doc}"),
			Sources: map[string][]byte{"name": []byte(`"}`)}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeEntity(e.ID, raw)
		if err != nil {
			t.Fatalf("decodeEntity(%s): %v", raw, err)
		}
		if !reflect.DeepEqual(got, e) {
			t.Errorf("decodeEntity(%s) = %+v, want %+v", raw, got, e)
		}
	}
}
