package embedded

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// entityRecord.add must give what graph.MergeEntities gives for the same
// versions, whatever order they come in, including a version seen again
// from an earlier document.
func TestEntityRecordMatchesMergeEntities(t *testing.T) {
	pool := []graph.Entity{
		{ID: "person:x", Type: graph.Person, Name: "Ann Example", Aliases: []string{"A. Example"}},
		{ID: "person:x", Type: graph.Person, Name: "Ann Example"},
		{ID: "person:x", Type: graph.Person, Name: "Anne Exemple", Aliases: []string{"Ann Example", "Anne Exemple"}},
		{ID: "person:x", Type: graph.Person, Name: "Ann Example", Start: "2019-01-01"},
		{ID: "person:x", Type: graph.Person, Name: "Example", Date: "2018-03-01", EventType: "other"},
		{ID: "person:x", Type: graph.Event, Name: "Example", Date: "2018-04-01", Session: 3, End: "2019-01-01"},
		{ID: "person:x", Type: graph.Place, Name: "X", PlaceType: "city", Aliases: []string{"Example", "Y"}},
	}
	dates := []graph.Date{"", "2018-01-01", "2018-06-01", "2019-02-02"}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 500 {
		// documents in a random order, each giving a version of the pool
		n := 1 + rng.IntN(12)
		var all []graph.Entity
		published := map[string]graph.Date{}
		type arrival struct {
			version int
			order   []byte
		}
		var arrivals []arrival
		for d := range n {
			doc := fmt.Sprintf("document:%02d", rng.IntN(40)*100+d) // unique
			k := rng.IntN(len(pool))
			v := pool[k]
			v.Documents = []string{doc}
			all = append(all, v)
			published[doc] = dates[rng.IntN(len(dates))]
			arrivals = append(arrivals, arrival{k, versionOrder(published[doc], doc)})
		}
		want := graph.MergeEntities(all, published)
		want.Documents = nil

		// The store merges a version when it is new or its earliest
		// document is earlier than before, into the record as it was
		// stored.
		var rec entityRecord
		earliest := map[int][]byte{}
		for _, a := range arrivals {
			if o, ok := earliest[a.version]; ok && bytes.Compare(o, a.order) < 0 {
				continue
			}
			earliest[a.version] = a.order
			rec.add(&pool[a.version], a.order)
			raw, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			rec = entityRecord{}
			if err := json.Unmarshal(raw, &rec); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(rec.Entity, want) {
			t.Fatalf("round %d: merged one at a time = %+v\nMergeEntities = %+v", round, rec.Entity, want)
		}
	}
}

// entityFields must list every field that graph.MergeEntities fills from
// the earliest version that sets it: a field added to graph.Entity fails
// here until the merge in this package knows it.
func TestEntityFieldsComplete(t *testing.T) {
	handled := map[string]bool{"ID": true, "Type": true, "Name": true, "Aliases": true, "Documents": true}
	for _, f := range entityFields {
		handled[strings.ToUpper(f.name[:1])+f.name[1:]] = true
	}
	typ := reflect.TypeFor[graph.Entity]()
	for i := range typ.NumField() {
		if name := typ.Field(i).Name; !handled[name] {
			t.Errorf("graph.Entity has field %s, which entityRecord.add does not merge", name)
		}
	}
	if len(handled) != typ.NumField() {
		t.Errorf("entityFields names %d fields that graph.Entity lacks", len(handled)-typ.NumField())
	}
}
