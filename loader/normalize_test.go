package loader

import (
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Plain", "Title\n\nBody.\n", "Title\n\nBody.\n"},
		{"Tab", "Title\n\n\tBody.\n", "Title\n\n\tBody.\n"},
		{"CRLF", "Title\r\n\r\nBody.\r\n", "Title\n\nBody.\n"},
		{"CR", "Title\r\rBody.\r", "Title\n\nBody.\n"},
		{"LineSeparator", "Title\u2028\u2028Body.", "Title\n\nBody."},
		{"ParagraphSeparator", "Title\u2029Body.", "Title\n\nBody."},
		{"FormFeed", "Title\n\fBody.", "Title\n\nBody."},
		{"ControlInName", "Amal\vHaddad and Ali\x1bHassan\x7f", "Amal Haddad and Ali Hassan "},
		{"OtherNonASCII", "Çavuşoğlu – “Geneva”", "Çavuşoğlu – “Geneva”"},
		{"NoBreakSpace", "Mr\u00a0Ali Hassan, 4\u00a0June\u202f2024", "Mr Ali Hassan, 4 June 2024"},
		{"IdeographicAndThinSpaces", "Amal\u3000Haddad\u2009and Ali", "Amal Haddad and Ali"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalize(tc.in); got != tc.want {
				t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNoBreakSpaces checks that a release whose spaces are no-break spaces,
// as text copied from a web page has, gives the facts it gives with plain
// ones.
func TestNoBreakSpaces(t *testing.T) {
	x := mustExtractor(t)
	plain := "Statement\n\nMinistry of Foreign Affairs\nLilongwe, 4 June 2024\n\nThe Minister of Foreign Affairs, Mr Kondwani Banda, met the Ambassador of Zambia, Mr Peter Mwale, at the Ministry in Lilongwe on 3 June.\n"
	checkSameFacts(t, x, "with no-break spaces", facts(extractText(t, x, plain)), strings.ReplaceAll(plain, " ", "\u00a0"))
}

func extractText(t *testing.T, x *Extractor, text string) *graph.Extraction {
	t.Helper()
	ex, err := x.Extract("release.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return ex
}
