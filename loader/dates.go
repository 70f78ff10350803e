package loader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/kg/graph"
)

// dateSpan is a date expression found in text: the days it names and where
// it stands (byte offsets in the string searched).
type dateSpan struct {
	start, end int
	from, to   graph.Date
}

// reDateLine is a header line that holds only a date, with an optional
// weekday, place and time: "Monday, 12 November 2018 21:07", "November 12,
// 2018", "Cairo, 12 October 2019", "San Cristóbal de las Casas, Chiapas, 17
// February 1996", "28 February 2015, Istanbul".
var reDateLine = regexp.MustCompile(`^(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][\p{L} .'-]{1,40},\s+){0,2}(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})(?:,\s+[A-Z][\p{L} .'-]{1,40})?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)

var monthNumbers = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func monthOf(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNumbers[s[:3]]
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// isWeekday reports whether w (normalised) names a day of the week.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// findDates returns the date expressions in s, resolved against the
// document's publication date: a year-less date takes the publication year
// and a bare weekday ("on Wednesday") the latest such day on or before
// publication. Dates the text does not give are left out.
func findDates(s string, published graph.Date) []dateSpan {
	return datesIn(tokenize(s, 0, len(s)), published)
}

// datesIn reads dates from tokens; the spans are the tokens' offsets. It
// reads "10-11 November, 2018", "Saturday 9 and Sunday 10 March 2019",
// "November 10-11, 2018", "17 September", "September 17, 2018" and "on
// Saturday and Sunday".
func datesIn(toks []token, published graph.Date) []dateSpan {
	pub, havePub := published.Time()
	var out []dateSpan
	n := len(toks)
	tok := func(i int) *token {
		if i >= 0 && i < n {
			return &toks[i]
		}
		return nil
	}
	day := func(i int) int {
		t := tok(i)
		if t == nil || !t.digit() {
			return 0
		}
		d := strings.TrimRight(t.norm, "stndrh")
		if len(d) > 2 || len(t.norm)-len(d) > 2 {
			return 0
		}
		v, err := strconv.Atoi(d)
		if err != nil || v < 1 || v > 31 {
			return 0
		}
		return v
	}
	month := func(i int) time.Month {
		t := tok(i)
		if t == nil || !t.word || !t.upper() {
			return 0
		}
		w := strings.TrimSuffix(t.norm, ".")
		m := monthOf(w)
		if m == 0 || len(w) > 3 && !strings.HasPrefix(strings.ToLower(m.String()), w) {
			return 0
		}
		return m
	}
	year := func(i int) int {
		t := tok(i)
		if t == nil || len(t.norm) != 4 || !t.digit() {
			return 0
		}
		v, err := strconv.Atoi(t.norm)
		if err != nil || v < 1800 || v > 2100 {
			return 0
		}
		return v
	}
	rangeSep := func(i int) int { // tokens a range separator takes: "-", "–", "and", "to", "until"
		t := tok(i)
		switch {
		case t == nil:
			return 0
		case t.hyphen && day(i) > 0:
			return 0 // "10-11": the hyphen is not a token
		case t.norm == "–" || t.norm == "-" || t.norm == "and" || t.norm == "to" || t.norm == "until":
			return 1
		}
		return 0
	}
	yearAfter := func(i int) (int, int) { // optional ", 2018" or " 2018"
		if tok(i) != nil && tok(i).norm == "," && year(i+1) > 0 {
			return year(i + 1), i + 2
		}
		if year(i) > 0 {
			return year(i), i + 1
		}
		return 0, i
	}
	add := func(i, j int, y int, m time.Month, d1, d2 int) int {
		if y == 0 && havePub {
			y = pub.Year()
		}
		from, to := graph.MakeDate(y, m, d1), graph.MakeDate(y, m, d2)
		if y == 0 || from == "" || to == "" || to < from {
			return i + 1
		}
		out = append(out, dateSpan{start: toks[i].start, end: toks[j-1].end, from: from, to: to})
		return j
	}
	for i := 0; i < n; {
		// "signed today": a release's today is its day of publication
		if toks[i].norm == "today" && havePub {
			out = append(out, dateSpan{start: toks[i].start, end: toks[i].end, from: published, to: published})
			i++
			continue
		}
		if d1 := day(i); d1 > 0 {
			// D-D Month [Year], D and [Weekday] D Month [Year]
			k := i + 1
			if tok(k) != nil && tok(k).hyphen && day(k) > 0 {
				// "10-11"
			} else if sep := rangeSep(k); sep > 0 {
				k += sep
				if _, ok := weekdayOf(tok(k)); ok {
					k++
				}
			} else {
				k = -1
			}
			if k > 0 && day(k) > 0 && month(k+1) > 0 {
				y, end := yearAfter(k + 2)
				i = add(i, end, y, month(k+1), d1, day(k))
				continue
			}
			// D [of] Month [Year]
			k = i + 1
			if tok(k) != nil && tok(k).norm == "of" {
				k++
			}
			if m := month(k); m > 0 {
				y, end := yearAfter(k + 1)
				i = add(i, end, y, m, d1, d1)
				continue
			}
		}
		// D/M/YYYY, D.M.YYYY (M/D/YYYY when the day could not be a month),
		// YYYY-MM-DD
		if a, b, y := day(i), day(i+2), year(i+4); a > 0 && b > 0 && y > 0 && tok(i+1).norm == tok(i+3).norm &&
			(tok(i+1).norm == "/" || tok(i+1).norm == ".") && (a <= 12 || b <= 12) {
			if b > 12 {
				a, b = b, a
			}
			i = add(i, i+5, y, time.Month(b), a, a)
			continue
		}
		if y := year(i); y > 0 && tok(i+1) != nil && tok(i+1).hyphen && tok(i+2) != nil && tok(i+2).hyphen &&
			day(i+1) > 0 && day(i+1) <= 12 && day(i+2) > 0 {
			i = add(i, i+3, y, time.Month(day(i+1)), day(i+2), day(i+2))
			continue
		}
		if m := month(i); m > 0 && day(i+1) > 0 {
			// Month D-D, Year
			if tok(i+2) != nil && tok(i+2).hyphen && day(i+2) > 0 {
				y, end := yearAfter(i + 3)
				i = add(i, end, y, m, day(i+1), day(i+2))
				continue
			}
			// Month D, Year
			y, end := yearAfter(i + 2)
			i = add(i, end, y, m, day(i+1), day(i+1))
			continue
		}
		// on Saturday and Sunday, last Wednesday
		if t := tok(i); t != nil && havePub && (t.norm == "on" || t.norm == "last") {
			if wd, ok := weekdayOf(tok(i + 1)); ok && day(i+2) == 0 {
				from := lastWeekday(pub, wd)
				to, end := from, i+2
				if tok(end) != nil && partsOfDay[tok(end).norm] {
					end++
				}
				if tok(end) != nil && (tok(end).norm == "and" || tok(end).norm == "to") {
					if wd2, ok := weekdayOf(tok(end + 1)); ok {
						to = lastWeekday(pub, wd2)
						if to < from {
							from = graph.DateOf(mustTime(to).AddDate(0, 0, -1))
						}
						end += 2
					}
				}
				out = append(out, dateSpan{start: toks[i].start, end: toks[end-1].end, from: from, to: to})
				i = end
				continue
			}
		}
		i++
	}
	return out
}

func weekdayOf(t *token) (time.Weekday, bool) {
	if t == nil {
		return 0, false
	}
	wd, ok := weekdays[t.norm]
	return wd, ok
}

func mustTime(d graph.Date) time.Time { t, _ := d.Time(); return t }

// lastWeekday is the latest day on or before pub that falls on wd.
func lastWeekday(pub time.Time, wd time.Weekday) graph.Date {
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	return graph.DateOf(pub.AddDate(0, 0, -back))
}

// reForeignDate is a day, a month's name and a year as Romance languages
// write them: "13 de marzo de 2004", "le 12 mai 1968", "4 de Julho de 1975".
var reForeignDate = regexp.MustCompile(`(?i)\b(?:le\s+)?(\d{1,2})(?:º|°|er)?\s+(?:de\s+)?(\p{L}+)\s+(?:de\s+|del\s+)?(\d{4})\b`)

// englishDate rewrites a date in a header line written in another language
// as English ("Madrid, 13 de marzo de 2004" → "Madrid, 13 March 2004"), so
// that the dateline's date and town are read; other lines are returned as
// they are.
func englishDate(line string) string {
	if !strings.ContainsAny(line, "0123456789") || !slices.ContainsFunc(strings.Fields(line), func(w string) bool {
		return foreignMonths[strings.ToLower(w)] != ""
	}) {
		return line // most lines: the regular expression is the costly test
	}
	return reForeignDate.ReplaceAllStringFunc(line, func(m string) string {
		p := reForeignDate.FindStringSubmatch(m)
		en := foreignMonths[strings.ToLower(p[2])]
		if en == "" {
			return m
		}
		return p[1] + " " + strings.ToUpper(en[:1]) + en[1:] + " " + p[3]
	})
}

// parseDateLine reads a header line that holds only a date, such as "Monday,
// 12 November 2018 21:07", "November 12, 2018" or "Cairo, 12 October 2019".
func parseDateLine(line string) (graph.Date, bool) {
	if !strings.ContainsAny(line, "0123456789") {
		return "", false // every form has a year in digits; most header lines have none
	}
	line = strings.TrimSpace(englishDate(line))
	if !reDateLine.MatchString(line) {
		return "", false
	}
	ds := findDates(line, "")
	if len(ds) != 1 || ds[0].from != ds[0].to {
		return "", false
	}
	return ds[0].from, true
}
