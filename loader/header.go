package loader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
	// block is set when a block of header lines (a genre label or a date
	// among them) stood under the title: the titled layout holds.
	block bool
}

// parseHeader reads the header of a communiqué. Most releases put the
// title first and a block of short lines under it (see parseTitledHeader);
// letterhead layouts put the issuer first and the date, the genre and the
// headline in paragraphs of their own below it (see parseLetterhead), and
// that reading is taken when the first finds no date, or when the title it
// took shares its paragraph with other header lines.
func parseHeader(text string) header {
	h := parseHeaderLayout(text)
	if h.published == "" {
		h.published = looseDate(text, h)
	}
	if pub, unit, ok := strings.Cut(h.publisher, " | "); ok {
		// "United Nations | Office at Geneva": the body, then its office
		h.publisher = strings.TrimSpace(pub)
		if h.unit == "" {
			h.unit = strings.TrimSpace(unit)
		}
	}
	if m := reAddressLine.FindStringSubmatch(h.unit); h.place == "" && m != nil && gazetteerTown(m[1]) {
		// a letterhead's address, "Saranrom Palace, Bangkok", places a
		// release that has no dateline
		h.place = m[1]
	}
	return h
}

// parseHeaderLayout reads the header by its layout, as parseHeader says.
func parseHeaderLayout(text string) header {
	h := parseTitledHeader(text)
	if h.published != "" && !firstParagraphIsBlock(text) && (h.publisher != "" || h.block) {
		return h
	}
	l, ok := parseLetterhead(text)
	if !ok || h.published != "" && l.published == "" {
		return h
	}
	if !issuerLine(h.title) && !genreLabel(h.title) && !issuerOverHeadline(h, l) {
		// a headline first, then no block the titled reading knows: its
		// title holds, and the letterhead reading gives the date
		if h.published == "" {
			h.published, h.place = l.published, l.place
			h.body = max(h.body, l.body) // the dated lines are header, not text
		}
		return h
	}
	return l
}

// issuerOverHeadline reports whether the letterhead reading l makes the
// titled reading h's title its issuer, with a headline of some words and
// a date of its own under it, where h found no date: "Kenya National
// Commission on Human Rights / … / STATEMENT ON … / Date: 26th June 2024".
func issuerOverHeadline(h, l header) bool {
	return h.title == l.publisher && l.title != l.publisher && len(strings.Fields(l.title)) >= 3 && h.published == "" && l.published != ""
}

// firstParagraphIsBlock reports whether the text's first paragraph has
// several short lines, one a date or a genre label under the first: "Union
// of South American Nations / Extraordinary Meeting … / Santiago de Chile,
// 15 September 2008", "Rally of Democratic Forces (RFD) / Press Release", a
// letterhead rather than a title.
func firstParagraphIsBlock(text string) bool {
	var lines []string
	for _, l := range splitLines(text) {
		t := strings.TrimSpace(l.text)
		if t == "" {
			if len(lines) > 0 {
				break
			}
			continue
		}
		lines = append(lines, t)
	}
	if len(lines) < 2 || !issuerLine(lines[0]) {
		return false
	}
	for _, t := range lines[1:] {
		if _, ok := parseDateLine(t); ok || genreLabel(t) {
			return true
		}
	}
	return false
}

// issuerLine reports whether a header line reads as a body's name rather
// than a headline: capitals throughout, a bracketed acronym at its end, a
// body's head noun as its last or first word ("Presidency of Faso"), a
// state's form ("Republic of Cameroon") or a person's honorific ("Hon
// Winston Peters").
func issuerLine(t string) bool {
	if t == strings.ToUpper(t) || strings.HasSuffix(t, ")") {
		return true
	}
	if parts := strings.Split(t, " | "); len(parts) > 1 {
		// "Ministerio de Asuntos Exteriores | Oficina de Información
		// Diplomática", "United Nations | Office at Geneva": a site's name
		for _, p := range parts {
			if len(strings.Fields(p)) > 8 {
				return false
			}
		}
		return true
	}
	f := strings.Fields(t)
	first := strings.ToLower(strings.TrimSuffix(f[0], "."))
	second := ""
	if len(f) > 1 {
		second = strings.ToLower(f[1])
	}
	return len(f) <= 8 && (orgHeads[strings.ToLower(f[len(f)-1])] || (orgHeads[first] || stateForms[first]) && (second == "of" || second == "for") ||
		honorifics[first] || bodyOfLine(f))
}

// bodyOfLine reports whether a line in title case names a body by its head
// noun and what it is of or for, wherever the noun stands: "Prime
// Minister's Office of Malaysia", "Federal Ministry of the Interior".
func bodyOfLine(f []string) bool {
	head := false
	for k, w := range f {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "for" || lw == "the" || lw == "and" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		head = head || orgHeads[lw] && k+1 < len(f) && (f[k+1] == "of" || f[k+1] == "for")
	}
	return head
}

