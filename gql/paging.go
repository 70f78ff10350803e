package gql

import (
	"encoding/base64"
	"fmt"
	"sort"

	"github.com/actorgraph/kg/graph"
)

// Paging. Every list is ordered by a sort key (sortKey): a string that
// orders the items exactly as the list does, built from what the order
// depends on (a date, a session, an id). A cursor is that key, base64url
// encoded, and `after` selects the items whose key sorts after it. So a
// cursor stays meaningful when its item is gone, and pages neither repeat
// nor skip items that kept their place.

// MaxFirst is the largest `first` any list takes, and the most items a plain
// list returns.
const MaxFirst = 100

// The defaults of `first` when it is not given, as in the schema. The
// schema's defaults apply to GraphQL requests; these apply to resolvers
// called directly.
const (
	defaultListFirst       = MaxFirst
	defaultConnectionFirst = 20
)

// checkFirst returns the number of items asked for: first, or def when it is
// nil. A negative first or one over MaxFirst is EINVALID.
func checkFirst(first *int, def int) (int, error) {
	return checkBound("first", first, def, 0, MaxFirst)
}

// checkBound returns *v, or def when v is nil, checking that it lies in
// [lo, hi]; outside is EINVALID naming the argument.
func checkBound(name string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, graph.Errorf(graph.EINVALID, "%s must be from %d to %d, not %d", name, lo, hi, *v)
	}
	return *v, nil
}

// encodeCursor makes a sort key an opaque cursor.
func encodeCursor(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key))
}

// decodeCursor reads a cursor back into a sort key; anything that is not
// one of our cursors is EINVALID.
func decodeCursor(cursor string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || len(b) == 0 {
		return "", graph.Errorf(graph.EINVALID, "after %q is not a cursor of this list", cursor)
	}
	return string(b), nil
}

// keyed is an item with its sort key.
type keyed[T any] struct {
	key  string
	item T
}

// sortByKey orders items by their keys, which must be unique (every key
// ends with an id), so the order is total.
func sortByKey[T any](items []T, key func(*T) string) []keyed[T] {
	out := make([]keyed[T], len(items))
	for i := range items {
		out[i] = keyed[T]{key: key(&items[i]), item: items[i]}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// sortItems orders items by key in place.
func sortItems[T any](items []T, key func(*T) string) {
	ks := sortByKey(items, key)
	for i := range ks {
		items[i] = ks[i].item
	}
}

// firstN orders items by key and keeps the first n: a plain list.
func firstN[T any](items []T, key func(*T) string, n int) []T {
	sortItems(items, key)
	if len(items) > n {
		items = items[:n]
	}
	return items
}

// page is one page of a list, as a connection shows it.
type page[T any] struct {
	items   []T
	cursors []string
	info    *PageInfo
	total   int
}

// paginate orders items by key and cuts the page of first items after the
// cursor after (from the start when nil).
func paginate[T any](items []T, key func(*T) string, first int, after *string) (page[T], error) {
	all := sortByKey(items, key)
	start := 0
	if after != nil {
		k, err := decodeCursor(*after)
		if err != nil {
			return page[T]{}, err
		}
		start = sort.Search(len(all), func(i int) bool { return all[i].key > k })
	}
	end := min(start+first, len(all))
	p := page[T]{total: len(all), info: &PageInfo{HasNextPage: end < len(all), HasPreviousPage: start > 0}}
	for _, k := range all[start:end] {
		p.items = append(p.items, k.item)
		p.cursors = append(p.cursors, encodeCursor(k.key))
	}
	if n := len(p.cursors); n > 0 {
		p.info.StartCursor = &p.cursors[0]
		p.info.EndCursor = &p.cursors[n-1]
	}
	return p, nil
}

// edgesOf makes a page's edges with mk, which pairs an item and its cursor
// into the connection's edge type.
func edgesOf[T, E any](p page[T], mk func(T, string) E) []E {
	out := make([]E, len(p.items))
	for i, item := range p.items {
		out[i] = mk(item, p.cursors[i])
	}
	return out
}

// The sort keys. Parts are joined by \x00, which sorts before every
// character of a date, number or id, so a shorter part sorts first as it
// should; "0" and "1" put dated items before undated ones.

// idKey orders entities by id.
func idKey(e *graph.Entity) string { return e.ID }

// day is the first day of a meeting (its start) or the day of an event or
// agreement.
func day(e *graph.Entity) graph.Date {
	if e.Start != "" {
		return e.Start
	}
	return e.Date
}

// chronoKey orders meetings and events by first day, undated ones last,
// then by session and id.
func chronoKey(e *graph.Entity) string {
	return datedKey(day(e)) + "\x00" + fmt.Sprintf("%012d", e.Session) + "\x00" + e.ID
}

// factSortKey orders facts by when they were first observed, undated ones last,
// then by id.
func factSortKey(f *graph.Fact) string { return datedKey(f.FirstSeen) + "\x00" + f.ID }

// documentKey orders documents by publication date, undated ones last, then
// by id.
func documentKey(d *graph.Document) string { return datedKey(d.Published) + "\x00" + d.ID }

func datedKey(d graph.Date) string {
	if d == "" {
		return "1"
	}
	return "0" + string(d)
}
