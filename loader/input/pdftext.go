package input

import (
	"io"
	"math"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// The PDF library parses the file and its content streams; the text
// operators are interpreted here, because its own text extraction maps
// character codes through a ToUnicode range by its last byte only, which
// garbles every character past U+00FF in the PDFs that Go's fpdf and other
// writers produce (a single <0000> <FFFF> <0000> range).

// font is what showing text needs of a font: how codes split and map to
// text, and how wide each glyph is.
type font struct {
	lib     pdf.Font
	cmap    *toUnicode // nil: the library's encoder
	twoByte bool       // a composite (Type0) font: two-byte codes
	widths  map[int]float64
	dw      float64
}

func newFont(v pdf.Value) *font {
	f := &font{lib: pdf.Font{V: v}, widths: map[int]float64{}, dw: 1000}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.cmap = parseToUnicode(tu)
	}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		w := d.Key("W")
		// a hostile W array can name billions of codes: 64K widths are
		// every code a two-byte font has
		for i := 0; i < w.Len() && len(f.widths) < 65536; {
			first := int(w.Index(i).Int64())
			next := w.Index(i + 1)
			if next.Kind() == pdf.Array {
				for j := 0; j < next.Len() && len(f.widths) < 65536; j++ {
					f.widths[first+j] = next.Index(j).Float64()
				}
				i += 2
				continue
			}
			last := int(next.Int64())
			width := w.Index(i + 2).Float64()
			for c := first; c <= last && len(f.widths) < 65536; c++ {
				f.widths[c] = width
			}
			i += 3
		}
	}
	return f
}

// glyphs splits a shown string into codes with their text.
func (f *font) glyphs(raw string, fn func(code int, text string)) {
	if f.twoByte {
		for i := 0; i+1 < len(raw); i += 2 {
			code := int(raw[i])<<8 | int(raw[i+1])
			fn(code, f.cmap.lookup(code))
		}
		return
	}
	for i := 0; i < len(raw); i++ {
		code := int(raw[i])
		if f.cmap != nil {
			if s := f.cmap.lookup(code); s != "" {
				fn(code, s)
				continue
			}
		}
		fn(code, f.lib.Encoder().Decode(raw[i:i+1]))
	}
}

func (f *font) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.widths[code]; ok {
			return w
		}
		return f.dw
	}
	if w := f.lib.Width(code); w > 0 {
		return w
	}
	return 500
}

// toUnicode is a ToUnicode CMap: single codes and ranges of codes mapped
// to text.
type toUnicode struct {
	chars  map[int]string
	ranges []cmapRange
}

type cmapRange struct {
	lo, hi int
	dst    []rune   // the text of lo; later codes add their offset to its last rune
	list   []string // or one text per code
}

func (m *toUnicode) lookup(code int) string {
	if m == nil {
		return ""
	}
	if s, ok := m.chars[code]; ok {
		return s
	}
	for _, r := range m.ranges {
		if code < r.lo || code > r.hi {
			continue
		}
		if r.list != nil {
			if code-r.lo < len(r.list) {
				return r.list[code-r.lo]
			}
			return ""
		}
		if len(r.dst) == 0 {
			return ""
		}
		out := append([]rune(nil), r.dst...)
		out[len(out)-1] += rune(code - r.lo)
		return string(out)
	}
	return ""
}

// parseToUnicode reads the bfchar and bfrange sections of a CMap; the
// rest of its PostScript is ceremony.
func parseToUnicode(v pdf.Value) *toUnicode {
	data, err := io.ReadAll(io.LimitReader(v.Reader(), 1<<20))
	if err != nil && len(data) == 0 {
		return nil
	}
	m := &toUnicode{chars: map[int]string{}}
	toks := cmapTokens(string(data))
	for i := 0; i < len(toks); i++ {
		switch toks[i] {
		case "beginbfchar":
			for i++; i+1 < len(toks) && toks[i] != "endbfchar"; i += 2 {
				m.chars[hexCode(toks[i])] = hexText(toks[i+1])
			}
		case "beginbfrange":
			for i++; i+2 < len(toks) && toks[i] != "endbfrange"; {
				r := cmapRange{lo: hexCode(toks[i]), hi: hexCode(toks[i+1])}
				if toks[i+2] == "[" {
					j := i + 3
					for ; j < len(toks) && toks[j] != "]"; j++ {
						r.list = append(r.list, hexText(toks[j]))
					}
					i = j + 1
				} else {
					r.dst = []rune(hexText(toks[i+2]))
					i += 3
				}
				if r.hi >= r.lo && len(m.ranges) < 10000 {
					m.ranges = append(m.ranges, r)
				}
			}
		}
	}
	return m
}

