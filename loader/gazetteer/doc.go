// Package gazetteer is world geography for the extractor: the countries and
// territories of ISO 3166-1 with their English names, alternative spellings,
// demonyms and capitals; the first-level subdivisions of each (provinces,
// regions, states, governorates) under their English names; and the cities
// of 15,000 people or more, with every capital, each with the few Latin-script
// spellings that English texts use for it ("Jeddah", "Jiddah", "Jedda").
//
// The data is generated from pinned releases of public data packages by
// internal/gen (go generate) into the embedded files countries.tsv,
// places.tsv, common_names.txt and given_names.txt, and parsed once, on first use. README.md
// in this folder names the sources, their licences and the selection rules.
//
// The gazetteer does not resolve ambiguity: several places may share a name,
// and CommonWordNames lists the names that are also ordinary English words or
// given names ("Nice", "Mobile", "Victoria"), which an extractor should take
// as places only with context.
//
// GivenNames, from the same pinned name lists, holds common given names that
// are no English word ("Vladimir", "Beatriz"): not geography, but the cue
// by which the extractor reads "Thomas Mirow spoke" as a person's name.
package gazetteer

//go:generate go run ./internal/gen
