package gazetteer

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/actorgraph/kg/graph"
)

func TestCountrySudan(t *testing.T) {
	sd, ok := CountryByCode("SD")
	if !ok {
		t.Fatal("no country SD")
	}
	if sd.Name != "Sudan" || sd.Official != "Republic of the Sudan" {
		t.Errorf("SD names: %q, %q", sd.Name, sd.Official)
	}
	if !slices.Contains(sd.Demonyms, "Sudanese") {
		t.Errorf("SD demonyms %q lack Sudanese", sd.Demonyms)
	}
	if sd.Capital != "Khartoum" {
		t.Errorf("SD capital %q, want Khartoum", sd.Capital)
	}
	if lower, ok := CountryByCode("sd"); !ok || lower.Code != "SD" {
		t.Errorf(`CountryByCode("sd") = %v, %v`, lower.Code, ok)
	}
	if _, ok := CountryByCode("ZZ"); ok {
		t.Error("CountryByCode(ZZ) found a country")
	}
}

func TestCountryNamesAndDemonyms(t *testing.T) {
	for _, tc := range []struct {
		code, name, alias, demonym, capital string
	}{
		{"CI", "Ivory Coast", "Côte d'Ivoire", "Ivorian", "Yamoussoukro"},
		{"TR", "Türkiye", "Turkey", "Turkish", "Ankara"}, // "Turkey" is GeoNames' name, kept although it is a word
		{"US", "United States", "USA", "American", "Washington"},
		{"GB", "United Kingdom", "UK", "British", "London"},
		{"SY", "Syria", "", "Syrian", "Damascus"},
		{"PS", "Palestine", "", "Palestinian", "Ramallah"},
		{"AG", "Antigua and Barbuda", "", "Barbudan", "Saint John’s"},
	} {
		c, ok := CountryByCode(tc.code)
		if !ok {
			t.Errorf("no country %s", tc.code)
			continue
		}
		if c.Name != tc.name || c.Capital != tc.capital {
			t.Errorf("%s: name %q capital %q, want %q, %q", tc.code, c.Name, c.Capital, tc.name, tc.capital)
		}
		if tc.alias != "" && !slices.Contains(c.Aliases, tc.alias) {
			t.Errorf("%s: aliases %q lack %q", tc.code, c.Aliases, tc.alias)
		}
		if !slices.Contains(c.Demonyms, tc.demonym) {
			t.Errorf("%s: demonyms %q lack %q", tc.code, c.Demonyms, tc.demonym)
		}
		// The alpha-2 code is never an alias: "IN", "IT", "NO" would match everywhere.
		if slices.Contains(c.Aliases, c.Code) {
			t.Errorf("%s: the code is among the aliases %q", tc.code, c.Aliases)
		}
	}
}

// find returns the places of kind k in country cc named name or having it
// as an alias.
func find(k Kind, cc, name string) []Place {
	var out []Place
	for _, p := range Places() {
		if p.Kind == k && p.Country == cc && (p.Name == name || slices.Contains(p.Aliases, name)) {
			out = append(out, p)
		}
	}
	return out
}

func TestCities(t *testing.T) {
	for _, tc := range []struct {
		cc, name     string
		aliases      []string
		minPopultion int
	}{
		{"SA", "Jeddah", []string{"Jiddah", "Jedda"}, 1_000_000},
		{"SA", "Makkah", []string{"Mecca"}, 1_000_000},
		{"SY", "Ar Raqqah", []string{"Raqqa", "Raqqah"}, 100_000},
		{"SY", "Deir ez-Zor", nil, 100_000},
		{"SD", "Khartoum", []string{"Khartum"}, 1_000_000},
		{"UA", "Kyiv", []string{"Kiev"}, 1_000_000},
		{"US", "Washington", []string{"Washington D.C."}, 500_000},
		{"FR", "Nice", nil, 300_000},
	} {
		ps := find(KindCity, tc.cc, tc.name)
		if len(ps) == 0 {
			t.Errorf("no city %s in %s", tc.name, tc.cc)
			continue
		}
		p := ps[0]
		if p.Name != tc.name {
			t.Errorf("city %s in %s is named %q", tc.name, tc.cc, p.Name)
		}
		for _, a := range tc.aliases {
			if !slices.Contains(p.Aliases, a) {
				t.Errorf("%s: aliases %q lack %q", p.Name, p.Aliases, a)
			}
		}
		if p.Population < tc.minPopultion {
			t.Errorf("%s: population %d, want at least %d", p.Name, p.Population, tc.minPopultion)
		}
	}
	// Variants in other languages' conventions are not spellings an
	// English text uses.
	for _, p := range find(KindCity, "SA", "Jeddah") {
		for _, bad := range []string{"Dschidda", "Djeddah", "Gedda", "JED"} {
			if slices.Contains(p.Aliases, bad) {
				t.Errorf("Jeddah has the alias %q", bad)
			}
		}
	}
	// Cities of Latin-script countries keep no GeoNames variants ("Parys").
	if ps := find(KindCity, "FR", "Paris"); len(ps) != 1 || len(ps[0].Aliases) != 0 {
		t.Errorf("Paris: %+v", ps)
	}
}

