// Command gengazetteer writes entities/gazetteer/data/*.gen.tsv, the
// generated part of actorgraph's gazetteer: every country and territory of
// ISO 3166-1 with its canonical news name, aliases, demonyms and capitals.
//
// It reads two well-kept sources and nothing else:
//
//   - Debian's iso-codes (ISO 3166-1 names, official names and common names;
//     LGPL-2.1+), from the directory given by -isocodes;
//   - the npm package world-countries (common and official names, alternative
//     spellings, English demonyms, capitals, independence; ODbL-1.0), from the
//     countries.json given by -worldcountries, with its package.json beside it.
//
// To regenerate, from the module root:
//
//	apt-get install iso-codes        # 4.15.0 at the time of writing
//	cd /tmp && npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
//	WORLD_COUNTRIES=/tmp/package/countries.json go generate ./entities/gazetteer
//
// which runs, in entities/gazetteer/,
//
//	go run ../../tools/gengazetteer -isocodes /usr/share/iso-codes/json -worldcountries "$WORLD_COUNTRIES" -o data
//
// and writes data/countries.gen.tsv and data/subdivisions.gen.tsv
// (first-level subdivisions of the United States, Canada, Australia and
// India from ISO 3166-2, whose ISO names are the English ones).
// The output is deterministic: rows sorted by canonical name, lists sorted.
//
// Rules applied (see also the header the command writes):
//
//   - type Country for world-countries' independent states and for Kosovo,
//     Palestine and Taiwan, which act as states in international news;
//     every other entry (Puerto Rico, Greenland, Hong Kong...) is a Location
//     and gets no capital (its capital would stand for a territory, and the
//     names are often common words: "The Valley", "Stanley", "Victoria");
//   - the canonical name is world-countries' name.common except where
//     English-language wire services use another name (newsName below);
//     the other name is kept as an alias;
//   - aliases are the official names, ISO 3166-1 names (an inverted ISO name
//     such as "Korea, Republic of" is turned into "Republic of Korea") and
//     world-countries' altSpellings, less ISO alpha-2 codes ("IT", "NO" are
//     words; the curated states.tsv adds "US"), names written in a non-Latin
//     script and names in the country's own languages (name.native: "Schweiz",
//     "Suisse" would match "Credit Suisse"), the country's own demonym
//     ("Thai"), forms starting with a lower-case letter (romanised native
//     names: "weSwatini", "al-Mamlakah al-Urdunīyah al-Hāshimīyah") and a
//     few listed in dropAliases;
//   - a surface form claimed by two entries goes to the Country if only one
//     of them is a Country and is otherwise dropped (and reported on stderr):
//     "Congolese", "Dominican", "Virgin Islands".
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// newsName returns the canonical name English-language news uses for a
// country, by ISO alpha-2 code, where it differs from world-countries'
// name.common. The rule: the name AP and Reuters style guides use in
// running text.
func newsName(code string) (string, bool) {
	switch code {
	case "TR":
		return "Turkey", true // world-countries: Türkiye
	case "CZ":
		return "Czech Republic", true // world-countries: Czechia
	}
	return "", false
}

// stateLike reports the codes typed Country although world-countries does
// not mark them independent: partially recognised states that act as
// states.
func stateLike(code string) bool { return code == "XK" || code == "PS" || code == "TW" }

