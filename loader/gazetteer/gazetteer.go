package gazetteer

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

var (
	//go:embed countries.tsv
	countriesTSV string
	//go:embed places.tsv
	placesTSV string
	//go:embed common_names.txt
	commonNamesTxt string
	//go:embed given_names.txt
	givenNamesTxt string
)

// Country is a country or territory of ISO 3166-1.
type Country struct {
	Code     string   // ISO 3166-1 alpha-2, upper case: "SD"
	Name     string   // common English name: "Sudan"
	Official string   // official English name: "Republic of the Sudan"
	Aliases  []string // other names and spellings: "Turkey" for Türkiye, "USA", "Côte d'Ivoire"
	Demonyms []string // English demonyms and adjectives: "Sudanese", "Ivorian"
	Capital  string   // the Name of the capital's Place when the gazetteer has it; "" when none
}

// Kind is what sort of place a Place is.
type Kind uint8

const (
	KindCountry     Kind = iota + 1 // a Country, as a place
	KindSubdivision                 // a first-level subdivision of a country
	KindCity                        // a city, town or other populated place
)

func (k Kind) String() string {
	switch k {
	case KindCountry:
		return "country"
	case KindSubdivision:
		return "subdivision"
	case KindCity:
		return "city"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Place is a country, subdivision or city under its English name.
type Place struct {
	Name       string
	Aliases    []string // other spellings, best first; none is the same as Name or another alias up to case and diacritics
	Kind       Kind
	Country    string // ISO 3166-1 alpha-2 code of the country the place is in (for a country, its own)
	Population int    // 0 when the data has none (subdivisions)
}

// gazetteer is the parsed data.
type gazetteer struct {
	countries []Country
	byCode    map[string]int // index in countries
	places    []Place
	common    []string
}

// loaded parses the embedded files on first use. They are generated and
// tested, so an error is a build defect, not a condition to handle.
var loaded = sync.OnceValue(func() *gazetteer {
	g, err := parse(countriesTSV, placesTSV, commonNamesTxt)
	if err != nil {
		panic("gazetteer: embedded data: " + err.Error())
	}
	return g
})

// Countries returns every country and territory, ordered by code. The slice
// and the slices in it are shared: callers must not modify them.
func Countries() []Country { return loaded().countries }

// Places returns every place: the countries first (ordered by code), then by
// country the subdivisions and the cities, each ordered by name. The slice
// and the slices in it are shared: callers must not modify them.
func Places() []Place { return loaded().places }

// CountryByCode returns the country with the ISO 3166-1 alpha-2 code, in
// either case.
func CountryByCode(code string) (Country, bool) {
	g := loaded()
	i, ok := g.byCode[strings.ToUpper(code)]
	if !ok {
		return Country{}, false
	}
	return g.countries[i], true
}

// GivenNames returns, sorted, common given names of the English-speaking
// world's name lists that are no ordinary English word: "Vladimir",
// "Beatriz", "Nikola", not "Will", "May" or "Grace". A capitalised word
// among them opening a run of capitalised words is a cue that the run names
// a person. The list is read on first use, apart from the places, and the
// slice is shared: callers must not modify it.
func GivenNames() []string { return givenNames() }

var givenNames = sync.OnceValue(func() []string {
	var out []string
	for _, line := range strings.Split(givenNamesTxt, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
})

// CommonWordNames returns, sorted, the names and aliases of places in the
// gazetteer that are also ordinary English words ("Nice", "Mobile", "Split",
// "Union") or common given names ("Victoria", "Florence"). The rule is the
// generator's: a name is listed when its lower-case form is in the SCOWL
// English word list (sizes 10 to 35) or the Moby list of given names. The
// slice is shared: callers must not modify it.
func CommonWordNames() []string { return loaded().common }

// parse reads the three embedded files. Every string in the result is a
// substring of its input, so parsing allocates little beyond the slices.
func parse(countries, places, common string) (*gazetteer, error) {
	g := &gazetteer{byCode: map[string]int{}}
	// One backing array for every alias and demonym list, sliced per entry.
	lists := make([]string, 0, strings.Count(countries, ";")+strings.Count(countries, "\n")*3+
		strings.Count(places, ";")+strings.Count(places, "\n"))
	split := func(field string) []string {
		if field == "" {
			return nil
		}
		start := len(lists)
		for field != "" {
			var item string
			item, field, _ = strings.Cut(field, ";")
			lists = append(lists, item)
		}
		return lists[start:len(lists):len(lists)]
	}

	var countryPlaces []Place
	err := eachLine(countries, 7, func(f []string) error {
		pop, err := strconv.Atoi(f[4])
		if err != nil {
			return err
		}
		c := Country{Code: f[0], Name: f[1], Official: f[2], Capital: f[3], Demonyms: split(f[5]), Aliases: split(f[6])}
		g.byCode[c.Code] = len(g.countries)
		g.countries = append(g.countries, c)
		// As a place, a country is also called by its official name.
		aliases := c.Aliases
		if c.Official != c.Name {
			aliases = append([]string{c.Official}, c.Aliases...)
		}
		countryPlaces = append(countryPlaces, Place{Name: c.Name, Aliases: aliases, Kind: KindCountry, Country: c.Code, Population: pop})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("countries.tsv: %w", err)
	}

	g.places = make([]Place, 0, len(countryPlaces)+strings.Count(places, "\n"))
	g.places = append(g.places, countryPlaces...)
	err = eachLine(places, 5, func(f []string) error {
		var kind Kind
		switch f[0] {
		case "S":
			kind = KindSubdivision
		case "C":
			kind = KindCity
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return err
		}
		g.places = append(g.places, Place{Name: f[2], Aliases: split(f[4]), Kind: kind, Country: f[1], Population: pop})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("places.tsv: %w", err)
	}

	err = eachLine(common, 1, func(f []string) error {
		g.common = append(g.common, f[0])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("common_names.txt: %w", err)
	}
	return g, nil
}

// eachLine calls fn with the n tab-separated fields of each line of data
// that is neither blank nor a # comment.
func eachLine(data string, n int, fn func([]string) error) error {
	fields := make([]string, n)
	for lineNo := 1; data != ""; lineNo++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		rest := line
		for i := range fields {
			var ok bool
			fields[i], rest, ok = strings.Cut(rest, "\t")
			if ok != (i < n-1) {
				return fmt.Errorf("line %d: want %d tab-separated fields: %q", lineNo, n, line)
			}
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("line %d: %w", lineNo, err)
		}
	}
	return nil
}
