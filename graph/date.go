package graph

import (
	"fmt"
	"time"
)

// Date is a calendar day in ISO form, "2018-11-12". The empty Date means the
// text does not give one; dates are never guessed. ISO strings order as the
// days do, so Dates compare with < and >.
type Date string

const dateLayout = "2006-01-02"

// ParseDate parses an ISO date and rejects anything else.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse(dateLayout, s); err != nil {
		return "", Errorf(EINVALID, "date %q is not a yyyy-mm-dd date", s)
	}
	return Date(s), nil
}

// DateOf returns the Date of t's calendar day.
func DateOf(t time.Time) Date { return Date(t.Format(dateLayout)) }

// MakeDate returns the Date of year, month and day, or "" if they are not a
// real day (31 June, say).
func MakeDate(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Year() != year || t.Month() != month || t.Day() != day {
		return ""
	}
	return DateOf(t)
}

// Time returns d as midnight UTC; ok is false for the empty or an invalid Date.
func (d Date) Time() (t time.Time, ok bool) {
	t, err := time.Parse(dateLayout, string(d))
	return t, err == nil
}

// Valid reports whether d is empty or a real ISO day.
func (d Date) Valid() bool {
	_, err := ParseDate(string(d))
	return err == nil
}

// Within reports whether d lies in [from, to]; an empty bound is open.
func (d Date) Within(from, to Date) bool {
	if d == "" {
		return from == "" && to == ""
	}
	return (from == "" || d >= from) && (to == "" || d <= to)
}

func (d Date) String() string { return string(d) }

func checkDate(what string, d Date) error {
	if !d.Valid() {
		return fmt.Errorf("%s %q is not a yyyy-mm-dd date", what, string(d))
	}
	return nil
}