// dropAliases returns the alternative spellings of a country, by code, that
// are wrong or misleading as surface forms in English news.
func dropAliases(code string) []string {
	switch code {
	case "CN":
		return []string{"Zhonghua", "Zhongguo"} // romanised native names
	case "LA":
		return []string{"Lao"} // the people and language
	case "CG":
		return []string{"Congo"} // in news, as often the DR Congo
	case "TL":
		return []string{"Timor"} // the island, shared with Indonesia
	case "TH":
		return []string{"Prathet"} // "country" in Thai
	case "MX":
		return []string{"Mexicanos"} // a fragment of the Spanish official name
	case "PT":
		return []string{"Portuguesa"} // a fragment of the Portuguese official name
	case "IM":
		return []string{"Mann"} // a surname
	case "VG":
		return []string{"Virgin Islands"} // shared with the U.S. Virgin Islands
	}
	return nil
}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("gengazetteer", flag.ContinueOnError)
	fl.SetOutput(stderr)
	isoDir := fl.String("isocodes", "/usr/share/iso-codes/json", "directory of iso-codes' JSON files")
	wcPath := fl.String("worldcountries", "", "path to world-countries' countries.json (package.json beside it)")
	out := fl.String("o", "", "output directory (default: print countries.gen.tsv to stdout)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *wcPath == "" {
		return errors.New("-worldcountries is required: npm pack world-countries@5.1.0, unpack it and set WORLD_COUNTRIES=/path/to/package/countries.json")
	}
	iso, err := readISO(filepath.Join(*isoDir, "iso_3166-1.json"))
	if err != nil {
		return err
	}
	isoVersion := readPCVersion(filepath.Join(*isoDir, "..", "..", "pkgconfig", "iso-codes.pc"))
	wc, err := readWorldCountries(*wcPath)
	if err != nil {
		return err
	}
	wcVersion, err := readPackageVersion(filepath.Join(filepath.Dir(*wcPath), "package.json"))
	if err != nil {
		return err
	}
	rows := build(iso, wc, stderr)
	subs, err := readSubdivisions(filepath.Join(*isoDir, "iso_3166-2.json"), rows, stderr)
	if err != nil {
		return err
	}
	countries := []string{
		"# Generated by tools/gengazetteer; DO NOT EDIT. Regenerate with go generate ./entities/gazetteer.",
		fmt.Sprintf("# Sources: iso-codes %s (ISO 3166-1; LGPL-2.1+) and world-countries %s (ODbL-1.0).", isoVersion, wcVersion),
		"# Columns: name, type, aliases, demonyms, capitals; lists separated by \"|\".",
	}
	for _, r := range rows {
		countries = append(countries, strings.TrimRight(strings.Join([]string{r.name, r.typ,
			strings.Join(r.aliases, "|"), strings.Join(r.demonyms, "|"), strings.Join(r.capitals, "|")}, "\t"), "\t"))
	}
	subdivisions := []string{
		"# Generated by tools/gengazetteer; DO NOT EDIT. Regenerate with go generate ./entities/gazetteer.",
		fmt.Sprintf("# Source: iso-codes %s (ISO 3166-2; LGPL-2.1+): the states, provinces and", isoVersion),
		"# territories of " + strings.Join(subdivisionCountries(), ", ") + ", whose ISO names are English;",
		"# names shared with a country, capital or demonym of countries.gen.tsv are left out.",
		"# Columns: name, type, aliases; lists separated by \"|\".",
	}
	for _, r := range subs {
		subdivisions = append(subdivisions, strings.TrimRight(strings.Join([]string{r.name, r.typ, strings.Join(r.aliases, "|")}, "\t"), "\t"))
	}
	if *out == "" {
		_, err := io.WriteString(stdout, strings.Join(countries, "\n")+"\n")
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "countries.gen.tsv"), []byte(strings.Join(countries, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(*out, "subdivisions.gen.tsv"), []byte(strings.Join(subdivisions, "\n")+"\n"), 0o644)
}

// subdivisionTypes are the ISO 3166-2 types of first-level subdivisions
// taken, by country: the others (outlying areas, districts) are in
// countries.gen.tsv or are cities.
func subdivisionTypes(code string) []string {
	switch code {
	case "US":
		return []string{"State"}
	case "CA":
		return []string{"Province", "Territory"}
	case "AU":
		return []string{"State", "Territory"}
	case "IN":
		return []string{"State", "Union territory"}
	}
	return nil
}

// subdivisionCountries are the countries whose subdivisions are taken: those
// whose ISO 3166-2 names are the English names news uses (Russia's are
// transliterations, "Moskovskaja oblast'"; China's pinyin, "Anhui Sheng").
func subdivisionCountries() []string { return []string{"US", "CA", "AU", "IN"} }

