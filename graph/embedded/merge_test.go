package embedded

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// The store merges entities from one version per distinct content, and adds
// a new document's fact version to the stored fact. These tests check both
// shortcuts against graph's merge of every version, over random documents.

func TestMergeEntityMatchesGraph(t *testing.T) {
	pool := []graph.Entity{
		{ID: "person:x", Type: graph.Person, Name: "Ann Example", Aliases: []string{"A. Example"}},
		{ID: "person:x", Type: graph.Person, Name: "Ann Example"},
		{ID: "person:x", Type: graph.Person, Name: "Anne Exemple", Aliases: []string{"Ann Example"}},
		{ID: "person:x", Type: graph.Person, Name: "Ann Example", Start: "2019-01-01"},
		{ID: "person:x", Type: graph.Person, Name: "Example", Date: "2018-03-01", EventType: "other"},
	}
	dates := []graph.Date{"", "2018-01-01", "2018-06-01", "2019-02-02"}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		n := 1 + rng.IntN(12)
		var all []graph.Entity
		var refs []versionRef
		published := map[string]graph.Date{}
		digests := map[string]graph.Entity{}
		for d := range n {
			doc := fmt.Sprintf("document:%02d", rng.IntN(40)*100+d) // unique, in random order
			k := rng.IntN(len(pool))
			v := pool[k]
			v.Documents = []string{doc}
			all = append(all, v)
			published[doc] = dates[rng.IntN(len(dates))]
			digest := fmt.Sprint(k)
			digests[digest] = pool[k]
			refs = append(refs, versionRef{doc: doc, published: published[doc], digest: digest})
		}
		want := graph.MergeEntities(all, published)
		got, err := mergeEntity(refs, func(digest string) (graph.Entity, error) { return digests[digest], nil })
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: mergeEntity = %+v\nMergeEntities = %+v", round, got, want)
		}
	}
}

func TestAddFactVersionMatchesGraph(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	roles := []string{"President", "president", "PRESIDENT"}
	dates := []graph.Date{"", "2018-01-01", "2018-06-01", "2019-02-02"}
	for round := range 300 {
		n := 1 + rng.IntN(10)
		var versions []graph.Fact
		for d := range n {
			doc := fmt.Sprintf("document:%02d", rng.IntN(40)*100+d)
			pub := dates[rng.IntN(len(dates))]
			f := graph.Fact{ID: "fact:x", Type: graph.HoldsRole, From: "person:x", To: "organization:y",
				Role: roles[rng.IntN(len(roles))]}
			for range 1 + rng.IntN(3) {
				start := rng.IntN(5) * 10
				f.Observations = append(f.Observations, graph.Observation{DocumentID: doc, Published: pub,
					Confidence: float64(rng.IntN(10)) / 10,
					Evidence:   &graph.Evidence{Start: start, End: start + 5, Text: fmt.Sprint(doc, start)}})
			}
			versions = append(versions, graph.MergeFacts([]graph.Fact{f}))
		}
		want := graph.MergeFacts(versions)
		// The store adds documents in whatever order they come.
		rng.Shuffle(len(versions), func(i, j int) { versions[i], versions[j] = versions[j], versions[i] })
		got := versions[0]
		for _, v := range versions[1:] {
			got = graph.MergeFacts([]graph.Fact{got, v})
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: merged one at a time = %+v\nall at once = %+v", round, got, want)
		}
	}
}
