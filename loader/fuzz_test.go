package loader

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
)

// fuzzSeeds are the example communiqués and a few shapes that once failed
// (issue 12): CR and U+2028 line breaks, a control character in a name, a
// text without line breaks.
func fuzzSeeds(f *testing.F) {
	files, _ := filepath.Glob("../examples/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"Monday, 23 November 2020\r\rA Title\r\rThe Test Council condemns the Assad regime.\r",
		"A Title\u2028\u2028The Council met in Geneva on 3 May 2019.",
		"A Title\n\nIts president, Amal\vHaddad, spoke.\f",
		"The Council condemns the regime. The Council condemns the regime.",
		"Title\n\n" + string(make([]byte, 0)) + "Dr. A. B. C. Hariri met U.N. envoy Geir O. Pedersen.",
	} {
		f.Add([]byte(s))
	}
}

// FuzzExtract checks that any text either extracts into an extraction the
// stores accept, or is refused as the client's fault (EINVALID), never
// with a panic or an internal error. CI runs it for a bounded time.
func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		out, err := x.Extract("fuzz.txt", text)
		if err != nil {
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("error %v with code %q, want EINVALID", err, graph.ErrorCode(err))
			}
			return
		}
		if err := out.Validate(); err != nil {
			t.Fatalf("extraction does not validate: %v", err)
		}
	})
}

// FuzzParseHeader checks that the header parser keeps its offsets inside
// the text, whatever the text.
func FuzzParseHeader(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !utf8.Valid(raw) {
			return // check refuses it before any parsing
		}
		text := normalize(string(raw))
		h := parseHeader(text)
		if h.body < 0 || h.body > len(text) || h.footer < 0 || h.footer > len(text) {
			t.Fatalf("body %d, footer %d outside a text of %d bytes", h.body, h.footer, len(text))
		}
		for _, sp := range bound(text, splitSentences(text, h.body, max(h.body, h.footer))) {
			if sp.start < 0 || sp.end > len(text) || sp.start > sp.end || sp.end-sp.start > maxSentence {
				t.Fatalf("sentence %v in a text of %d bytes", sp, len(text))
			}
		}
	})
}
