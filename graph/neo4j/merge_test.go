package neo4j

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// TestAddVersion checks that folding documents' versions of a fact into a
// summary one at a time, in any order, gives the summary of
// graph.MergeFacts over all of them: the store keeps the summary on the
// fact's carrier without reading every version on each write.
func TestAddVersion(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	dates := []graph.Date{"", "2018-01-05", "2018-01-05", "2019-07-01", "2020-02-29"}
	roles := []string{"President", "president", "PRESIDENT", "President "}
	for trial := 0; trial < 500; trial++ {
		n := 1 + r.Intn(6)
		var versions []graph.Fact
		for i := 0; i < n; i++ {
			doc := fmt.Sprintf("document:%c", 'a'+r.Intn(26))
			for j := range versions {
				if versions[j].Observations[0].DocumentID == doc {
					doc += fmt.Sprint(i) // one version per document
				}
			}
			x := &graph.Extraction{Document: graph.DocumentMeta{ID: doc, Title: doc, Published: dates[r.Intn(len(dates))]},
				Entities: []graph.Entity{{ID: "person:p", Type: graph.Person, Name: "P"},
					{ID: "organization:o", Type: graph.Organization, Name: "O"}}}
			for k := 0; k <= r.Intn(3); k++ {
				rel := graph.Relation{Type: graph.HoldsRole, From: "person:p", To: "organization:o",
					Role: roles[r.Intn(len(roles))], Confidence: float64(r.Intn(10)) / 10}
				if r.Intn(4) > 0 {
					start := r.Intn(500)
					rel.Evidence = &graph.Evidence{Start: start, End: start + 10, Text: "s"}
				}
				x.Relations = append(x.Relations, rel)
			}
			versions = append(versions, graph.Contribute(x).Facts[0])
		}
		want := summarize(graph.MergeFacts(versions))
		order := r.Perm(n)
		got := summarize(versions[order[0]])
		for _, i := range order[1:] {
			got = addVersion(got, versions[i])
		}
		if got != want {
			t.Fatalf("trial %d: folding %d versions in order %v gives %+v, MergeFacts gives %+v", trial, n, order, got, want)
		}
	}
}

// TestMergeVersions checks that merging only the earliest document of each
// distinct version of an entity gives graph.MergeEntities over every
// document's version.
func TestMergeVersions(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	dates := []graph.Date{"", "2017-03-01", "2018-01-05", "2018-01-05", "2021-12-31"}
	contents := []graph.Entity{
		{ID: "place:x", Type: graph.Place, Name: "Al-Raqqa"},
		{ID: "place:x", Type: graph.Place, Name: "Raqqa", PlaceType: "city"},
		{ID: "place:x", Type: graph.Place, Name: "Al-Raqqa", Aliases: []string{"Raqqa city"}},
		{ID: "place:x", Type: graph.Place, Name: "ar-Raqqah", PlaceType: "province"},
	}
	for trial := 0; trial < 300; trial++ {
		n := 1 + r.Intn(8)
		var all []graph.Entity
		published := map[string]graph.Date{}
		var vs []entityVersion
		for i := 0; i < n; i++ {
			doc := fmt.Sprintf("document:%02d", r.Intn(40)*10+i)
			pub := dates[r.Intn(len(dates))]
			e := contents[r.Intn(len(contents))]
			published[doc] = pub
			withDoc := e
			withDoc.Documents = []string{doc}
			all = append(all, withDoc)
			digest, content, err := digestEntity(e)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for j := range vs {
				if vs[j].Digest == digest {
					found = true
					if before(pub, doc, vs[j].Published, vs[j].Doc) {
						vs[j].Doc, vs[j].Published = doc, pub
					}
				}
			}
			if !found {
				vs = append(vs, entityVersion{Digest: digest, Doc: doc, Published: pub, Entity: content})
			}
		}
		want := graph.MergeEntities(all, published)
		want.Documents = nil
		if got := mergeVersions(vs); fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
			t.Fatalf("trial %d: merging distinct versions gives %+v, MergeEntities over all gives %+v", trial, got, want)
		}
	}
}
