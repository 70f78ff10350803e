package embedded

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSelectSmallest checks the selection against a sort, over ids with
// repeats, in random, sorted and reversed order.
func TestSelectSmallest(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, size := range []int{1, 2, 3, 10, 101, 1000} {
		for _, order := range []string{"random", "sorted", "reversed", "few distinct"} {
			xs := make([]candidate, size)
			for i := range xs {
				v := r.IntN(size * 3)
				if order == "few distinct" {
					v = r.IntN(3)
				}
				xs[i] = candidate{id: []byte(fmt.Sprintf("fact:x:%06d", v))}
			}
			byID := func(a, b candidate) int { return bytes.Compare(a.id, b.id) }
			switch order {
			case "sorted":
				slices.SortFunc(xs, byID)
			case "reversed":
				slices.SortFunc(xs, func(a, b candidate) int { return byID(b, a) })
			}
			want := slices.Clone(xs)
			slices.SortFunc(want, byID)
			for _, n := range []int{1, size / 3, size / 2, size - 1, size} {
				if n < 1 {
					continue
				}
				got := slices.Clone(xs)
				selectSmallest(got, n)
				got = got[:n]
				slices.SortFunc(got, byID)
				for i := range got {
					if !bytes.Equal(got[i].id, want[i].id) {
						t.Fatalf("%d %s ids, the %d smallest: got %s at %d, want %s", size, order, n, got[i].id, i, want[i].id)
					}
				}
			}
		}
	}
}

// TestCandidatesBound offers ids with repeats, some found twice as a fact
// with both ends scanned is, and checks that the bound smallest distinct
// ones are kept, whatever the order they come in.
func TestCandidatesBound(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for _, bound := range []int{1, 5, 40} {
		for round := range 20 {
			var ids []string
			for range 10*bound + round {
				ids = append(ids, fmt.Sprintf("fact:x:%05d", r.IntN(20*bound)))
			}
			// many repeats among the smallest on even rounds
			if round%2 == 0 {
				for i := range 3 * bound {
					ids = append(ids, fmt.Sprintf("fact:x:%05d", i%(bound+1)))
				}
			}
			r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
			c := newCandidates(bound)
			for _, id := range ids {
				c.add(candidate{id: []byte(id)})
			}
			distinct := slices.Compact(slices.Sorted(slices.Values(ids)))
			want := distinct[:min(bound, len(distinct))]
			var got []string
			for _, x := range c.sorted() {
				got = append(got, string(x.id))
			}
			if !slices.Equal(got, want) {
				t.Fatalf("bound %d, round %d: kept %q, want %q", bound, round, got, want)
			}
		}
	}
}
