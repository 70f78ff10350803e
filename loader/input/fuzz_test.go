package input_test

import (
	"bytes"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/actorgraph/kg/loader/input"
	"github.com/actorgraph/kg/loader/input/inputtest"
)

// The fuzz targets feed the readers arbitrary bytes: any input must come
// back as a document or an error, never a crash or a hang. .ci/run fuzzes
// each for 60 s; go test runs the seeds.

func FuzzDecodeHTML(f *testing.F) {
	f.Add(inputtest.Page(communique, 0, nil))
	f.Add(inputtest.Page(communique, 1, nil))
	f.Add(inputtest.Page(communique, 2, nil))
	f.Add([]byte("<html><head><meta property=og:title content=x><script type=application/ld+json>{\"@graph\":[{\"datePublished\":\"2019\"}]}</script></head><body><p>a</p>"))
	f.Add([]byte("<table><tr><td><div><p>unclosed"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := input.Decode("fuzz.html", data, input.Options{Format: input.HTML, MaxText: 1 << 16})
		if err == nil && (len(doc.Text) == 0 || doc.Meta.Body > len(doc.Text)) {
			t.Fatalf("document without text or with its body past its end: %+v", doc.Meta)
		}
	})
}

func FuzzDecodePDF(f *testing.F) {
	// Small seeds, so that each run is quick: the rendered communiqués
	// embed a whole font, which every mutation would inflate again. One
	// seed per font kind (a standard font, an embedded UTF-8 one with its
	// ToUnicode map), with content streams compressed and not.
	for _, utf8 := range []bool{false, true} {
		for _, compress := range []bool{true, false} {
			f.Add(smallPDF(f, utf8, compress))
		}
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 1 >> endobj\ntrailer << /Root << /Pages 1 0 R >> >>\nstartxref\n0\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := input.Decode("fuzz.pdf", data, input.Options{Format: input.PDF, MaxText: 1 << 16, MaxPages: 20})
		if err == nil && len(doc.Text) == 0 {
			t.Fatalf("document without text")
		}
	})
}

func smallPDF(f *testing.F, utf8, compress bool) []byte {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(compress)
	p.SetTitle("Council Statement", true)
	p.SetFooterFunc(func() { p.SetY(-15); p.CellFormat(0, 5, "Page 1 of 1", "", 0, "C", false, 0, "") })
	p.AddPage()
	if utf8 {
		p.AddUTF8FontFromBytes("go", "", goregular.TTF)
		p.SetFont("go", "", 11)
	} else {
		p.SetFont("Helvetica", "", 11)
	}
	p.MultiCell(0, 5, "Council Statement\n\nThe Council condemns the attack in north-east Syria and recalls resolution S/RES/2254 (2015) and the presidential statement S/PRST/2018/4 of Çavuşoğlu's ministry.", "", "L", false)
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		f.Fatal(err)
	}
	return b.Bytes()
}
