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

// TestDocExtraction_Figures checks that the summary table of
// doc/extraction.md says what kg eval gives on each set it names, so that
// the published figures are the loader's. A set whose folder is not there
// (the shared corpus sits beside the repository) is skipped.
func TestDocExtraction_Figures(t *testing.T) {
	doc, err := os.ReadFile("../doc/extraction.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| ([^|]+) \\| `([^`]+)` \\| (\\d+) \\| ([^|]+) \\| ([^|]+) \\|$")
	rows := row.FindAllStringSubmatch(string(doc), -1)
	if len(rows) < 5 {
		t.Fatalf("doc/extraction.md: found %d rows of the summary table, want one per set", len(rows))
	}
	x := mustExtractor(t)
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
					t.Errorf("doc/extraction.md says %q, kg eval %s gives %q: update the table", want[i], r[2], got[i])
				}
			}
		})
	}
}
