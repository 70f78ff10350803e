package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/kg/loader/eval"
)

// TestDocExtraction_Figures checks that the summary tables of
// doc/extraction.md and of the README say what kg eval gives on each set
// they name, so that the published figures are the loader's. A set whose folder is not there
// (the shared corpus sits beside the repository) is skipped.
func TestDocExtraction_Figures(t *testing.T) {
	x := mustExtractor(t)
	for _, file := range []string{"doc/extraction.md", "README.md"} {
		t.Run(file, func(t *testing.T) { checkFigures(t, x, file) })
	}
}

// checkFigures checks the summary table of one file of the repository.
func checkFigures(t *testing.T, x *Extractor, file string) {
	doc, err := os.ReadFile(filepath.Join("..", file))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| ([^|]+) \\| `([^`]+)` \\| (\\d+) \\| ([^|]+) \\| ([^|]+) \\|$")
	rows := row.FindAllStringSubmatch(string(doc), -1)
	if len(rows) < 5 {
		t.Fatalf("%s: found %d rows of the summary table, want one per set", file, len(rows))
	}
	for _, r := range rows {
		name, dir := r[1], filepath.Join("..", r[2])
		t.Run(name, func(t *testing.T) {
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("%s: %v", dir, err)
			}
			rep, err := eval.Dir(dir, x)
			if err != nil {
				t.Fatal(err)
			}
			ents, rels := rep.AllEntities(), rep.AllRelations()
			got := []string{fmt.Sprint(rep.Documents),
				fmt.Sprintf("%.3f / %.3f / **%.3f**", ents.Precision(), ents.Recall(), ents.F1()),
				fmt.Sprintf("%.3f / %.3f / **%.3f**", rels.Precision(), rels.Recall(), rels.F1())}
			want := []string{r[3], strings.TrimSpace(r[4]), strings.TrimSpace(r[5])}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s says %q, kg eval %s gives %q: update the table", file, want[i], r[2], got[i])
				}
			}
		})
	}
}
