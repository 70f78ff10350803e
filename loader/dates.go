package loader

import (
	"regexp"
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

const (
	monthRE   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	weekdayRE = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	dayRE     = `(\d{1,2})(?:st|nd|rd|th)?`
	yearRE    = `(\d{4})`
)

var (
	// "10-11 November, 2018", "9 and Sunday 10 March 2019", "10-11 March"
	reDayRange = regexp.MustCompile(dayRE + `\s*(?:-|–|and|to|until)\s*(?:` + weekdayRE + `\s+)?` + dayRE + `\s+` + monthRE + `(?:,?\s+` + yearRE + `)?`)
	// "November 10-11, 2018"
	reMonthRange = regexp.MustCompile(monthRE + `\s+` + dayRE + `\s*(?:-|–)\s*` + dayRE + `(?:,?\s+` + yearRE + `)?`)
	// "12 November 2018", "17 September"
	reDayMonth = regexp.MustCompile(dayRE + `\s+(?:of\s+)?` + monthRE + `(?:,?\s+` + yearRE + `)?`)
	// "November 12, 2018", "September 17"
	reMonthDay = regexp.MustCompile(monthRE + `\s+` + dayRE + `(?:,\s*` + yearRE + `|\s+` + yearRE + `)?\b`)
	// "on Saturday and Sunday", "on Wednesday"
	reWeekdays = regexp.MustCompile(`\b(?:on|last|this|on last)\s+` + weekdayRE + `(?:\s+(?:morning|evening|night|afternoon))?(?:\s+(?:and|to)\s+` + weekdayRE + `)?\b`)
	// a header line that is only a date, with an optional weekday, place and time
	reDateLine = regexp.MustCompile(`^(?:` + weekdayRE + `,?\s+)?(?:[A-Z][\p{L} .'-]{1,40},\s+)?(?:` + dayRE + `\s+` + monthRE + `,?\s+` + yearRE + `|` + monthRE + `\s+` + dayRE + `,?\s+` + yearRE + `)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)
)

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

// findDates returns the date expressions in s, resolved against the
// document's publication date: a year-less date takes the publication year
// and a bare weekday ("on Wednesday") the latest such day on or before
// publication. Dates the text does not give are left out.
func findDates(s string, published graph.Date) []dateSpan {
	pubYear := 0
	pub, havePub := published.Time()
	if havePub {
		pubYear = pub.Year()
	}
	year := func(y string) int {
		if y == "" {
			return pubYear
		}
		n, _ := strconv.Atoi(y)
		return n
	}
	day := func(d string) int { n, _ := strconv.Atoi(d); return n }
	var out []dateSpan
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.end && b > d.start {
				return true
			}
		}
		return false
	}
	add := func(a, b int, y int, m time.Month, d1, d2 int) {
		if taken(a, b) || y == 0 || m == 0 {
			return
		}
		from, to := graph.MakeDate(y, m, d1), graph.MakeDate(y, m, d2)
		if from == "" || to == "" || to < from {
			return
		}
		out = append(out, dateSpan{start: a, end: b, from: from, to: to})
	}
	for _, m := range reDayRange.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		add(m[0], m[1], year(g[5]), monthOf(g[4]), day(g[1]), day(g[3]))
	}
	for _, m := range reMonthRange.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		add(m[0], m[1], year(g[4]), monthOf(g[1]), day(g[2]), day(g[3]))
	}
	for _, m := range reDayMonth.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		add(m[0], m[1], year(g[3]), monthOf(g[2]), day(g[1]), day(g[1]))
	}
	for _, m := range reMonthDay.FindAllStringSubmatchIndex(s, -1) {
		g := groups(s, m)
		y := g[3]
		if y == "" {
			y = g[4]
		}
		add(m[0], m[1], year(y), monthOf(g[1]), day(g[2]), day(g[2]))
	}
	if havePub {
		for _, m := range reWeekdays.FindAllStringSubmatchIndex(s, -1) {
			g := groups(s, m)
			if taken(m[0], m[1]) || strings.HasPrefix(g[0], "this") {
				continue
			}
			from := lastWeekday(pub, weekdays[strings.ToLower(g[1])])
			to := from
			if g[2] != "" {
				to = lastWeekday(pub, weekdays[strings.ToLower(g[2])])
				if to < from {
					from = graph.DateOf(mustTime(to).AddDate(0, 0, -1))
				}
			}
			out = append(out, dateSpan{start: m[0], end: m[1], from: from, to: to})
		}
	}
	return out
}

func mustTime(d graph.Date) time.Time { t, _ := d.Time(); return t }

// lastWeekday is the latest day on or before pub that falls on wd.
func lastWeekday(pub time.Time, wd time.Weekday) graph.Date {
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	return graph.DateOf(pub.AddDate(0, 0, -back))
}

func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

// parseDateLine reads a header line that holds only a date, such as "Monday,
// 12 November 2018 21:07", "November 12, 2018" or "Cairo, 12 October 2019".
func parseDateLine(line string) (graph.Date, bool) {
	line = strings.TrimSpace(line)
	if !reDateLine.MatchString(line) {
		return "", false
	}
	ds := findDates(line, "")
	if len(ds) != 1 || ds[0].from != ds[0].to {
		return "", false
	}
	return ds[0].from, true
}