// cmapTokens splits a CMap into hex strings (kept with their brackets),
// array brackets and words.
func cmapTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return out
			}
			out = append(out, s[i:i+j+1])
			i += j + 1
		case c == '[' || c == ']':
			out = append(out, string(c))
			i++
		case c == '%':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c <= ' ':
			i++
		default:
			j := i
			for j < len(s) && s[j] > ' ' && !strings.ContainsRune("<[]%/", rune(s[j])) {
				j++
			}
			if j == i {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

func hexBytes(tok string) []byte {
	tok = strings.Trim(tok, "<>")
	var out []byte
	var hi, n int
	for _, c := range tok {
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'a' && c <= 'f':
			v = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			v = int(c-'A') + 10
		default:
			continue
		}
		if n%2 == 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
		}
		n++
	}
	return out
}

func hexCode(tok string) int {
	code := 0
	for _, b := range hexBytes(tok) {
		code = code<<8 | int(b)
	}
	return code
}

// hexText reads a CMap destination: UTF-16BE.
func hexText(tok string) string {
	b := hexBytes(tok)
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

// mat is an affine transform [a b c d e f].
type mat [6]float64

var identity = mat{1, 0, 0, 1, 0, 0}

func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// pageSpans interprets a page's content stream for its text, with the
// state the text operators need.
func pageSpans(p pdf.Page, budget *int) []span {
	contents := p.V.Key("Contents")
	if contents.IsNull() {
		return nil
	}
	fonts := map[string]*font{}
	res := p.Resources().Key("Font")
	type state struct {
		ctm              mat
		f                *font
		size, th, tc, tw float64
		tl, rise         float64
	}
	g := state{ctm: identity, th: 1}
	var stack []state
	var tm, tlm mat
	var out []span
	show := func(raw string) {
		if g.f == nil || *budget < 0 {
			return
		}
		var b strings.Builder
		start := mat{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(tm).mul(g.ctm)
		g.f.glyphs(raw, func(code int, text string) {
			b.WriteString(text)
			tx := g.f.width(code)/1000*g.size + g.tc
			if !g.f.twoByte && code == 32 {
				tx += g.tw
			}
			tm = mat{1, 0, 0, 1, tx * g.th, 0}.mul(tm)
		})
		end := mat{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(tm).mul(g.ctm)
		size := math.Hypot(start[2], start[3])
		*budget -= b.Len()
		if b.Len() > 0 {
			out = append(out, span{x: start[4], y: start[5], w: end[4] - start[4], size: size, s: b.String()})
		}
	}
	next := func() {
		tlm = mat{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
		tm = tlm
	}
	num := func(v pdf.Value) float64 { return v.Float64() }
	pdf.Interpret(contents, func(stk *pdf.Stack, op string) {
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		if *budget < 0 {
			return
		}
		switch op {
		case "q":
			if len(stack) < 1000 {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if n == 6 {
				var m mat
				for i := range m {
					m[i] = num(args[i])
				}
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if n == 2 {
				name := args[0].Name()
				f, ok := fonts[name]
				if !ok && len(fonts) < 1000 {
					f = newFont(res.Key(name))
					fonts[name] = f
				}
				g.f, g.size = f, num(args[1])
			}
		case "Tc":
			if n == 1 {
				g.tc = num(args[0])
			}
		case "Tw":
			if n == 1 {
				g.tw = num(args[0])
			}
		case "Tz":
			if n == 1 {
				g.th = num(args[0]) / 100
			}
		case "TL":
			if n == 1 {
				g.tl = num(args[0])
			}
		case "Ts":
			if n == 1 {
				g.rise = num(args[0])
			}
		case "Td", "TD":
			if n == 2 {
				if op == "TD" {
					g.tl = -num(args[1])
				}
				tlm = mat{1, 0, 0, 1, num(args[0]), num(args[1])}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if n == 6 {
				for i := range tm {
					tm[i] = num(args[i])
				}
				tlm = tm
			}
		case "T*":
			next()
		case "Tj":
			if n == 1 {
				show(args[0].RawString())
			}
		case "'":
			if n == 1 {
				next()
				show(args[0].RawString())
			}
		case "\"":
			if n == 3 {
				g.tw, g.tc = num(args[0]), num(args[1])
				next()
				show(args[2].RawString())
			}
		case "TJ":
			if n == 1 {
				a := args[0]
				for i := 0; i < a.Len(); i++ {
					x := a.Index(i)
					if x.Kind() == pdf.String {
						show(x.RawString())
					} else {
						tm = mat{1, 0, 0, 1, -num(x) / 1000 * g.size * g.th, 0}.mul(tm)
					}
				}
			}
		}
	})
	return out
}
