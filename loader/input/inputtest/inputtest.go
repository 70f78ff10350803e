// Package inputtest renders plain-text communiqués as they are published
// elsewhere: a web page in a site's template (menus, breadcrumbs, share
// buttons, a sidebar, a comment form, a footer, metadata in the head) and
// a PDF (running header, page numbers, hyphenated lines), so that the
// readers of loader/input can be scored on the project's own texts. The
// texts are the project's; nothing here copies a published page.
package inputtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/actorgraph/kg/graph"
)

// Communique is a plain-text communiqué taken apart: the site's time
// stamp above the title, the title, the header block (genre, publisher,
// department, place, date), the paragraphs, and the metadata a site would
// publish with it.
type Communique struct {
	Slug       string
	Stamp      string
	Title      string
	Header     []string
	Paragraphs []string
	Published  graph.Date
	Publisher  string
}

var reStamp = regexp.MustCompile(`^[A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}( \d{1,2}:\d{2})?$`)

// Parse takes a communiqué's text apart; meta gives the title, date and
// publisher (a gold file's document, or a site's records).
func Parse(slug, text string, meta graph.DocumentMeta) Communique {
	c := Communique{Slug: slug, Title: meta.Title, Published: meta.Published, Publisher: meta.Publisher}
	var paras []string
	for _, p := range regexp.MustCompile(`\n[ \t]*\n`).Split(strings.ReplaceAll(text, "\r\n", "\n"), -1) {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) > 0 && reStamp.MatchString(paras[0]) {
		c.Stamp, paras = paras[0], paras[1:]
	}
	if len(paras) > 0 && strings.Join(strings.Fields(paras[0]), " ") == strings.Join(strings.Fields(c.Title), " ") {
		paras = paras[1:]
	}
	if len(paras) > 0 {
		short := true
		for _, l := range strings.Split(paras[0], "\n") {
			if len(l) > 80 || strings.HasSuffix(l, ".") {
				short = false
			}
		}
		if short {
			c.Header, paras = strings.Split(paras[0], "\n"), paras[1:]
		}
	}
	c.Paragraphs = paras
	return c
}

// ReadDir reads the communiqués of a folder that have gold files beside
// them, with the gold's title, date and publisher.
func ReadDir(dir string) ([]Communique, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		return nil, fmt.Errorf("%s: no .gold.json files", dir)
	}
	var out []Communique
	for _, g := range golds {
		stem := strings.TrimSuffix(g, ".gold.json")
		text, err := os.ReadFile(stem + ".txt")
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(g)
		if err != nil {
			return nil, err
		}
		var gold graph.Extraction
		if err := json.Unmarshal(data, &gold); err != nil {
			return nil, fmt.Errorf("%s: %v", g, err)
		}
		out = append(out, Parse(filepath.Base(stem), string(text), gold.Document))
	}
	return out, nil
}

