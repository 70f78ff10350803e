package input_test

import (
	"testing"

	"github.com/actorgraph/kg/loader/input"
	"github.com/actorgraph/kg/loader/input/inputtest"
)

// The readers' speed, in MB/s of input on one core (go test -bench .
// -cpu 1 ./loader/input): the README quotes these.

func BenchmarkDecodeHTML(b *testing.B) {
	page := inputtest.Page(communique, 0, []inputtest.Communique{communique})
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := input.Decode("page.html", page, input.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodePDF(b *testing.B) {
	c := communique
	for i := 0; i < 4; i++ {
		c.Paragraphs = append(c.Paragraphs, communique.Paragraphs...)
	}
	data, err := inputtest.PDF(c)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := input.Decode("doc.pdf", data, input.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
