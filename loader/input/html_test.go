package input

import (
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Coalition Condemns Shelling | Syrian Coalition", "Syrian Coalition", "Coalition Condemns Shelling"},
		{"Syrian Coalition – Coalition Condemns Shelling", "Syrian Coalition", "Coalition Condemns Shelling"},
		{"Council Statement on Syria - UN News", "", "Council Statement on Syria"},
		{"Idlib: Council Calls for Ceasefire", "", "Idlib: Council Calls for Ceasefire"},
		{"No Separator Here", "Site", "No Separator Here"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site); got != tt.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct {
		in   string
		want graph.Date
	}{
		{"2019-10-12T23:30:00+03:00", "2019-10-12"}, // the day as the page's zone has it
		{"2019-10-12", "2019-10-12"},
		{"October 12, 2019", "2019-10-12"},
		{"12 October 2019", "2019-10-12"},
		{"Sat, 12 Oct 2019 10:00:00 GMT", "2019-10-12"},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		if got, _ := parseMetaDate(tt.in); got != tt.want {
			t.Errorf("parseMetaDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A page with only a <title> and its text: the title loses the site's
// name, and no date is made up (the loader reads the dateline).
func TestDecodeHTML_TitleOnly(t *testing.T) {
	page := `<html><head><title>Council Condemns Operation | League of Arab States</title><meta property="og:site_name" content="League of Arab States"></head>
<body><div id="main"><p>CAIRO, 12 October 2019 – The Council of the League of Arab States held an emergency session and condemned the operation in north-east Syria.</p>
<p>The ministers called for the immediate withdrawal of all forces and affirmed the unity of Syria.</p></div></body></html>`
	doc, err := Decode("p.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Title != "Council Condemns Operation" || doc.Meta.Published != "" || doc.Meta.Publisher != "League of Arab States" {
		t.Errorf("meta %+v", doc.Meta)
	}
	if !strings.HasPrefix(string(doc.Text[doc.Meta.Body:]), "CAIRO, 12 October 2019 – The Council") {
		t.Errorf("body starts %q", doc.Text[doc.Meta.Body:])
	}
}