// WriteDir renders each communiqué of src in format ("html" or "pdf") into
// dst, with its gold file beside it, so that kg eval scores the folder.
func WriteDir(src, dst, format string) error {
	cs, err := ReadDir(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for i, c := range cs {
		var data []byte
		switch format {
		case "html":
			data = Page(c, i, cs)
		case "pdf":
			if data, err = PDF(c); err != nil {
				return fmt.Errorf("%s: %v", c.Slug, err)
			}
		default:
			return fmt.Errorf("unknown format %q", format)
		}
		if err := os.WriteFile(filepath.Join(dst, c.Slug+"."+format), data, 0o644); err != nil {
			return err
		}
		gold, err := os.ReadFile(filepath.Join(src, c.Slug+".gold.json"))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, c.Slug+".gold.json"), gold, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (c Communique) genre() string {
	if len(c.Header) > 0 {
		return c.Header[0]
	}
	return "News"
}

func (c Communique) department() string {
	for _, l := range c.Header[min(len(c.Header), 1):] {
		if l != c.Publisher && !strings.ContainsAny(l, "0123456789") {
			return l
		}
	}
	return ""
}

func (c Communique) date() time.Time {
	t, _ := c.Published.Time()
	return t
}

// Page renders c as a site's press-release page. style (0, 1, 2, …)
// varies where the page keeps its metadata, as sites do: Open Graph and
// article:published_time; JSON-LD only; or only the h1, a <title> with the
// site's name and a <time datetime>. others fill the sidebar.
func Page(c Communique, style int, others []Communique) []byte {
	e := html.EscapeString
	site := c.Publisher
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	canonical := "https://www.example.org/en/press-releases/" + c.Slug + ".html"
	iso := c.date().Format("2006-01-02") + "T18:25:00+03:00"
	w("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
	w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w("<title>%s | %s</title>\n", e(c.Title), e(site))
	w("<link rel=\"canonical\" href=\"%s\">\n", canonical)
	w("<link rel=\"stylesheet\" href=\"/assets/css/site.min.css?v=4.2\">\n")
	switch style % 3 {
	case 0:
		w("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"%s\">\n", e(c.Title))
		w("<meta property=\"og:site_name\" content=\"%s\">\n<meta property=\"og:url\" content=\"%s\">\n", e(site), canonical)
		w("<meta property=\"article:published_time\" content=\"%s\">\n<meta property=\"article:section\" content=\"%s\">\n", iso, e(c.department()))
	case 1:
		ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@graph": []any{
			map[string]any{"@type": "WebSite", "name": site, "url": "https://www.example.org/"},
			map[string]any{"@type": "NewsArticle", "headline": c.Title, "datePublished": iso, "dateModified": iso,
				"mainEntityOfPage": canonical, "publisher": map[string]any{"@type": "Organization", "name": site}},
		}})
		w("<script type=\"application/ld+json\">%s</script>\n", ld)
	case 2:
		w("<meta property=\"og:site_name\" content=\"%s\">\n<meta name=\"description\" content=\"%s\">\n", e(site), e(firstSentence(c)))
	}
	w("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>\n")
	w("</head>\n<body class=\"single single-post page-news\">\n")
	w("<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies to improve your experience on our website. <a href=\"/en/privacy\">Learn more</a></p><button>Accept</button></div>\n")
	w("<header class=\"site-header\">\n<a class=\"logo\" href=\"/en/\"><img src=\"/assets/img/logo.svg\" alt=\"%s\"></a>\n", e(site))
	w("<nav class=\"main-menu\" aria-label=\"Main\"><ul>\n")
	for _, item := range []string{"Home", "About us", "News", "Press releases", "Statements", "Reports", "Media", "Contact"} {
		w("<li><a href=\"/en/%s\">%s</a></li>\n", slugOf(item), item)
	}
	w("</ul></nav>\n<form class=\"search-form\" action=\"/en/search\"><input type=\"search\" name=\"q\" placeholder=\"Search…\"><button>Search</button></form>\n")
	w("<ul class=\"languages\"><li><a href=\"/ar/\">العربية</a></li><li><a href=\"/en/\">English</a></li><li><a href=\"/tr/\">Türkçe</a></li></ul>\n</header>\n")
	w("<nav class=\"breadcrumb\"><a href=\"/en/\">Home</a> › <a href=\"/en/press-releases\">%s</a> › <span>%s</span></nav>\n", e(c.genre()), e(c.Title))
	w("<main id=\"content\" class=\"site-main\">\n<article class=\"post type-post\">\n<header class=\"entry-header\">\n<h1 class=\"entry-title\">%s</h1>\n", e(c.Title))
	w("<div class=\"entry-meta\"><span class=\"cat-links\">%s</span> <span class=\"sep\">·</span> ", e(c.genre()))
	if d := c.department(); d != "" {
		w("<span class=\"department\">%s</span> <span class=\"sep\">·</span> ", e(d))
	}
	if style%3 == 2 {
		w("<time class=\"entry-date published\" datetime=\"%s\">%s</time>", iso, c.date().Format("January 2, 2006"))
	} else {
		w("<span class=\"posted-on\">%s</span>", c.date().Format("January 2, 2006"))
	}
	w("</div>\n</header>\n<div class=\"entry-content\">\n")
	for _, p := range c.Paragraphs {
		if strings.HasPrefix(p, "Home ") {
			continue // the text's own copy of a breadcrumb: the page has one
		}
		w("<p>%s</p>\n", strings.ReplaceAll(e(p), "\n", "<br>\n"))
	}
	w("</div>\n<footer class=\"entry-footer\">\n<div class=\"share-buttons\"><span>Share this:</span> ")
	for _, s := range []string{"Facebook", "Twitter", "WhatsApp", "Telegram", "Email", "Print"} {
		w("<a class=\"share-%s\" href=\"https://www.example.org/share?to=%s&u=%s\">%s</a> ", strings.ToLower(s), strings.ToLower(s), canonical, s)
	}
	w("</div>\n<div class=\"tags-links\">Tags: <a href=\"/en/tag/syria\">Syria</a>, <a href=\"/en/tag/%s\">%s</a></div>\n</footer>\n</article>\n", slugOf(c.genre()), e(c.genre()))
	w("<nav class=\"post-navigation\"><a rel=\"prev\" href=\"/en/prev\">← Previous post</a> <a rel=\"next\" href=\"/en/next\">Next post →</a></nav>\n")
	w("<section id=\"comments\" class=\"comments-area\"><h3 class=\"comment-reply-title\">Leave a Reply</h3>\n<form class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p>\n")
	w("<p><label for=\"comment\">Comment *</label><textarea id=\"comment\" name=\"comment\"></textarea></p><p><label>Name *</label><input name=\"author\"></p><p><label>Email *</label><input name=\"email\"></p><p><button type=\"submit\">Post Comment</button></p></form></section>\n")
	w("</main>\n<aside class=\"sidebar widget-area\"><section class=\"widget recent-posts\"><h2 class=\"widget-title\">Latest news</h2><ul>\n")
	for _, o := range others {
		if o.Slug != c.Slug {
			w("<li><a href=\"/en/press-releases/%s.html\">%s</a> <span class=\"post-date\">%s</span></li>\n", o.Slug, e(o.Title), o.date().Format("January 2, 2006"))
		}
	}
	w("</ul></section>\n<section class=\"widget newsletter\"><h2 class=\"widget-title\">Newsletter</h2><p>Subscribe to receive our statements by email.</p><form><input type=\"email\" placeholder=\"Your email\"><button>Subscribe</button></form></section>\n</aside>\n")
	w("<footer class=\"site-footer\"><div class=\"footer-widgets\"><p>%s – Media Office</p><p>Follow us: <a href=\"https://www.example.org/fb\">Facebook</a> <a href=\"https://www.example.org/x\">X</a> <a href=\"https://www.example.org/yt\">YouTube</a></p></div>\n", e(site))
	w("<div class=\"site-info\">© %d %s. All rights reserved. <a href=\"/en/privacy\">Privacy Policy</a> · <a href=\"/en/terms\">Terms of Use</a></div></footer>\n", c.date().Year(), e(site))
	w("<script src=\"/assets/js/site.min.js?v=4.2\" defer></script>\n</body>\n</html>\n")
	return b.Bytes()
}