func TestSubdivisions(t *testing.T) {
	for _, tc := range []struct {
		cc, name, alias string
	}{
		{"SY", "Raqqa", "Ar Raqqah"},               // ISO 3166-2 spelling from country-region-data
		{"SY", "Idlib", ""},                        // GeoNames' English name
		{"SY", "Damascus Governorate", "Damascus"}, // without the generic word
		{"FR", "Brittany", ""},                     // English, not "Bretagne"
		{"DE", "Bavaria", ""},                      // English, not "Bayern"
		{"GB", "Scotland", ""},                     // first level, not a council area
		{"SA", "Mecca Region", "Mecca"},
		{"RU", "Moscow Oblast", ""},
	} {
		ps := find(KindSubdivision, tc.cc, tc.name)
		if len(ps) != 1 || ps[0].Name != tc.name {
			t.Errorf("subdivision %s of %s: %+v", tc.name, tc.cc, ps)
			continue
		}
		if tc.alias != "" && !slices.Contains(ps[0].Aliases, tc.alias) {
			t.Errorf("%s: aliases %q lack %q", tc.name, ps[0].Aliases, tc.alias)
		}
	}
	// "Moscow" is the federal city, a subdivision of its own, and must not be
	// an alias of Moscow Oblast.
	if ps := find(KindSubdivision, "RU", "Moscow"); len(ps) != 1 || ps[0].Name != "Moscow" {
		t.Errorf("Moscow as a subdivision: %+v", ps)
	}
}

func TestCounts(t *testing.T) {
	counts := map[Kind]int{}
	aliases := 0
	for _, p := range Places() {
		counts[p.Kind]++
		aliases += len(p.Aliases)
	}
	for _, tc := range []struct {
		kind     Kind
		min, max int
	}{
		{KindCountry, 245, 255},
		{KindSubdivision, 3500, 4200},
		{KindCity, 30000, 38000},
	} {
		if n := counts[tc.kind]; n < tc.min || n > tc.max {
			t.Errorf("%d places of kind %v, want %d to %d", n, tc.kind, tc.min, tc.max)
		}
	}
	if n := len(Countries()); n != counts[KindCountry] {
		t.Errorf("%d countries but %d country places", n, counts[KindCountry])
	}
	if aliases < 5000 || aliases > 20000 {
		t.Errorf("%d aliases in all", aliases)
	}
	t.Logf("%d countries, %d subdivisions, %d cities, %d aliases (of places), %d common-word names",
		counts[KindCountry], counts[KindSubdivision], counts[KindCity], aliases, len(CommonWordNames()))
}

// latinName reports whether s is Latin script: Latin letters, combining
// marks, spaces, the punctuation of names and, in main names, digits and
// brackets.
func latinName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case unicode.Is(unicode.Mn, r), unicode.IsSpace(r), unicode.IsDigit(r), strings.ContainsRune("-.'’‘ʻʼʿʾ`(),", r):
		default:
			return false
		}
	}
	return letters > 0
}

func TestNamesAreCleanLatinAndDistinct(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range Countries() {
		codes[c.Code] = true
		if len(c.Code) != 2 || strings.ToUpper(c.Code) != c.Code {
			t.Errorf("bad code %q", c.Code)
		}
		for _, d := range c.Demonyms {
			if !latinName(d) || d != strings.TrimSpace(d) {
				t.Errorf("%s: demonym %q", c.Code, d)
			}
		}
	}
	for _, p := range Places() {
		if !codes[p.Country] {
			t.Errorf("%s: unknown country %q", p.Name, p.Country)
		}
		if !latinName(p.Name) || p.Name != strings.TrimSpace(p.Name) {
			t.Errorf("name %q is not trimmed Latin script", p.Name)
		}
		// a country also has its official names in its own languages and
		// in French
		if limit := map[Kind]int{KindCountry: 7 + 6}[p.Kind]; len(p.Aliases) > max(limit, 7) {
			t.Errorf("%s: %d aliases", p.Name, len(p.Aliases))
		}
		seen := map[string]bool{graph.NameKey(p.Name): true}
		for _, a := range p.Aliases {
			if !latinName(a) || a != strings.TrimSpace(a) || strings.Contains(a, "  ") {
				t.Errorf("%s: alias %q is not trimmed Latin script", p.Name, a)
			}
			if strings.ContainsAny(a, "0123456789") {
				t.Errorf("%s: alias %q has digits", p.Name, a)
			}
			// No code: only countries keep the abbreviations their data lists ("USA").
			if p.Kind != KindCountry && !strings.ContainsFunc(a, unicode.IsLower) {
				t.Errorf("%s: alias %q looks like a code", p.Name, a)
			}
			k := graph.NameKey(a)
			if seen[k] {
				t.Errorf("%s: alias %q repeats a name up to case and diacritics", p.Name, a)
			}
			seen[k] = true
		}
	}
}

