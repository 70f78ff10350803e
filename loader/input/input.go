// Package input turns a communiqué's file, as it was published (plain text,
// a saved web page, a PDF), into the text the loader extracts from and what
// the file says about itself: title, publication date, publisher and the
// address it was published at.
//
// It sits beside the extraction rules rather than among them: the loader
// calls Decode for every file it reads, and kg load --urls hands it what
// loader/fetch fetched, but nothing here knows a rule or a store. The
// format is sniffed from the content (a .txt holding HTML is read as HTML),
// unless the caller forces one.
//
// Each reader returns text in the loader's communiqué form: the title on
// the first line, a blank line, the publisher and the date on lines of
// their own, a blank line, then the running text in paragraphs separated
// by blank lines. Evidence offsets therefore point into that text, and
// Meta.Body says where its running text starts.
package input

import (
	"bytes"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
)

// Format is a kind of input file.
type Format string

// The formats read. Auto sniffs the content.
const (
	Auto Format = ""
	Text Format = "text"
	HTML Format = "html"
	PDF  Format = "pdf"
)

// ParseFormat reads a --format value: auto, txt (or text, md), html (or
// htm), pdf.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "txt", "text", "md", "markdown":
		return Text, nil
	case "html", "htm":
		return HTML, nil
	case "pdf":
		return PDF, nil
	}
	return Auto, graph.Errorf(graph.EINVALID, "unknown format %q (want auto, txt, html or pdf)", s)
}

// Meta is what a file says about itself, beside its text. Empty fields are
// unknown: the loader then reads them from the text's header as it does
// for a plain-text communiqué.
type Meta struct {
	Format    Format
	Title     string
	Published graph.Date
	Publisher string
	// URL is the address the page gives as its own (its canonical link),
	// kept as the document's source.
	URL string
	// Body is the byte offset in the text where the running text starts,
	// when the reader composed the header itself; 0 leaves it to the
	// loader's header parser.
	Body int
}

// Doc is a decoded input: the text to extract from, and its metadata.
type Doc struct {
	Text []byte
	Meta Meta
}

// Options bound what Decode accepts.
type Options struct {
	// Format forces a format; Auto sniffs it.
	Format Format
	// MaxText is the largest text a file may decode to, in bytes; 0 is
	// DefaultMaxText.
	MaxText int
	// MaxPages is the most pages a PDF may have; 0 is DefaultMaxPages.
	MaxPages int
}

// Defaults of Options. A communiqué runs to a few pages; a file past these
// is a report, a book or an attack, not a communiqué.
const (
	DefaultMaxText  = 1 << 20
	DefaultMaxPages = 200
)

// RawLimit is the largest file read for a text limit of maxText: pages and
// PDFs carry markup, fonts and images around their text.
func RawLimit(maxText int) int {
	if maxText <= 0 {
		maxText = DefaultMaxText
	}
	return 32 * maxText
}

// Candidate tells whether a folder walk should read the file: the
// extensions of the formats read, and files without an extension (a saved
// page often has none), less a folder's README, which describes the folder.
// Which reader reads a file is decided by its content.
func Candidate(name string) bool {
	if strings.HasPrefix(strings.ToUpper(filepath.Base(name)), "README") {
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".html", ".htm", ".xhtml", ".pdf":
		return true
	case "":
		return !strings.HasPrefix(filepath.Base(name), ".")
	}
	return false
}

// Sniff tells the format of data from its content: a PDF header, HTML
// markup near the start, or else text. A compressed archive or other
// binary data is an error that says what it is.
func Sniff(data []byte) (Format, error) {
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return PDF, nil
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return "", fmt.Errorf("file is gzip-compressed; unpack it first")
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "", fmt.Errorf("file is a zip archive (or an office document); unpack it or save it as PDF or text first")
	case bytes.HasPrefix(head, []byte("BZh")), bytes.HasPrefix(head, []byte("\xfd7zXZ")), bytes.HasPrefix(head, []byte("7z\xbc\xaf")):
		return "", fmt.Errorf("file is a compressed archive; unpack it first")
	}
	if looksHTML(head) {
		return HTML, nil
	}
	ct := http.DetectContentType(head)
	if strings.HasPrefix(ct, "text/") || utf8.Valid(head) {
		return Text, nil
	}
	return "", fmt.Errorf("file is binary (%s), not a text, HTML or PDF communiqué", ct)
}

// looksHTML finds an HTML document's opening: a doctype, or an html, head
// or body tag, after a byte-order mark, blanks and comments.
func looksHTML(head []byte) bool {
	s := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	s = bytes.TrimSpace(s)
	for bytes.HasPrefix(s, []byte("<!--")) || bytes.HasPrefix(s, []byte("<?xml")) {
		end := []byte("-->")
		if bytes.HasPrefix(s, []byte("<?xml")) {
			end = []byte("?>")
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return false
		}
		s = bytes.TrimSpace(s[i+len(end):])
	}
	l := bytes.ToLower(s[:min(len(s), 64)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"} {
		if bytes.HasPrefix(l, []byte(p)) {
			return true
		}
	}
	return false
}

// Decode reads one file's bytes. name names it in errors. Plain text comes
// back as it is, for the loader's own checks; HTML and PDF come back as
// composed text with their metadata. A text that is not in English is an
// error: the extraction rules read English only.
func Decode(name string, data []byte, o Options) (Doc, error) {
	if o.MaxText <= 0 {
		o.MaxText = DefaultMaxText
	}
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	fail := func(err error) (Doc, error) {
		return Doc{}, &graph.Error{Code: graph.EINVALID, Op: "read " + name, Message: err.Error()}
	}
	f := o.Format
	if f == Auto {
		var err error
		if f, err = Sniff(data); err != nil {
			return fail(err)
		}
	}
	var doc Doc
	var err error
	switch f {
	case Text:
		doc = Doc{Text: data, Meta: Meta{Format: Text}}
	case HTML:
		doc, err = decodeHTML(data, o)
	case PDF:
		doc, err = decodePDF(data, o)
	default:
		err = fmt.Errorf("unknown format %q", f)
	}
	if err != nil {
		return fail(err)
	}
	if len(doc.Text) > o.MaxText {
		return fail(fmt.Errorf("its text is larger than the limit of %d bytes", o.MaxText))
	}
	if utf8.Valid(doc.Text) {
		if lang, ok := notEnglish(string(doc.Text)); ok {
			return fail(fmt.Errorf("the text is in %s, not English; kg extracts from English communiqués only", lang))
		}
	}
	return doc, nil
}

// compose writes a decoded document in the loader's communiqué form and
// records where its running text starts.
func compose(m Meta, paragraphs []string) Doc {
	var b strings.Builder
	b.WriteString(m.Title)
	b.WriteString("\n\n")
	if m.Publisher != "" {
		b.WriteString(m.Publisher)
		b.WriteString("\n")
	}
	if t, ok := m.Published.Time(); ok {
		b.WriteString(t.Format("January 2, 2006"))
		b.WriteString("\n")
	}
	if m.Publisher != "" || m.Published != "" {
		b.WriteString("\n")
	}
	m.Body = b.Len()
	for i, p := range paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	b.WriteString("\n")
	return Doc{Text: []byte(b.String()), Meta: m}
}