// parseLetterhead reads a header laid out as a letterhead: every short line
// above the first paragraph of running text, across blank lines, is the
// issuer (and its department), the date line, a genre label ("PRESS
// RELEASE No. 41/93") or the headline, the last such line below the
// issuer's paragraph. ok is false when the text has no such header.
func parseLetterhead(text string) (header, bool) {
	lines := splitLines(text)
	h := header{footer: len(text)}
	type zoneLine struct {
		line
		para int
	}
	var zone []zoneLine
	para, body := 0, -1
	for k, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			if len(zone) > 0 && zone[len(zone)-1].para == para {
				para++
			}
			continue
		}
		if runningText(t) || strings.HasSuffix(t, ":") && len(zone) > 0 || len(zone) >= 14 {
			// (a salutation, "To the people of Suriname, …:", opens the text)
			body = k
			break
		}
		zone = append(zone, zoneLine{l, para})
	}
	if body < 0 || len(zone) == 0 {
		return h, false
	}
	h.body = lines[body].start
	var cands []zoneLine
	genre := ""
	for _, z := range zone {
		t := strings.TrimSpace(z.text)
		d, ok := parseDateLine(t)
		if !ok {
			d, ok = dateAtEnd(t) // "No. PR/67/99   21 February 1999", "PRESS RELEASE – 3 August 1999"
		}
		if !ok {
			d, ok = metaDateLine(t) // "Posted: 26 July 2021", "10 January 2023 - 11:45 a.m."
		}
		switch {
		case ok:
			if h.published == "" {
				h.published, h.place = d, datelinePlace(t)
			}
		case reByline.MatchString(t):
			if h.byline.end == 0 {
				h.byline.start, h.byline.end = z.start, z.end
			}
		case genreLabel(t):
			genre = t
		default:
			cands = append(cands, z)
		}
	}
	// a dateline opening the first paragraph: "Libreville, 30 December
	// 1999 – The President …", "ACCRA, Ghana, 18 August 2003/ The Group …"
	if m := reDateline.FindStringSubmatch(lines[body].text); m != nil {
		if d, ok := parseDateLine(m[1]); ok && h.published == "" {
			h.published, h.place = d, datelinePlace(m[1])
		}
	}
	cands = slices.DeleteFunc(cands, func(c zoneLine) bool {
		// "የማስታወቂያ ሚኒስቴር" over "MINISTRY OF INFORMATION": a letterhead
		// in the state's own script over the English one names the
		// same issuer, and the English text names it in English
		return !latinLetters(c.text) && slices.ContainsFunc(cands, func(o zoneLine) bool { return latinLetters(o.text) })
	})
	switch {
	case len(cands) == 0:
		h.title = genre
	case len(cands) == 1 && cands[0].para == zone[0].para && zone[0].line == cands[0].line && len(zone) == 1:
		h.title = strings.TrimSpace(cands[0].text) // a title alone over a dated paragraph
	default:
		h.publisher = strings.TrimSpace(cands[0].text)
		first := cands[0].para
		titlePara := -1
		for _, c := range cands[1:] {
			if c.para == first {
				if h.unit == "" {
					h.unit = strings.TrimSpace(c.text)
				}
				continue
			}
			if h.title == "" || c.para != titlePara {
				h.title, titlePara = reSubject.ReplaceAllString(strings.TrimSpace(c.text), ""), c.para // the last headline below the issuer, its first line
			}
		}
		if h.title == "" && h.byline.end > 0 {
			// "Statement by the Speaker of the National Assembly on the
			// aggression against Heglig": the one headline, read as who
			// speaks
			h.title = strings.TrimSpace(text[h.byline.start:h.byline.end])
			h.byline.start, h.byline.end = 0, 0
		}
		if h.title == "" {
			h.title = genre
		}
		if h.title == "" {
			h.title = h.publisher
		}
	}
	return h, true
}

// reReference is a header line that gives only the release's reference:
// "Ref. OECS/AUTH/83/9", "No. 112/2001", "Ref: ANP/CS/PR/2009/031".
var reReference = regexp.MustCompile(`^(?:Ref(?:erence)?|No)[.:]?\s+\S+$`)

// dateAtEnd reads the date that ends a header line after other words: a
// reference number or a genre label and a dash.
func dateAtEnd(t string) (graph.Date, bool) {
	if !strings.ContainsAny(t, "0123456789") {
		return "", false // parseDateLine's guard, before splitting the line
	}
	f := strings.Fields(dashesAsSpaces.Replace(t))
	for k := max(0, len(f)-4); k < len(f)-1; k++ {
		if d, ok := parseDateLine(strings.Join(f[k:], " ")); ok && (genreLabel(strings.Join(f[:k], " ")) || reReference.MatchString(strings.Join(f[:k], " "))) {
			return d, true
		}
	}
	return "", false
}

