package input_test

import (
	"testing"

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
	data, err := inputtest.PDF(communique)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 1 >> endobj\ntrailer << /Root << /Pages 1 0 R >> >>\nstartxref\n0\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := input.Decode("fuzz.pdf", data, input.Options{Format: input.PDF, MaxText: 1 << 16, MaxPages: 20})
		if err == nil && len(doc.Text) == 0 {
			t.Fatalf("document without text")
		}
	})
}