// readSubdivisions returns the subdivisions of subdivisionCountries as
// Location rows named without diacritics ("Bihār" -> "Bihar", the ISO name
// kept as an alias), less those whose name is a form of a country row.
func readSubdivisions(path string, countries []row, stderr io.Writer) ([]row, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Subdivisions []struct {
			Code string `json:"code"`
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"3166-2"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	taken := map[string]string{}
	for _, r := range countries {
		for _, list := range [][]string{{r.name}, r.aliases, r.demonyms, r.capitals} {
			for _, s := range list {
				taken[fold(s)] = r.name
			}
		}
	}
	var rows []row
	for _, sd := range doc.Subdivisions {
		country, _, _ := strings.Cut(sd.Code, "-")
		if !slices.Contains(subdivisionTypes(country), sd.Type) {
			continue
		}
		name := stripMarks(sd.Name)
		if c, ok := taken[fold(name)]; ok {
			fmt.Fprintf(stderr, "gengazetteer: subdivision %s %q is a form of %s: left out\n", sd.Code, sd.Name, c)
			continue
		}
		r := row{code: sd.Code, name: name, typ: "Location"}
		if name != sd.Name {
			r.aliases = []string{sd.Name}
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
	return rows, nil
}

// stripMarks removes the diacritics of s, keeping its case.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// isoCountry is one entry of iso_3166-1.json.
type isoCountry struct {
	Alpha2       string `json:"alpha_2"`
	Alpha3       string `json:"alpha_3"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

func readISO(path string) (map[string]isoCountry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Countries []isoCountry `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string]isoCountry, len(doc.Countries))
	for _, c := range doc.Countries {
		m[c.Alpha2] = c
	}
	return m, nil
}

// wcCountry is the part of a world-countries entry the gazetteer uses.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"native"`
	} `json:"name"`
	CCA2        string   `json:"cca2"`
	Independent *bool    `json:"independent"`
	Capital     []string `json:"capital"`
	AltSpelling []string `json:"altSpellings"`
	Demonyms    map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func readWorldCountries(path string) ([]wcCountry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []wcCountry
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cs, nil
}

func readPackageVersion(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var p struct{ Name, Version string }
	if err := json.Unmarshal(b, &p); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if p.Name != "world-countries" {
		return "", fmt.Errorf("%s: package %q, want world-countries", path, p.Name)
	}
	return p.Version, nil
}

// readPCVersion returns the Version of a pkg-config file, or "(unknown
// version)" when it cannot be read.
func readPCVersion(path string) string {
	b, err := os.ReadFile(path)
	if err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "Version:"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return "(unknown version)"
}

type row struct {
	code, name, typ             string
	aliases, demonyms, capitals []string
}

