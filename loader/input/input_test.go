package input_test

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input"
	"github.com/actorgraph/kg/loader/input/inputtest"
)

// communique is a short communiqué of our own, with what the readers must
// keep: a UN document symbol, a compound with a hyphen of its own, and long
// words that the PDF writer hyphenates at line ends.
var communique = inputtest.Communique{
	Slug:      "council-statement",
	Title:     "Council Welcomes Implementation of Resolution 2254 in North-East Syria",
	Header:    []string{"Statement", "League of Arab States", "General Secretariat", "Cairo, 12 October 2019"},
	Published: "2019-10-12",
	Publisher: "League of Arab States",
	Paragraphs: []string{
		"The Council of the League of Arab States met in Cairo on Saturday and reaffirmed its commitment to Security Council resolution S/RES/2254 (2015) and to the presidential statement S/PRST/2018/4, which the members characterised as indispensable internationally-recognised foundations.",
		"The ministers expressed unwavering determination regarding the humanitarian responsibilities of the international community in north-east Syria, notwithstanding extraordinarily complicated circumstances, and underlined institutionalisation of accountability mechanisms.",
		"The Secretary-General, Ahmed Aboul Gheit, informed the ministers of the consultations he had conducted since the previous session.",
	},
}

func TestDecode_PDF(t *testing.T) {
	data, err := inputtest.PDF(communique)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := input.Decode("council.pdf", data, input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc.Text)
	if doc.Meta.Format != input.PDF || doc.Meta.Title != communique.Title {
		t.Errorf("meta %+v, want format pdf and the document information's title", doc.Meta)
	}
	want := communique.Title + "\n\n" + strings.Join(communique.Header, "\n") + "\n\n" +
		strings.Join(communique.Paragraphs, "\n\n") + "\n"
	if text != want {
		t.Errorf("text:\n%s\nwant:\n%s", text, want)
	}
	for _, chrome := range []string{"Page 1", "— Statement"} {
		if strings.Contains(text, chrome) {
			t.Errorf("running header or footer %q kept", chrome)
		}
	}
}

func TestDecode_PDFSeveralPages(t *testing.T) {
	c := communique
	c.Paragraphs = nil
	for i := 0; i < 30; i++ {
		// each paragraph its own words, as a text's are; digits alone
		// would make them one line repeated, like a running header
		c.Paragraphs = append(c.Paragraphs, fmt.Sprintf("Paragraph %c%c: the ministers reaffirmed their support for the negotiations under United Nations auspices and called for the release of detainees.", 'A'+i%26, 'a'+i/26))
	}
	data, err := inputtest.PDF(c)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := input.Decode("long.pdf", data, input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc.Text)
	if n := strings.Count(text, "\n\nParagraph "); n != 30 {
		t.Errorf("%d paragraphs, want 30: pages joined wrongly\n%s", n, text)
	}
	for _, chrome := range []string{"Page ", "League of Arab States — Statement"} {
		if strings.Contains(text, chrome) {
			t.Errorf("running header or footer %q kept", chrome)
		}
	}
}