// dashesAsSpaces parts a date from a label before it: "PRESS RELEASE – 3
// August 1999".
var dashesAsSpaces = strings.NewReplacer("–", " ", "—", " ")

// reMetaPrefix opens a web page's date line over or under its headline:
// "Posted: 26 July 2021", "Published on 25 May 2008", "Date: 25-08-2022",
// "Release date: September 26, 1964".
var reMetaPrefix = regexp.MustCompile(`(?i)^(?:posted|published|date|dated|release date|released|issued|updated|last updated)(?:\s+on)?\s*[:\-–]?\s*`)

// reTrailingTime is the time of day after a date: ", 5:30 pm", " - 11:45 a.m.".
var reTrailingTime = regexp.MustCompile(`(?i)\s*[-–,|]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*$`)

// reDashedDate is a day, month and year joined by hyphens: "25-08-2022".
var reDashedDate = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-(\d{4})$`)

// reSubject opens a headline given as a letter's subject: "Subject:
// Conclusion of the operation …".
var reSubject = regexp.MustCompile(`^(?:Subject|SUBJECT|Re|RE|Object|Objet|Asunto)\s*:\s+`)

// metaDateLine reads a date line a web page writes with a label, a time or
// the date of another calendar after it: "Posted: Thursday, 26 January
// 2012, 5:30 pm", "Date: 25-08-2022", "Monday, 15 October 2007 - 7:40pm",
// "Tehran, 18 January 2024 (28 Dey 1402)". A line with none is
// parseDateLine's.
func metaDateLine(t string) (graph.Date, bool) {
	if strings.IndexFunc(t, unicode.IsDigit) < 0 || len(t) > 120 {
		return "", false // no date, or a paragraph: the expressions below need not run
	}
	s := reMetaPrefix.ReplaceAllString(t, "")
	s = strings.TrimSpace(reTrailingTime.ReplaceAllString(s, ""))
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		if place, _, ok := strings.Cut(s, ","); ok {
			// "Kabul, 25 Hamal 1367 (14 April 1988)": the bracket gives
			// the Gregorian date
			if d, ok := parseDateLine(place + ", " + s[i+2:len(s)-1]); ok {
				return d, true
			}
		}
		s = strings.TrimSpace(s[:i]) // "Tehran, 18 January 2024 (28 Dey 1402)": the other calendar's date
	}
	if place, rest, ok := strings.Cut(s, ","); ok {
		for _, c := range []string{"corresponding to ", "corresponding with "} {
			if _, g, ok := strings.Cut(rest, c); ok {
				// "Jeddah, Wednesday 10 Muharram 1411 H, corresponding to 1
				// August 1990"
				return parseDateLine(place + ", " + g)
			}
		}
	}
	s = reDashedDate.ReplaceAllString(s, "$1/$2/$3")
	if s == strings.TrimSpace(t) || s == "" {
		return "", false
	}
	return parseDateLine(s)
}

// runningText reports whether a line is a paragraph of the text rather than
// a header line: long and made of sentences, or a sentence of some length
// that a full stop ends; a headline in capitals is none.
func runningText(t string) bool {
	if t == strings.ToUpper(t) && len(t) < 300 {
		return false // a headline in capitals, however long
	}
	return len(t) > 100 && (strings.HasSuffix(t, ".") || strings.Contains(t, ". ") || len(t) > 160) ||
		strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 8
}

// genreLabel reports whether a header line is a genre label, alone or with
// its number: "PRESS RELEASE", "Press Release No. 07/KESRA/II/2002",
// "Press Release from the Office of the Special Assistant …".
func genreLabel(t string) bool {
	lt := strings.ToLower(t)
	if genreLines[lt] || reReference.MatchString(t) {
		return true
	}
	for g := range genreLines {
		if rest, ok := strings.CutPrefix(lt, g+" "); ok && (strings.HasPrefix(rest, "no") || strings.HasPrefix(rest, "from ")) {
			return true
		}
	}
	return false
}

// parseTitledHeader reads the header of a communiqué: an optional date line,
// the title, then a block of short lines (genre, publisher, department,
// place, date) ending at the first paragraph of running text.
func parseTitledHeader(text string) header {
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
	h.block = len(block) > 0
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

// reAddressLine is a letterhead's address line, a building or a street
// and then the town: "Saranrom Palace, Bangkok", "STATE HOUSE, ABUJA".
var reAddressLine = regexp.MustCompile(`^[^,\d]{3,40}, ([\p{Lu}][^,\d]{2,25})$`)

// datelinePlace is the place a date line begins with, "Addis Ababa" in
// "Addis Ababa, 10 May 2021", in the case a name is written in when the
// line shouts it ("ADDIS ABABA"). A weekday, a month, or words in lower case
// ("Office of the Spokesperson, 5 May") name no place.
func datelinePlace(line string) string {
	line = strings.TrimSpace(englishDate(line))
	name := ""
	if m := reDatelinePlace.FindStringSubmatch(line); m != nil {
		name = m[1]
	} else if m := rePlaceAfterDate.FindStringSubmatch(line); m != nil {
		name = m[1] // "28 February 2015, Istanbul"
	} else {
		return ""
	}
	ws := strings.Fields(name)
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

// rePlaceAfterDate is the place a date line ends with: "28 February 2015,
// Istanbul".
var rePlaceAfterDate = regexp.MustCompile(`^\d{1,2}\s+[A-Z][a-z]+\s+\d{4},\s+([A-Z][\p{L} .'-]{1,40})$`)

// reDateline is a dateline at the start of a paragraph: a place and a
// date, then a dash, a colon or a slash ("ACCRA, Ghana, 18 August 2003/").
var reDateline = regexp.MustCompile(`^\s*([A-Z][\p{L} .'-]{1,40},\s+[^–—:/-]{6,30}?)\s*(?:[–—:-]\s|/\s*)`)

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
			out = append(out, crumbless(line{text[start:], start, len(text)}))
			break
		}
		out = append(out, crumbless(line{strings.TrimRight(text[start:start+n], "\r"), start, start + n}))
		start += n + 1
	}
	return out
}

