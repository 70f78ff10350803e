package inputtest_test

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/eval"
	"github.com/actorgraph/kg/loader/input/inputtest"
)

// TestRenderedCorpus_ScoresAsText renders each corpus as web pages and as
// PDFs and scores them with kg eval's scorer: entities and relations must
// score within 0.02 F1 of the plain texts, and every document's title and
// date must be the gold's. The shared dev corpus sits beside the
// repository; it is skipped where it is not there.
func TestRenderedCorpus_ScoresAsText(t *testing.T) {
	x, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"../../../../shared/corpus/dev", "../../testdata/corpus"} {
		t.Run(filepath.Base(filepath.Dir(dir))+"/"+filepath.Base(dir), func(t *testing.T) {
			if _, err := os.Stat(dir); err != nil {
				t.Skip(err)
			}
			base, err := eval.Dir(dir, x)
			if err != nil {
				t.Fatal(err)
			}
			for _, format := range []string{"html", "pdf"} {
				out := filepath.Join(t.TempDir(), format)
				if err := inputtest.WriteDir(dir, out, format); err != nil {
					t.Fatal(err)
				}
				r, err := eval.Dir(out, x)
				if err != nil {
					t.Fatal(err)
				}
				if r.Documents != base.Documents {
					t.Fatalf("%s: %d documents scored, want %d", format, r.Documents, base.Documents)
				}
				for _, c := range []struct {
					what      string
					got, want float64
				}{
					{"entity F1", r.AllEntities().F1(), base.AllEntities().F1()},
					{"relation F1", r.AllRelations().F1(), base.AllRelations().F1()},
				} {
					t.Logf("%s %s: %.3f (text %.3f)", format, c.what, c.got, c.want)
					if math.Abs(c.got-c.want) > 0.02 {
						t.Errorf("%s: %s %.3f, the texts score %.3f: more than 0.02 apart", format, c.what, c.got, c.want)
					}
				}
				if r.Titles.Right != r.Titles.Gold || r.Dates.Right != r.Dates.Gold || r.Titles.Gold != r.Documents {
					t.Errorf("%s: titles right %d/%d, dates right %d/%d, of %d documents; misses: %q",
						format, r.Titles.Right, r.Titles.Gold, r.Dates.Right, r.Dates.Gold, r.Documents, r.Misses)
				}
			}
		})
	}
}