func firstSentence(c Communique) string {
	if len(c.Paragraphs) == 0 {
		return ""
	}
	p := c.Paragraphs[0]
	if i := strings.Index(p, ". "); i > 0 {
		return p[:i+1]
	}
	return p
}

func slugOf(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, " ", "-"))
}

// PDF renders c as a printed communiqué: A4, a running header with the
// publisher and the genre, "Page n of m" in the footer, the text's lines
// as the text has them, paragraphs broken into lines with hyphenation, and
// the title, date and publisher in the document information.
func PDF(c Communique) ([]byte, error) {
	const (
		left, right, top, bottom = 22.0, 22.0, 28.0, 25.0
		pageW, pageH             = 210.0, 297.0
	)
	p := fpdf.New("P", "mm", "A4", "")
	p.SetMargins(left, top, right)
	p.SetAutoPageBreak(false, bottom)
	p.AddUTF8FontFromBytes("go", "", goregular.TTF)
	p.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	p.SetTitle(c.Title, true)
	p.SetAuthor(c.Publisher, true)
	p.SetCreator("kg inputtest", true)
	p.SetCreationDate(c.date())
	p.SetModificationDate(c.date())
	p.AliasNbPages("{nb}")
	p.SetHeaderFunc(func() {
		p.SetFont("go", "", 8)
		p.SetXY(left, 12)
		p.CellFormat(0, 4, c.Publisher+" — "+c.genre(), "", 0, "L", false, 0, "")
		p.Line(left, 17, pageW-right, 17)
	})
	p.SetFooterFunc(func() {
		p.SetFont("go", "", 8)
		p.SetXY(left, pageH-15)
		p.CellFormat(0, 4, fmt.Sprintf("Page %d of {nb}", p.PageNo()), "", 0, "C", false, 0, "")
	})
	p.AddPage()
	y := top
	width := pageW - left - right
	line := func(s string, size, height float64) {
		if y+height > pageH-bottom {
			p.AddPage()
			y = top
		}
		p.SetXY(left, y)
		p.CellFormat(width, height, s, "", 0, "L", false, 0, "")
		y += height
	}
	para := func(text string, style string, size, height, after float64) {
		p.SetFont("go", style, size)
		for _, hard := range strings.Split(text, "\n") {
			for _, l := range breakLines(hard, width, p.GetStringWidth) {
				line(l, size, height)
			}
		}
		y += after
	}
	if c.Stamp != "" {
		para(c.Stamp, "", 9, 4.5, 4)
	}
	para(c.Title, "B", 16, 7.5, 4)
	if len(c.Header) > 0 {
		para(strings.Join(c.Header, "\n"), "", 10, 5, 4)
	}
	for _, t := range c.Paragraphs {
		para(t, "", 11, 5.5, 3)
	}
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// breakLines fills lines of at most width, hyphenating a word that does
// not fit where a syllable ends.
func breakLines(text string, width float64, measure func(string) float64) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if measure(try) <= width {
			cur = try
			continue
		}
		// the head of the word that fits, with a hyphen
		for _, cut := range hyphenPoints(w) {
			head := w[:cut] + "-"
			if cur != "" {
				head = cur + " " + head
			}
			if measure(head) <= width {
				lines = append(lines, head)
				cur, w = "", w[cut:]
				break
			}
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// hyphenPoints are the byte offsets where a word may break, longest head
// first: after a vowel followed by a consonant and a vowel ("nego-tia-
// tions"), leaving at least three letters on each side; words with
// capitals, digits or hyphens of their own are not broken.
func hyphenPoints(w string) []int {
	rs := []rune(w)
	for _, r := range rs {
		if !unicode.IsLower(r) {
			if r == ',' || r == '.' || r == ';' {
				continue
			}
			return nil
		}
	}
	vowel := func(r rune) bool { return strings.ContainsRune("aeiouy", r) }
	var out []int
	for i := len(rs) - 4; i >= 3; i-- {
		if vowel(rs[i-1]) && !vowel(rs[i]) && i+1 < len(rs) && vowel(rs[i+1]) {
			out = append(out, len(string(rs[:i])))
		}
	}
	return out
}