// reBreadcrumb is a web page's trail of sections: "Home > Press Releases >
// 2010", "Inicio > Sala de prensa > Comunicados".
var reBreadcrumb = regexp.MustCompile(`^\s*[^>›»]{1,40}(\s[>›»]\s[^>›»]{1,60}){1,6}\s*$`)

// crumbless blanks a breadcrumb line, which is site chrome and neither the
// publisher, the title nor a line of the text.
func crumbless(l line) line {
	if strings.Count(l.text, " > ")+strings.Count(l.text, " › ")+strings.Count(l.text, " » ") >= 2 && reBreadcrumb.MatchString(l.text) {
		l.text = ""
	}
	return l
}

// reNumericDate is a date written in figures, day first: "26/08/2016",
// "16.07.2016", "07-05-2017".
var reNumericDate = regexp.MustCompile(`\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b`)

// looseDate is the publication date of a text whose header layout gave
// none: the first full date on a header line other than the title ("Press
// release | Date: 26/08/2016 | No: 097/16", "Press Bulletin No. 165 —
// Quito, 3 March 2008", "XLIII Summit — Mendoza, 28 and 29 June 2012": its
// last day), or else a short line near the end that gives one ("Done at
// Djibloho, 4 September 2023"); "" when there is none.
func looseDate(text string, h header) graph.Date {
	lines := splitLines(text)
	for _, l := range lines {
		if l.start >= h.body {
			break
		}
		t := strings.TrimSpace(l.text)
		if t == "" || t == h.title {
			continue // "… Election Held on 23 June 2020" dates the election
		}
		if d := dateInLine(t); d != "" {
			return d
		}
	}
	seen := 0
	for k := len(lines) - 1; k >= 0 && seen < 8; k-- {
		t := strings.TrimSpace(lines[k].text)
		if t == "" {
			continue
		}
		seen++
		if lines[k].start < h.body || len(t) > 60 {
			continue
		}
		if d := dateInLine(t); d != "" {
			return d
		}
	}
	return ""
}

// dateInLine is the one full date a short line gives, "" when it gives
// none or several.
func dateInLine(t string) graph.Date {
	if m := reNumericDate.FindStringSubmatch(t); m != nil {
		day, _ := strconv.Atoi(m[1])
		month, _ := strconv.Atoi(m[2])
		year, _ := strconv.Atoi(m[3])
		if month > 12 && day <= 12 {
			day, month = month, day // "05/27/2017" is American
		}
		return graph.MakeDate(year, time.Month(month), day)
	}
	ds := findDates(t, "")
	if len(ds) != 1 {
		return ""
	}
	from, _ := ds[0].from.Time()
	to, _ := ds[0].to.Time()
	if to.Sub(from) > 72*time.Hour {
		return "" // a month, or a span of more than a meeting's days
	}
	return ds[0].to
}

// latinLetters reports whether a line has a letter of the Latin script.
func latinLetters(t string) bool {
	return strings.IndexFunc(t, func(r rune) bool { return unicode.Is(unicode.Latin, r) }) >= 0
}
