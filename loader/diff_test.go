package loader

import (
	"fmt"
	"strings"
	"testing"
)

// lineDiff shows how got differs from want, line by line, as "-" (only in
// want) and "+" (only in got) lines with a little context, so that a failing
// golden test says what changed rather than that something did.
func lineDiff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	// longest common subsequence, by dynamic programming from the end
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		op   byte
		text string
		at   int // line number in want (or got, for additions)
	}
	var lines []line
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			lines = append(lines, line{' ', a[i], i + 1})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			lines = append(lines, line{'-', a[i], i + 1})
			i++
		default:
			lines = append(lines, line{'+', b[j], j + 1})
			j++
		}
	}
	const context, limit = 2, 80
	var out strings.Builder
	shown, last := 0, -1
	for k, l := range lines {
		near := false
		for q := max(0, k-context); q <= min(len(lines)-1, k+context); q++ {
			if lines[q].op != ' ' {
				near = true
				break
			}
		}
		if !near {
			continue
		}
		if last >= 0 && k != last+1 {
			out.WriteString("   …\n")
		}
		if shown++; shown > limit {
			out.WriteString("   … (more differences)\n")
			break
		}
		fmt.Fprintf(&out, "%c %4d %s\n", l.op, l.at, l.text)
		last = k
	}
	return out.String()
}

func TestLineDiff(t *testing.T) {
	got := lineDiff("a\nb\nc\nd", "a\nB\nc\nd\ne")
	want := "  " + "   1 a\n- " + "   2 b\n+ " + "   2 B\n  " + "   3 c\n  " + "   4 d\n+ " + "   5 e\n"
	if got != want {
		t.Errorf("lineDiff =\n%s\nwant\n%s", got, want)
	}
}
