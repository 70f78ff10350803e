package embedded

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
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

// TestDecodeEntityMatchesJSON checks readFlatEntity against json.Unmarshal:
// entity objects as the store writes them, most of which it must read
// itself, and objects it must hand over or read the same.
func TestDecodeEntityMatchesJSON(t *testing.T) {
	plain := []string{"", "council", "Ayşe", "O'Brien", "مجلس", "2019-01-10", "Fed:or", "aliases"}
	escaped := []string{`x":`, `say "no"`, `back\slash`, "a<b>&c", "line\nbreak", "\u2028", "\x00nul", "\xff"}
	rng := rand.New(rand.NewPCG(7, 11))
	pick := picker(rng, plain, escaped)
	picks := func() []string {
		var out []string
		for range rng.IntN(4) {
			out = append(out, pick())
		}
		return out
	}
	fast := 0
	for i := range 3000 {
		e := graph.Entity{ID: fmt.Sprintf("person:%d:", i) + pick(), Type: graph.EntityType(pick()), Name: pick(),
			Aliases: picks(), PlaceType: pick(), Session: []int{0, 1, 7, -3, 1 << 40}[rng.IntN(5)],
			Start: graph.Date(pick()), End: graph.Date(pick()), Date: graph.Date(pick()), EventType: pick(), Documents: picks()}
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var want, got graph.Entity
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if readFlatEntity(raw, &got) {
			fast++
			if fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", want) {
				t.Fatalf("readFlatEntity(%s) = %#v, want %#v", raw, got, want)
			}
		}
	}
	if fast < 1000 {
		t.Errorf("only %d of 3000 objects were read without json.Unmarshal", fast)
	}
	for _, raw := range []string{
		``, `{`, `{"id":"a"`, `{"id":1}`, `{"session":"7"}`, `{"session":1.5}`, `{"session":1e2}`, `{"session":+1}`,
		`{"session":007}`, `{"session":-0}`, `{"session":null,"id":"a"}`, `{"aliases":null}`, `{"aliases":[]}`,
		`{"aliases":["a",1]}`, `{"aliases":["a"],"aliases":["b"]}`, `{"Aliases":"x"}`, `{"ALIASES":["x"]}`,
		`{"aliases":["a"]}`, `{"id":"a","aliases":["b","c"],"name":"n"}`, `{"name":"n","aliases":["b"]}`,
		`{"documents":["d1","d2"],"aliases":["a"]}`, `{"aliases":["a\"b"]}`, `{"aliases":["a"]`, `{"aliases":["a"}`,
		`{"Session":2}`, `{"x":{"aliases":["a"]}}`, `{"x":"aliases"}`, `{}`, `{"aliases":[ "a" ]}`,
	} {
		var want, got graph.Entity
		werr := json.Unmarshal([]byte(raw), &want)
		if !readFlatEntity([]byte(raw), &got) {
			continue // json.Unmarshal's to read, as decodeEntity does
		}
		if werr != nil || fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", want) {
			t.Errorf("readFlatEntity(%s) = %#v; json.Unmarshal gives %#v, %v", raw, got, want, werr)
		}
	}
}
