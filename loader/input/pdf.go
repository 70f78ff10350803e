package input

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Limits on what a PDF may expand to while it is read. A decompression
// bomb (a few kilobytes of Flate data that inflate to gigabytes) is
// refused before the PDF library reads any stream.
const (
	maxStreamInflated = 64 << 20
	maxTotalInflated  = 256 << 20
)

// decodePDF reads a PDF's text layer page by page, drops running headers,
// footers and page numbers, joins lines into paragraphs and undoes
// hyphenation at line ends.
func decodePDF(data []byte, o Options) (doc Doc, err error) {
	if err := checkInflation(data); err != nil {
		return Doc{}, err
	}
	// The PDF library reports malformed input by panicking deep inside its
	// parser; a malformed file is the file's fault, not ours.
	defer func() {
		if x := recover(); x != nil {
			doc, err = Doc{}, fmt.Errorf("malformed PDF: %v", x)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) {
			return Doc{}, fmt.Errorf("the PDF is encrypted with a password; save an unprotected copy first")
		}
		if strings.Contains(err.Error(), "encrypt") || strings.Contains(err.Error(), "crypt") {
			return Doc{}, fmt.Errorf("the PDF is encrypted in a way kg cannot read (%v); save an unprotected copy first", err)
		}
		return Doc{}, fmt.Errorf("malformed PDF: %v", err)
	}
	pages, err := pageList(r, o.MaxPages)
	if err != nil {
		return Doc{}, err
	}
	var all [][]textLine
	budget := o.MaxText * 4
	letters := 0
	for _, p := range pages {
		lines := pageLines(p, &budget)
		if budget < 0 {
			return Doc{}, fmt.Errorf("its text is larger than the limit of %d bytes", o.MaxText)
		}
		for _, l := range lines {
			for _, c := range l.text {
				if unicode.IsLetter(c) {
					letters++
				}
			}
		}
		all = append(all, lines)
	}
	if letters < 20 {
		return Doc{}, fmt.Errorf("no text layer (a scanned PDF?); run OCR first")
	}
	text := layout(all)
	m := Meta{Format: PDF}
	if t := clean(r.Trailer().Key("Info").Key("Title").Text()); t != "" && strings.Contains(text, t) {
		m.Title = t
	}
	return Doc{Text: []byte(text), Meta: m}, nil
}

// pageList walks the page tree, which a hostile file can make deep or
// cyclic, within bounds.
func pageList(r *pdf.Reader, maxPages int) ([]pdf.Page, error) {
	var out []pdf.Page
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		if depth > 32 {
			return fmt.Errorf("malformed PDF: the page tree is deeper than 32 levels")
		}
		switch v.Key("Type").Name() {
		case "Page":
			if len(out) >= maxPages {
				return fmt.Errorf("the PDF has more than %d pages; a communiqué has a few", maxPages)
			}
			out = append(out, pdf.Page{V: v})
		default: // Pages, or a node without a type
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(r.Trailer().Key("Root").Key("Pages"), 0); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the PDF has no pages")
	}
	return out, nil
}

var reStream = regexp.MustCompile(`stream\r?\n`)

// checkInflation inflates every Flate stream of the file, counting the
// bytes and keeping none, and refuses a file whose streams expand past the
// limits.
func checkInflation(data []byte) error {
	total := int64(0)
	for _, loc := range reStream.FindAllIndex(data, -1) {
		if loc[0] >= 3 && string(data[loc[0]-3:loc[0]]) == "end" {
			continue
		}
		dictStart := bytes.LastIndex(data[max(0, loc[0]-2048):loc[0]], []byte("<<"))
		if dictStart < 0 || !bytes.Contains(data[max(0, loc[0]-2048)+dictStart:loc[0]], []byte("Flate")) {
			continue
		}
		body := data[loc[1]:]
		if end := bytes.Index(body, []byte("endstream")); end >= 0 {
			body = body[:end]
		}
		zr, err := zlib.NewReader(bytes.NewReader(body))
		if err != nil {
			continue // not ours to judge: the library reports it if it matters
		}
		n, _ := io.Copy(io.Discard, io.LimitReader(zr, maxStreamInflated+1))
		if n > maxStreamInflated {
			return fmt.Errorf("decompression bomb: a stream of %d bytes inflates past %d MiB", len(body), maxStreamInflated>>20)
		}
		if total += n; total > maxTotalInflated {
			return fmt.Errorf("decompression bomb: the streams inflate past %d MiB", maxTotalInflated>>20)
		}
	}
	return nil
}

// textLine is one line of a page: its text, where it starts and ends, its
// baseline and its type size.
type textLine struct {
	text      string
	x0, x1, y float64
	size      float64
	page      int
}

// span is one run of text shown at one place.
type span struct {
	x, y, w, size float64
	s             string
}

