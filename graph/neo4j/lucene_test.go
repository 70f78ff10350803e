package neo4j

import "testing"

// TestLuceneQuery checks that every character of a term that is not a
// letter or a digit reaches Lucene escaped, so that no name is syntax.
func TestLuceneQuery(t *testing.T) {
	tests := []struct {
		terms  []string
		prefix string
		want   string
	}{
		{[]string{"hasayn", "hadad"}, "hadad", `"hasayn" OR "hadad" OR hadad*`},
		{[]string{"and"}, "", `"and"`},
		{[]string{`a"b`, `c\d`}, `e*f:g`, `"a\"b" OR "c\\d" OR e\*f\:g*`},
		{[]string{"وادي", "федор"}, "фе", `"وادي" OR "федор" OR фе*`},
		{[]string{"a b"}, "x y", `"a\ b" OR x\ y*`},
	}
	for _, tt := range tests {
		if got := luceneQuery(tt.terms, tt.prefix); got != tt.want {
			t.Errorf("luceneQuery(%q, %q) = %s, want %s", tt.terms, tt.prefix, got, tt.want)
		}
	}
}