func TestCapitalsArePlaces(t *testing.T) {
	cities := map[[2]string]bool{}
	for _, p := range Places() {
		if p.Kind == KindCity {
			cities[[2]string{p.Country, p.Name}] = true
		}
	}
	var missing []string
	for _, c := range Countries() {
		if c.Capital != "" && !cities[[2]string{c.Code, c.Capital}] {
			missing = append(missing, c.Code+" "+c.Capital)
		}
	}
	// GeoNames' cities15000 lacks Diego Garcia (IO) and Fakaofo (TK).
	if len(missing) > 3 {
		t.Errorf("capitals that are no city of the gazetteer: %q", missing)
	}
	// Small capitals are in whatever their population; other cities have
	// 15,000 people or more.
	if ps := find(KindCity, "VA", "Vatican City"); len(ps) != 1 {
		t.Errorf("Vatican City: %+v", ps)
	}
	capitals := map[[2]string]bool{}
	for _, c := range Countries() {
		capitals[[2]string{c.Code, c.Capital}] = true
	}
	for _, p := range Places() {
		if p.Kind == KindCity && p.Population < 15000 && !capitals[[2]string{p.Country, p.Name}] {
			t.Errorf("%s (%s) has %d people and is no capital", p.Name, p.Country, p.Population)
		}
	}
}

func TestGivenNames(t *testing.T) {
	names := GivenNames()
	if !slices.IsSorted(names) {
		t.Error("GivenNames is not sorted")
	}
	for _, want := range []string{"Vladimir", "Beatriz", "Nikola", "Thomas", "Mariya", "Salvador"} {
		if !slices.Contains(names, want) {
			t.Errorf("GivenNames lacks %q", want)
		}
	}
	// ordinary words that the name lists also give: a sentence opens with them
	for _, word := range []string{"Will", "May", "Grace", "Hope", "Mark", "Bill", "Prince", "King"} {
		if slices.Contains(names, word) {
			t.Errorf("GivenNames has the English word %q", word)
		}
	}
	if len(names) < 5000 || len(names) > 10000 {
		t.Errorf("%d given names", len(names))
	}
	for _, n := range names {
		if strings.TrimSpace(n) != n || n == "" || strings.HasPrefix(n, "#") {
			t.Errorf("given name %q is not a clean line", n)
		}
	}
}

func TestCommonWordNames(t *testing.T) {
	names := CommonWordNames()
	if !slices.IsSorted(names) {
		t.Error("CommonWordNames is not sorted")
	}
	for _, want := range []string{"Nice", "Mobile", "Split", "Male", "Bar", "Union", "Victoria", "Florence", "Independence", "Turkey", "Reading"} {
		if !slices.Contains(names, want) {
			t.Errorf("CommonWordNames lacks %q", want)
		}
	}
	for _, notCommon := range []string{"Damascus", "Khartoum", "Jeddah", "Aleppo", "Sudan"} {
		if slices.Contains(names, notCommon) {
			t.Errorf("CommonWordNames has %q", notCommon)
		}
	}
	if len(names) < 100 || len(names) > 1500 {
		t.Errorf("%d common-word names", len(names))
	}
	// Each is a name in the gazetteer.
	all := map[string]bool{}
	for _, p := range Places() {
		all[p.Name] = true
		for _, a := range p.Aliases {
			all[a] = true
		}
	}
	for _, n := range names {
		if !all[n] {
			t.Errorf("common-word name %q is no name in the gazetteer", n)
		}
	}
}

func TestParseIsDeterministic(t *testing.T) {
	a, err := parse(countriesTSV, placesTSV, commonNamesTxt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := parse(countriesTSV, placesTSV, commonNamesTxt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Error("two parses of the embedded files differ")
	}
	if !reflect.DeepEqual(a.places, Places()) {
		t.Error("Places() differs from a fresh parse")
	}
}

func TestParseRejectsMalformedLines(t *testing.T) {
	for _, tc := range []struct{ countries, places string }{
		{"SD\tSudan\n", ""},
		{"SD\tSudan\tRepublic of the Sudan\tKhartoum\tmany\tSudanese\t\n", ""},
		{"", "X\tSD\tKhartoum\t1\t\n"},
		{"", "C\tSD\tKhartoum\t1\t\textra\n"},
	} {
		if _, err := parse(tc.countries, tc.places, ""); err == nil {
			t.Errorf("parse(%q, %q) accepted malformed data", tc.countries, tc.places)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(countriesTSV, placesTSV, commonNamesTxt); err != nil {
			b.Fatal(err)
		}
	}
}