// pageLines reads a page's text and groups it into lines, top to bottom.
// budget bounds the bytes of text read; it goes negative past it.
func pageLines(p pdf.Page, budget *int) []textLine {
	spans := pageSpans(p, budget)
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].y > spans[j].y })
	var lines []textLine
	var cur []span
	flush := func() {
		if len(cur) == 0 {
			return
		}
		sort.SliceStable(cur, func(i, j int) bool { return cur[i].x < cur[j].x })
		var b strings.Builder
		l := textLine{x0: cur[0].x, y: cur[0].y}
		end := cur[0].x
		for i, s := range cur {
			if i > 0 && s.x-end > 0.15*s.size && !strings.HasSuffix(b.String(), " ") && !strings.HasPrefix(s.s, " ") {
				b.WriteByte(' ')
			}
			b.WriteString(s.s)
			end = math.Max(end, s.x+s.w)
			l.size = math.Max(l.size, s.size)
		}
		l.x1 = end
		l.text = strings.Join(strings.Fields(b.String()), " ")
		if l.text != "" {
			lines = append(lines, l)
		}
		cur = cur[:0]
	}
	for _, s := range spans {
		if len(cur) > 0 && math.Abs(cur[0].y-s.y) > 0.3*math.Max(s.size, cur[0].size) {
			flush()
		}
		cur = append(cur, s)
	}
	flush()
	return lines
}

// rePageNumber is a line that is only a page number: "3", "- 3 -",
// "Page 3", "Page 3 of 5", "3/5".
var rePageNumber = regexp.MustCompile(`(?i)^(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|/)\s*\d{1,4})?$`)

// layout turns pages of lines into the text of a communiqué.
func layout(pages [][]textLine) string {
	// Running headers and footers: the same line (digits aside) at the
	// top or bottom of several pages, a page number, or a line in smaller
	// type standing apart at a page's edge.
	body := bodySize(pages)
	// A running line stands at the same height on each page.
	key := func(l textLine) string {
		return fmt.Sprintf("%.0f|", l.y) + strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return '#'
			}
			return unicode.ToLower(r)
		}, l.text)
	}
	edge := func(lines []textLine, i int) bool { return i < 2 || i >= len(lines)-2 }
	seen := map[string]int{}
	for _, lines := range pages {
		here := map[string]bool{}
		for i, l := range lines {
			if edge(lines, i) && !here[key(l)] {
				here[key(l)] = true
				seen[key(l)]++
			}
		}
	}
	var kept []textLine
	for pi, lines := range pages {
		for i, l := range lines {
			drop := false
			if edge(lines, i) {
				drop = rePageNumber.MatchString(l.text) ||
					(len(pages) >= 2 && seen[key(l)] >= max(2, (len(pages)+1)/2))
			}
			if !drop && l.size < 0.9*body && (i == 0 || i == len(lines)-1) && len(lines) > 1 {
				var gap float64
				if i == 0 {
					gap = l.y - lines[1].y
				} else {
					gap = lines[i-1].y - l.y
				}
				drop = gap > 2.5*body
			}
			if !drop {
				l.page = pi
				kept = append(kept, l)
			}
		}
	}
	if len(kept) == 0 {
		return ""
	}
	// The text block's right edge: lines that end near it wrap on.
	right := 0.0
	for _, l := range kept {
		right = math.Max(right, l.x1)
	}
	compounds := map[string]bool{}
	for _, l := range kept {
		for _, w := range strings.Fields(l.text) {
			if strings.Contains(strings.Trim(w, "-"), "-") {
				compounds[strings.ToLower(strings.Trim(w, ".,;:()’'\""))] = true
			}
		}
	}
	var b strings.Builder
	b.WriteString(kept[0].text)
	for i := 1; i < len(kept); i++ {
		prev, l := kept[i-1], kept[i]
		full := wraps(prev, l, right)
		switch {
		case l.page == prev.page && prev.y-l.y > 1.6*math.Max(prev.size, l.size):
			b.WriteString("\n\n")
		case l.page != prev.page && !full:
			b.WriteString("\n\n")
		case !full:
			b.WriteString("\n")
		case strings.HasSuffix(prev.text, "/"):
			// a document symbol broken after a slash: S/RES/ 2254
		case dehyphenate(prev.text, l.text, compounds):
			s := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(s, "-"))
		default:
			b.WriteString(" ")
		}
		b.WriteString(l.text)
	}
	b.WriteString("\n")
	return b.String()
}

// wraps tells whether a line ends because the next line's first word did
// not fit on it: then the two are one paragraph's lines. A line that stops
// short of the right edge by more than that word ends where its writer
// ended it (a header line, a paragraph's last line).
func wraps(prev, next textLine, right float64) bool {
	n := utf8.RuneCountInString(prev.text)
	if n == 0 {
		return false
	}
	charW := (prev.x1 - prev.x0) / float64(n)
	word := next.text
	if i := strings.IndexByte(word, ' '); i >= 0 {
		word = word[:i]
	}
	need := float64(utf8.RuneCountInString(word)+1) * charW
	return prev.x1+need > right-2*charW
}

// dehyphenate tells whether a line ending in a hyphen broke a word that
// the next line finishes: a letter before the hyphen, a lower-case letter
// after it, and the hyphenated form is not one the text writes whole
// elsewhere ("north-east" stays).
func dehyphenate(prev, next string, compounds map[string]bool) bool {
	if !strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "--") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev, "-"))
	after, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLetter(before) || !unicode.IsLower(after) {
		return false
	}
	head := prev[strings.LastIndexByte(prev, ' ')+1:]
	tail := next
	if i := strings.IndexByte(next, ' '); i >= 0 {
		tail = next[:i]
	}
	word := strings.ToLower(strings.Trim(head+tail, ".,;:()’'\""))
	return !compounds[word]
}

// bodySize is the type size most of the text is set in.
func bodySize(pages [][]textLine) float64 {
	chars := map[float64]int{}
	for _, lines := range pages {
		for _, l := range lines {
			chars[math.Round(l.size*2)/2] += len(l.text)
		}
	}
	best, n := 0.0, -1
	for s, c := range chars {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}
