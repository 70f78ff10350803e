package embedded

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// TestDecodeEdgeMatchesJSON checks that decodeEdge reads fact records as
// json.Unmarshal does, for records as the store writes them, with ids and
// names that need escapes or are not ASCII, and for records it must hand
// over to json.Unmarshal.
func TestDecodeEdgeMatchesJSON(t *testing.T) {
	plain := []string{"", "council", "Ayşe", "O'Brien", "مجلس", "é\u0301", "Fed:or"}
	escaped := []string{`say "no"`, `back\slash`, "a<b>&c", "line\nbreak", "tab\t", "\u2028", "\x00nul", "\x01", "\xff"}
	rng := rand.New(rand.NewPCG(7, 11))
	pick := picker(rng, plain, escaped)
	fast := 0
	for i := range 3000 {
		f := graph.Fact{ID: fmt.Sprintf("fact:%d:", i) + pick(), Type: graph.RelationType(pick()), From: pick(),
			To: pick(), Role: pick(), Concerning: pick(), FirstSeen: graph.Date(pick()),
			Confidence: rng.Float64()}
		raw, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		var want, got, probe edgeRecord
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if err := decodeEdge(raw, &got); err != nil {
			t.Fatalf("decodeEdge(%s): %v", raw, err)
		}
		if got != want {
			t.Fatalf("decodeEdge(%s) = %+v, want %+v", raw, got, want)
		}
		if readFlatEdge(raw, &probe) {
			fast++
		}
	}
	if fast < 100 {
		t.Errorf("only %d of 3000 records were read without json.Unmarshal", fast)
	}
	// Records the fast path must leave to json.Unmarshal, whose answer (an
	// error, or the record) decodeEdge then gives.
	for _, raw := range []string{
		``, `{`, `[]`, `{"id":"a"`, `{"id":"a",}`, `{"id":"a"} x`, `{"id":1}`, `{"id":"a","observations":[]}`,
		`{"id":"a","x":{"y":"z"}}`, `{"id":"a\u0062"}`, `{"id" "a"}`, `{"ID":"a"}`, `{"iD":"a","To":"b"}`, `{"Role":"r","id":"a"}`, `{"id":"a","id":"b"}`,
		` { "id" : "a" , "to" : "b" } `, `{}`, `{"confidence":0.5,"from":"x"}`,
	} {
		var want, got edgeRecord
		werr := json.Unmarshal([]byte(raw), &want)
		gerr := decodeEdge([]byte(raw), &got)
		if (werr == nil) != (gerr == nil) || werr == nil && got != want {
			t.Errorf("decodeEdge(%s) = %+v, %v; json.Unmarshal gives %+v, %v", raw, got, gerr, want, werr)
		}
	}
}

// TestDecodeFactMatchesJSON checks decodeFact against json.Unmarshal as
// TestDecodeEdgeMatchesJSON checks decodeEdge: records as the store writes
// them, and records the fast path must hand over.
func TestDecodeFactMatchesJSON(t *testing.T) {
	plain := []string{"", "council", "Ayşe", "O'Brien", "مجلس", "2019-01-10", "Fed:or"}
	escaped := []string{`say "no"`, `back\slash`, "a<b>&c", "line\nbreak", "\u2028", "\x00nul", "\xff"}
	rng := rand.New(rand.NewPCG(3, 5))
	pick := picker(rng, plain, escaped)
	fast := 0
	for i := range 3000 {
		f := graph.Fact{ID: fmt.Sprintf("fact:%d:", i) + pick(), Type: graph.RelationType(pick()), From: pick(),
			To: pick(), Role: pick(), Concerning: pick(), FirstSeen: graph.Date(pick()), LastSeen: graph.Date(pick()),
			Confidence: []float64{0, 1, rng.Float64(), 1e-7, 0.95}[rng.IntN(5)]}
		raw, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		var want, got, probe graph.Fact
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if err := decodeFact(raw, &got); err != nil {
			t.Fatalf("decodeFact(%s): %v", raw, err)
		}
		if fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", want) {
			t.Fatalf("decodeFact(%s) = %+v, want %+v", raw, got, want)
		}
		if readFlatFact(raw, &probe) {
			fast++
		}
	}
	if fast < 100 {
		t.Errorf("only %d of 3000 records were read without json.Unmarshal", fast)
	}
	for _, raw := range []string{
		``, `{`, `{"id":"a"`, `{"id":1}`, `{"confidence":"high"}`, `{"confidence":true}`, `{"confidence":null,"id":"a"}`,
		`{"id":"a","observations":[{"document":"d"}]}`, `{"id":"a","observations":null}`, `{"Role":"r"}`, `{"CONFIDENCE":2}`,
		`{"confidence":1e3,"lastSeen":"2020-01-01"}`, `{"confidence":-0.5}`, `{}`, `{"x":{"y":1}}`,
	} {
		var want, got graph.Fact
		werr := json.Unmarshal([]byte(raw), &want)
		gerr := decodeFact([]byte(raw), &got)
		if (werr == nil) != (gerr == nil) || werr == nil && fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", want) {
			t.Errorf("decodeFact(%s) = %+v, %v; json.Unmarshal gives %+v, %v", raw, got, gerr, want, werr)
		}
	}
}

// BenchmarkDecodeFact compares decodeFact with json.Unmarshal on a fact
// record as the store writes it.
func BenchmarkDecodeFact(b *testing.B) {
	raw, _ := json.Marshal(graph.Fact{ID: "fact:holds_role:4d611faadbca4f45", Type: graph.HoldsRole,
		From: "person:nasr-al-hariri", To: "organization:syrian-coalition", Role: "President",
		FirstSeen: "2018-11-12", LastSeen: "2020-11-23", Confidence: 0.93})
	b.Run("decodeFact", func(b *testing.B) {
		for b.Loop() {
			var f graph.Fact
			if err := decodeFact(raw, &f); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json.Unmarshal", func(b *testing.B) {
		for b.Loop() {
			var f graph.Fact
			if err := json.Unmarshal(raw, &f); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// picker returns a generator of test strings: two plain ones joined, and
// one time in thirty an escaped one after them, which the shortcuts of the
// decoders must hand over to json.Unmarshal.
func picker(rng *rand.Rand, plain, escaped []string) func() string {
	return func() string {
		s := plain[rng.IntN(len(plain))] + plain[rng.IntN(len(plain))]
		if rng.IntN(30) == 0 {
			s += escaped[rng.IntN(len(escaped))]
		}
		return s
	}
}
