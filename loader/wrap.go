package loader

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// A communiqué's line breaks carry meaning to the loader: a header line, a
// list item, a signature line each end where their line does. Carriers
// add breaks that carry none. Mail, wire copy and text saved from some PDF
// viewers break every paragraph at a fixed width ("hard wrapping"); text
// copied from some web pages puts a blank line after every line. reflow
// undoes both before the text is read: on the world set wrapped at 72
// columns, relations had fallen from 0.84 to 0.23 F1, and double-spaced
// from 0.84 to 0.74.

// reflow gives a text the line breaks of its author: double spacing closed
// up, then hard-wrapped paragraphs joined. Both keep the text's length.
func reflow(text string) string {
	return unwrap(closeUpDoubleSpacing(text))
}

// minWrapWidth and maxWrapWidth bound the width a wrapped text is taken
// to have: its longest line. Below the lower bound lines are too short to tell a wrap
// from a list of short lines; a text with a longer line is not wrapped.
const (
	minWrapWidth = 55
	maxWrapWidth = 100
)

// unwrap turns into spaces the line breaks that a fixed width made inside
// paragraphs, and returns the text unchanged when it is not wrapped. A
// break is the width's when the next line's first word would not have
// fitted on the line and the next line opens no list item; after a colon
// or a semicolon the next line must also run to most of the width, as a
// list's short items do not. A text counts as wrapped when its longest
// line is between minWrapWidth and maxWrapWidth columns and it has three
// such breaks or more. A space has the line break's length, so every
// offset into the text stays that of the file, but for a word a wrap broke
// after its hyphen, which moves back over the break.
func unwrap(text string) string {
	width := 0
	for line := range strings.Lines(text) {
		n := utf8.RuneCountInString(strings.TrimRight(line, " \t\n"))
		if n > maxWrapWidth {
			return text // a line no wrap made: the usual case
		}
		width = max(width, n)
	}
	if width < minWrapWidth {
		return text
	}
	var breaks []int // byte offsets of the line breaks a wrap made
	start := 0
	for start < len(text) {
		nl := strings.IndexByte(text[start:], '\n')
		if nl < 0 {
			break
		}
		nl += start
		line := strings.TrimRight(text[start:nl], " \t")
		rest := text[nl+1:]
		next, _, _ := strings.Cut(rest, "\n")
		next = strings.TrimSpace(next)
		first, _, _ := strings.Cut(next, " ")
		listBreak := (strings.HasSuffix(line, ":") || strings.HasSuffix(line, ";")) && utf8.RuneCountInString(next) < width*3/4
		if line != "" && next != "" && !listBreak && !listItemStart(next) &&
			utf8.RuneCountInString(line)+1+utf8.RuneCountInString(first) > width {
			breaks = append(breaks, nl)
		}
		start = nl + 1
	}
	if len(breaks) < 3 {
		return text
	}
	b := []byte(text)
	for _, k := range breaks {
		b[k] = ' '
		// "Dee-\nMaxwell", "twenty-\nfive": a word the wrap broke after its
		// hyphen is one word again, its space moved after it
		j := k + 1
		for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
			j++ // the next line's indentation
		}
		if k > 1 && b[k-1] == '-' && isLetterByte(b[k-2]) && j < len(b) && isLetterByte(b[j]) {
			w := j
			for w < len(b) && b[w] != ' ' && b[w] != '\n' {
				w++
			}
			n := copy(b[k:], b[j:w])
			for q := k + n; q < w; q++ {
				b[q] = ' '
			}
		}
	}
	return string(b)
}

// isLetterByte reports whether c is an ASCII letter or a byte of a
// character beyond ASCII, which a word's letters are.
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// listItemStart reports whether a line opens an item of a list: a bullet
// or a dash, or a number, a letter or a small Roman numeral with a full
// stop or a bracket ("1.", "b)", "iv.", "(iii)"); not a short word that
// ends a sentence ("of. The Council …").
func listItemStart(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	if strings.ContainsRune("-•*–—·▪", r) {
		return true
	}
	first, _, _ := strings.Cut(line, " ")
	if strings.HasPrefix(first, "(") && strings.HasSuffix(first, ")") {
		return len(first) <= 6
	}
	if !strings.HasSuffix(first, ".") && !strings.HasSuffix(first, ")") {
		return false
	}
	marker := first[:len(first)-1]
	if marker == "" || len(marker) > 3 {
		return false
	}
	if len(marker) == 1 && marker[0] >= 'a' && marker[0] <= 'z' {
		return true // "b)"
	}
	return strings.Trim(marker, "0123456789") == "" || strings.Trim(marker, "ivx") == ""
}

// closeUpDoubleSpacing makes the lines of a double-spaced text, one whose
// every line is followed by a blank one (as text copied from some web pages
// is), lines of one block again: the header rules read a letterhead, a
// title and a dateline as lines next to each other. Each blank line's break
// becomes a space at the end of the line before it, so the text keeps its
// length. A text with two lines next to each other anywhere, or fewer than
// six lines, is returned as it is.
func closeUpDoubleSpacing(text string) string {
	lines := 0
	prevText := false
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			prevText = false
			continue
		}
		if prevText {
			return text // two lines next to each other: not double-spaced
		}
		prevText = true
		lines++
	}
	if lines < 6 {
		return text
	}
	b := []byte(text)
	for i := 0; i+1 < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		// the break that ends a line with text, when blank lines follow
		j := i + 1
		for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n') {
			j++
		}
		if j < len(b) && bytes.IndexByte(b[i+1:j], '\n') >= 0 {
			for k := i; k < j; k++ {
				if b[k] == '\n' {
					b[k] = ' '
				}
			}
			b[j-1] = '\n'
			i = j - 1
		}
	}
	return string(b)
}
