package loader

import (
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input"
)

// TestExtractDoc_Meta checks that what a file says about itself stands
// before the text's header, and that a composed header without a date
// takes the dateline's.
func TestExtractDoc_Meta(t *testing.T) {
	x := mustExtractor(t)
	body := "CAIRO, 12 October 2019 – The Council of the League of Arab States condemns the Turkish military operation in north-east Syria.\n"
	tests := []struct {
		name string
		text string
		meta input.Meta
		want graph.DocumentMeta
	}{
		{"page with every field", "Council Condemns Operation\n\nLeague of Arab States\nOctober 12, 2019\n\n" + body,
			input.Meta{Format: input.HTML, Title: "Council Condemns Operation", Published: "2019-10-13", Publisher: "League of Arab States",
				URL: "https://www.example.org/a.html", Body: len("Council Condemns Operation\n\nLeague of Arab States\nOctober 12, 2019\n\n")},
			graph.DocumentMeta{Title: "Council Condemns Operation", Published: "2019-10-13", Publisher: "League of Arab States", Source: "https://www.example.org/a.html"}},
		{"page without a date", "Council Condemns Operation\n\nLeague of Arab States\n\n" + body,
			input.Meta{Format: input.HTML, Title: "Council Condemns Operation", Publisher: "League of Arab States", Body: len("Council Condemns Operation\n\nLeague of Arab States\n\n")},
			graph.DocumentMeta{Title: "Council Condemns Operation", Published: "2019-10-12", Publisher: "League of Arab States", Source: "a.html"}},
		{"pdf with a title in its information", "Statement\n\nCouncil Condemns Operation\n\n" + body,
			input.Meta{Format: input.PDF, Title: "Council Condemns Operation"},
			graph.DocumentMeta{Title: "Council Condemns Operation", Published: "2019-10-12", Source: "a.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := x.ExtractDoc("a.html", input.Doc{Text: []byte(tt.text), Meta: tt.meta})
			if err != nil {
				t.Fatal(err)
			}
			d := ex.Document
			if d.Title != tt.want.Title || d.Published != tt.want.Published || d.Publisher != tt.want.Publisher || d.Source != tt.want.Source {
				t.Errorf("document %+v, want %+v", d, tt.want)
			}
			found := false
			for _, r := range ex.Relations {
				if r.Type == graph.Condemned && r.Evidence != nil && r.Evidence.Text == body[:len(body)-1] {
					found = true
				}
			}
			if !found {
				t.Errorf("no CONDEMNED with the body's sentence as evidence: %+v", ex.Relations)
			}
		})
	}
}
