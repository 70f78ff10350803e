package loader

import (
	"strings"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input"
)

// readHeader is the header of a text, with what its file said about itself
// (an HTML page's metadata, a PDF's document information) taking the place
// of what the text's own header gives. m may be nil: a plain text.
func readHeader(text string, m *input.Meta) header {
	h := parseHeader(text)
	if m == nil {
		return h
	}
	if m.Body > 0 && m.Body <= len(text) {
		// The reader composed the header: the running text starts where
		// it says, and a date it did not know comes from the dateline.
		h.body = m.Body
		h.publisher = m.Publisher
		h.published = m.Published
		if h.published == "" {
			h.published = datelineDate(splitLines(text), h.body)
		}
	}
	if m.Title != "" && strings.Contains(text, m.Title) {
		h.title = m.Title
	}
	if m.Published != "" {
		h.published = m.Published
	}
	if m.Publisher != "" {
		h.publisher = m.Publisher
	}
	return h
}

// datelineDate is the date of a dateline opening the first paragraph at
// or after body, or "": parseHeader's reading, for a body the reader set.
func datelineDate(lines []line, body int) graph.Date {
	for _, l := range lines {
		if l.start < body || strings.TrimSpace(l.text) == "" {
			continue
		}
		if m := reDateline.FindStringSubmatch(l.text); m != nil {
			if d, ok := parseDateLine(m[1]); ok {
				return d
			}
		}
		break
	}
	return ""
}
