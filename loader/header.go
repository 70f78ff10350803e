package loader

import (
	"regexp"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// header is what the top of a communiqué says about it. Body is the byte
// offset where the running text starts; Footer the offset where trailing
// site chrome ("Home press releases …") starts, or the text's length.
type header struct {
	title     string
	published graph.Date
	publisher string
	unit      string // the department line under the publisher, if any
	body      int
	footer    int
}

// parseHeader reads the header of a communiqué: an optional date line, the
// title, then a block of short lines (genre, publisher, department, place,
// date) ending at the first paragraph of running text.
func parseHeader(text string) header {
	lines := splitLines(text)
	h := header{footer: len(text)}
	i := 0
	next := func() {
		for i < len(lines) && strings.TrimSpace(lines[i].text) == "" {
			i++
		}
	}
	next()
	if i < len(lines) {
		if d, ok := parseDateLine(lines[i].text); ok {
			h.published = d
			i++
			next()
		}
	}
	if i < len(lines) {
		h.title = strings.TrimSpace(lines[i].text)
		h.body = lines[i].end
		i++
	}
	// The header block: short lines without a final full stop.
	var block []string
	j := i
	for ; j < len(lines); j++ {
		l := strings.TrimSpace(lines[j].text)
		if l == "" {
			if len(block) > 0 {
				break
			}
			continue
		}
		if len(l) > 80 || strings.HasSuffix(l, ".") || len(block) >= 6 {
			break
		}
		block = append(block, l)
		h.body = lines[j].end
	}
	if len(block) == 0 || !looksLikeHeaderBlock(block) {
		h.body = lines[min(i, len(lines)-1)].start
		if i == 0 || i > len(lines)-1 {
			h.body = 0
		}
		block = nil
	}
	var rest []string
	for _, l := range block {
		if d, ok := parseDateLine(l); ok {
			// The release's own date line is authoritative over a site's
			// time stamp, which may be the day after.
			h.published = d
			continue
		}
		if genreLines[strings.ToLower(l)] {
			continue // a genre label names no publisher, wherever it stands
		}
		rest = append(rest, l)
	}
	if len(rest) > 0 {
		h.publisher = rest[0]
	}
	if len(rest) > 1 {
		h.unit = rest[1]
	}
	// A dateline opening the first paragraph: "MAPUTO, 23 June 2021 – The
	// Summit …"
	if h.published == "" {
		h.published = datelineDate(lines, h.body)
	}
	// Trailing site chrome: a last line that repeats the title after a
	// breadcrumb, or a "(Source: …)" credit.
	for k := len(lines) - 1; k >= 0; k-- {
		l := strings.TrimSpace(lines[k].text)
		if l == "" {
			continue
		}
		if (h.title != "" && strings.HasSuffix(l, h.title) && l != h.title) ||
			(strings.HasPrefix(l, "(Source:") && strings.HasSuffix(l, ")")) {
			h.footer = lines[k].start
		}
		break
	}
	return h
}

// datelineDate is the date of a dateline opening the first paragraph at
// or after body, or "".
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

// reDateline is a dateline at the start of a paragraph: a place and a
// date, then a dash or a colon.
var reDateline = regexp.MustCompile(`^\s*([A-Z][\p{L} .'-]{1,40},\s+[^–—:-]{6,30}?)\s*[–—:-]\s`)

// looksLikeHeaderBlock tells a header block from a first paragraph that
// happens to be short: it has a genre label or a date line.
func looksLikeHeaderBlock(block []string) bool {
	for _, l := range block {
		if genreLines[strings.ToLower(l)] {
			return true
		}
		if _, ok := parseDateLine(l); ok {
			return true
		}
	}
	return false
}

type line struct {
	text       string
	start, end int
}

func splitLines(text string) []line {
	var out []line
	start := 0
	for start <= len(text) {
		n := strings.IndexByte(text[start:], '\n')
		if n < 0 {
			out = append(out, line{text[start:], start, len(text)})
			break
		}
		out = append(out, line{strings.TrimRight(text[start:start+n], "\r"), start, start + n})
		start += n + 1
	}
	return out
}
