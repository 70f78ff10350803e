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
	if m.Body == 0 && m.Title != "" && h.title != m.Title {
		// The file's own title stands lower than the line the header
		// parser took for one (a PDF's cover line, a symbol above the
		// title): its header starts there, and what stands above is not
		// running text.
		if i := strings.Index(text, "\n"+m.Title); i >= 0 {
			i++
			below := parseHeader(text[i:])
			below.body += i
			below.footer += i
			if below.byline.end > 0 {
				below.byline.start += i
				below.byline.end += i
			}
			if below.published == "" {
				below.published = h.published
			}
			h = below
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