func TestDecode_HTML(t *testing.T) {
	others := []inputtest.Communique{communique}
	for style, name := range []string{"open graph", "json-ld", "h1 and time"} {
		t.Run(name, func(t *testing.T) {
			page := inputtest.Page(communique, style, others)
			doc, err := input.Decode("page.html", page, input.Options{})
			if err != nil {
				t.Fatal(err)
			}
			m := doc.Meta
			if m.Title != communique.Title || m.Published != communique.Published || m.Publisher != communique.Publisher ||
				m.URL != "https://www.example.org/en/press-releases/council-statement.html" || m.Format != input.HTML {
				t.Errorf("meta %+v", m)
			}
			text := string(doc.Text)
			head := communique.Title + "\n\nLeague of Arab States\nOctober 12, 2019\n\n"
			if !strings.HasPrefix(text, head) || m.Body != len(head) {
				t.Errorf("text starts %q (body at %d), want %q", text[:min(len(text), 120)], m.Body, head)
			}
			for _, p := range communique.Paragraphs {
				if !strings.Contains(text, p+"\n") {
					t.Errorf("paragraph missing: %q", p)
				}
			}
			for _, chrome := range []string{"Press releases", "Leave a Reply", "Share this", "Subscribe", "All rights reserved", "We use cookies", "Latest news", "Previous post", "Tags:"} {
				if strings.Contains(text, chrome) {
					t.Errorf("site chrome %q kept in\n%s", chrome, text)
				}
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		data string
		want input.Format
	}{
		{"%PDF-1.4\n...", input.PDF},
		{"\ufeff<!DOCTYPE html><html>", input.HTML},
		{"<!-- saved -->\n<html lang=en>", input.HTML},
		{"  <head><title>x</title>", input.HTML},
		{"Final Communiqué\n\nThe <b>Council</b> met.", input.Text},
	}
	for _, tt := range tests {
		got, err := input.Sniff([]byte(tt.data))
		if err != nil || got != tt.want {
			t.Errorf("Sniff(%q) = %q, %v; want %q", tt.data, got, err, tt.want)
		}
	}
}

func TestDecode_BadInput(t *testing.T) {
	var encrypted bytes.Buffer
	p := fpdf.New("P", "mm", "A4", "")
	p.SetProtection(0, "secret", "owner")
	p.AddPage()
	p.SetFont("Helvetica", "", 12)
	p.Cell(0, 10, "The Council condemns the attack.")
	if err := p.Output(&encrypted); err != nil {
		t.Fatal(err)
	}
	var scanned bytes.Buffer
	p = fpdf.New("P", "mm", "A4", "")
	p.AddPage()
	p.Rect(20, 20, 170, 250, "F") // a page with marks and no text, as a scan is
	if err := p.Output(&scanned); err != nil {
		t.Fatal(err)
	}
	french := "Le Conseil de la Ligue des États arabes a tenu une session extraordinaire au Caire. " +
		"Les ministres ont condamné l'opération militaire et ont appelé au retrait des forces de la région. " +
		"La session a été convoquée à la demande de l'Égypte pour examiner la situation dans le nord-est de la Syrie, " +
		"et le Conseil a réaffirmé son soutien à l'unité et à la souveraineté du pays."
	tests := []struct {
		name string
		data []byte
		opts input.Options
		want string
	}{
		{"encrypted", encrypted.Bytes(), input.Options{}, "encrypted with a password"},
		{"scanned", scanned.Bytes(), input.Options{}, "no text layer (a scanned PDF?); run OCR first"},
		{"bomb", flateBomb(t), input.Options{}, "decompression bomb"},
		{"truncated pdf", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), input.Options{}, "malformed PDF"},
		{"gzip", []byte{0x1f, 0x8b, 8, 0, 0, 0}, input.Options{}, "gzip-compressed; unpack it first"},
		{"zip", []byte("PK\x03\x04rest"), input.Options{}, "zip archive"},
		{"binary", []byte{0, 1, 2, 0xff, 0xfe, 3}, input.Options{}, "binary"},
		{"french", []byte(french), input.Options{}, "the text is in French, not English"},
		{"huge page", []byte("<html><head><title>T</title></head><body><article><p>" + strings.Repeat("The Council met. ", 2000) + "</p></article></body></html>"),
			input.Options{MaxText: 10000}, "larger than the limit of 10000 bytes"},
		{"html without text", []byte("<html><head><title>Home</title></head><body><nav><a href=/>Home</a></nav></body></html>"), input.Options{}, "read empty.html:"},
		{"forced pdf", []byte("The Council met."), input.Options{Format: input.PDF}, "PDF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := strings.ReplaceAll(tt.name, " ", "") + ".bin"
			if tt.name == "html without text" {
				name = "empty.html"
			}
			_, err := input.Decode(name, tt.data, tt.opts)
			if err == nil || graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), name) {
				t.Errorf("error %v, want an EINVALID error naming %s and saying %q", err, name, tt.want)
			}
		})
	}
}

// flateBomb is a small PDF one of whose streams inflates to 100 MiB.
func flateBomb(t *testing.T) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 100; i++ {
		zw.Write(zero)
	}
	zw.Close()
	var b bytes.Buffer
	fmt.Fprintf(&b, "%%PDF-1.4\n1 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n", z.Len())
	b.Write(z.Bytes())
	b.WriteString("\nendstream\nendobj\ntrailer << /Root 2 0 R >>\n%%EOF\n")
	if b.Len() > 200<<10 {
		t.Fatalf("bomb is %d bytes, want a small file", b.Len())
	}
	return b.Bytes()
}
