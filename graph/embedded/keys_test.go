package embedded

import (
	"bytes"
	"math"
	"reflect"
	"sort"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// The merged records are derived from the order of keys alone: the first
// observation of a fact is its earliest, the last confidence key its highest.
// These tests check that the key parts sort as the values they encode.

func TestConfidenceKeyOrder(t *testing.T) {
	values := []float64{math.Inf(-1), -1, -0.5, -1e-300, 0, 1e-300, 0.05, 0.1, 0.5, 0.55, 0.9, 0.95, 1, 2, math.Inf(1)}
	var keys []string
	for _, v := range values {
		k := confidenceKey(v)
		got, err := confidenceOfKey(k)
		if err != nil || got != v {
			t.Errorf("confidenceOfKey(confidenceKey(%v)) = %v, %v", v, got, err)
		}
		keys = append(keys, k)
	}
	if !sort.StringsAreSorted(keys) {
		t.Errorf("confidence keys do not sort as the numbers do: %q", keys)
	}
	for _, bad := range []string{"", "xyz", "00000000000000000", "0000000000000g00"} {
		if _, err := confidenceOfKey(bad); err == nil {
			t.Errorf("confidenceOfKey(%q) succeeded", bad)
		}
	}
}

func TestDateKeyOrder(t *testing.T) {
	// graph.MergeFacts and graph.MergeEntities put undated documents last.
	dates := []graph.Date{"1999-12-31", "2019-01-10", "2019-01-11", "2020-02-01", ""}
	var keys [][]byte
	for _, d := range dates {
		if got := dateOfKey(dateKey(d)); got != d {
			t.Errorf("dateOfKey(dateKey(%q)) = %q", d, got)
		}
		// as the part of a key before a document id
		keys = append(keys, key("fact:x", dateKey(d), "document:a"))
	}
	if !sort.SliceIsSorted(keys, func(i, j int) bool { return bytes.Compare(keys[i], keys[j]) < 0 }) {
		t.Errorf("date keys do not sort dated first, by day, then undated: %q", keys)
	}
}

func TestSplitKey(t *testing.T) {
	for _, parts := range [][]string{
		{"a"},
		{"entity:x", "digest", "2019-01-10", "document:a"},
		{"", "a\x00b", "\x01", "\x01\x02\x00", ""},
		{"fact:x", undated, "document:\xffz", "000001"},
	} {
		if got := splitKey(key(parts...)); !reflect.DeepEqual(got, parts) {
			t.Errorf("splitKey(key(%q)) = %q", parts, got)
		}
	}
}
