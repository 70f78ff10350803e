// Command render writes a folder of communiqués with gold files (such as
// the shared dev corpus) as web pages and as PDFs, each beside its gold
// file, for kg eval:
//
//	go run ./loader/input/inputtest/render ../shared/corpus/dev /tmp/dev-html /tmp/dev-pdf
//	go run ./cmd/kg eval /tmp/dev-html
package main

import (
	"fmt"
	"os"

	"github.com/actorgraph/kg/loader/input/inputtest"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: render SRC_DIR HTML_DIR PDF_DIR")
		os.Exit(2)
	}
	for i, f := range []string{"html", "pdf"} {
		if err := inputtest.WriteDir(os.Args[1], os.Args[2+i], f); err != nil {
			fmt.Fprintln(os.Stderr, "render:", err)
			os.Exit(1)
		}
	}
}
