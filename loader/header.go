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
	place     string // the dateline's place: "Addis Ababa" of "Addis Ababa, 10 May 2021"
	// byline is the header line that says who issued the release ("Statement
	// issued by X, the Secretary-General's Spokesperson"): read as a
	// sentence, not as the publisher's department. Zero when none.
	byline struct{ start, end int }
	body   int
	footer int
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
			h.published, h.place = d, datelinePlace(lines[i].text)
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
	var blockLines []line
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
		blockLines = append(blockLines, lines[j])
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
	for k, l := range block {
		if reByline.MatchString(l) {
			h.byline.start, h.byline.end = blockLines[k].start, blockLines[k].end
			continue
		}
		if d, ok := parseDateLine(l); ok {
			// The release's own date line is authoritative over a site's
			// time stamp, which may be the day after.
			h.published = d
			if p := datelinePlace(l); p != "" {
				h.place = p
			}
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
	for _, l := range lines {
		if l.start < h.body || strings.TrimSpace(l.text) == "" {
			continue
		}
		if m := reDateline.FindStringSubmatch(l.text); m != nil {
			if d, ok := parseDateLine(m[1]); ok {
				if h.published == "" {
					h.published = d
				}
				if h.place == "" {
					h.place = datelinePlace(m[1])
				}
			}
		}
		break
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

// datelinePlace is the place a date line begins with, "Addis Ababa" in
// "Addis Ababa, 10 May 2021", in the case a name is written in when the
// line shouts it ("ADDIS ABABA"). A weekday, a month, or words in lower case
// ("Office of the Spokesperson, 5 May") name no place.
func datelinePlace(line string) string {
	m := reDatelinePlace.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	ws := strings.Fields(m[1])
	for k, w := range ws {
		lw := strings.ToLower(w)
		_, weekday := weekdays[lw]
		if m := monthOf(lw); m != 0 && (len(strings.TrimSuffix(lw, ".")) <= 4 || strings.EqualFold(lw, m.String())) || weekday {
			return ""
		}
		if w == lw && !particles[lw] {
			return ""
		}
		if allCaps(w) && len(w) > 2 {
			ws[k] = w[:1] + strings.ToLower(w[1:])
		}
	}
	return strings.Join(ws, " ")
}

// reByline is a header line naming who issued the release: "Statement
// issued by X", "Statement by the Spokesperson X".
var reByline = regexp.MustCompile(`^(?:[A-Z][\p{L}-]*\s+){1,3}(?:issued\s+|made\s+|delivered\s+)?by\s+(?:the\s+)?[A-Z]`)

var reDatelinePlace = regexp.MustCompile(`^([A-Z][\p{L} .'-]{1,40}),\s+\S`)

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