// build turns the sources into sorted rows, resolving surface forms claimed
// by more than one entry (reported on stderr).
func build(iso map[string]isoCountry, wc []wcCountry, stderr io.Writer) []row {
	var rows []row
	for _, c := range wc {
		r := row{code: c.CCA2, name: c.Name.Common, typ: "Location"}
		if n, ok := newsName(c.CCA2); ok {
			r.name = n
		}
		if (c.Independent != nil && *c.Independent) || stateLike(c.CCA2) {
			r.typ = "Country"
		}
		native := map[string]bool{}
		for _, n := range c.Name.Native {
			native[fold(n.Common)] = true
			native[fold(n.Official)] = true
		}
		cands := []string{c.Name.Common, c.Name.Official}
		if ic, ok := iso[c.CCA2]; ok {
			cands = append(cands, uninvert(ic.Name), uninvert(ic.OfficialName), uninvert(ic.CommonName))
		}
		for _, a := range c.AltSpelling {
			if native[fold(a)] && fold(a) != fold(c.Name.Common) {
				continue
			}
			cands = append(cands, uninvert(a))
		}
		for _, a := range cands {
			a = strings.TrimSpace(a)
			a = strings.TrimPrefix(strings.TrimPrefix(a, "The "), "the ")
			switch {
			case a == "" || a == r.name || a == c.CCA2:
				continue
			case strings.Contains(a, ","), !latin(a):
				continue
			case unicode.IsLower([]rune(a)[0]):
				// Romanised native names ("weSwatini", "al-Jumhūriyyah
				// al-Yamaniyyah") and duplicates in lower case.
				continue
			case slices.Contains(dropAliases(c.CCA2), a):
				continue
			}
			r.aliases = append(r.aliases, a)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			// "Antiguan, Barbudan", "Kittitian or Nevisian": two adjectives.
			for _, dem := range []string{d.M, d.F} {
				for _, part := range strings.Split(strings.ReplaceAll(dem, " or ", ", "), ", ") {
					r.demonyms = append(r.demonyms, strings.TrimSpace(part))
				}
			}
			// "Thai", "Togolese" are adjectives, not names.
			r.aliases = slices.DeleteFunc(r.aliases, func(a string) bool { return a == d.M || a == d.F })
		}
		if r.typ == "Country" {
			r.capitals = append(r.capitals, c.Capital...)
		}
		rows = append(rows, r)
	}
	resolve(rows, stderr)
	for i := range rows {
		r := &rows[i]
		r.aliases = clean(r.aliases)
		r.demonyms = clean(r.demonyms)
		r.capitals = clean(r.capitals)
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
	return rows
}

// resolve removes surface forms claimed by several rows: a canonical name
// keeps its form; otherwise a Country beats Locations; otherwise every claim
// is dropped.
func resolve(rows []row, stderr io.Writer) {
	claims := map[string][]int{}
	names := map[string]int{}
	for i, r := range rows {
		names[fold(r.name)] = i
		seen := map[string]bool{fold(r.name): true}
		for _, list := range [][]string{r.aliases, r.demonyms, r.capitals} {
			for _, s := range list {
				k := fold(s)
				if !seen[k] {
					seen[k] = true
					claims[k] = append(claims[k], i)
				}
			}
		}
	}
	drop := map[int]map[string]bool{}
	dropOne := func(i int, k string) {
		if drop[i] == nil {
			drop[i] = map[string]bool{}
		}
		drop[i][k] = true
	}
	keys := slices.Sorted(maps.Keys(claims))
	for _, k := range keys {
		rs := claims[k]
		if n, ok := names[k]; ok {
			for _, i := range rs {
				if i != n {
					dropOne(i, k)
				}
			}
			continue
		}
		if len(rs) < 2 {
			continue
		}
		var countries []int
		for _, i := range rs {
			if rows[i].typ == "Country" {
				countries = append(countries, i)
			}
		}
		keep := -1
		if len(countries) == 1 {
			keep = countries[0]
		}
		var who []string
		for _, i := range rs {
			who = append(who, rows[i].name)
			if i != keep {
				dropOne(i, k)
			}
		}
		if keep < 0 {
			fmt.Fprintf(stderr, "gengazetteer: %q is claimed by %s: dropped\n", k, strings.Join(who, ", "))
		}
	}
	for i, ks := range drop {
		r := &rows[i]
		keepFn := func(s string) bool { return ks[fold(s)] }
		r.aliases = slices.DeleteFunc(r.aliases, keepFn)
		r.demonyms = slices.DeleteFunc(r.demonyms, keepFn)
		r.capitals = slices.DeleteFunc(r.capitals, keepFn)
	}
}

// uninvert turns an inverted ISO name ("Korea, Republic of", "Virgin
// Islands, British") into running-text order; other names with a comma are
// returned unchanged (and later dropped).
func uninvert(s string) string {
	head, tail, ok := strings.Cut(s, ", ")
	if !ok || strings.Contains(tail, ",") {
		return s
	}
	if strings.HasSuffix(tail, " of") || strings.HasSuffix(tail, " of the") || !strings.Contains(tail, " ") {
		return strings.TrimPrefix(strings.TrimPrefix(tail+" "+head, "the "), "The ")
	}
	return s
}

// fold lower-cases s and strips its diacritics, for comparing forms.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// latin reports whether every letter of s is in the Latin script.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// clean sorts a list and removes empty strings and duplicates.
func clean(list []string) []string {
	list = slices.DeleteFunc(list, func(s string) bool { return strings.TrimSpace(s) == "" })
	if len(list) == 0 {
		return nil
	}
	slices.Sort(list)
	return slices.Compact(list)
}
