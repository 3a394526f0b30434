package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

func TestUninvert(t *testing.T) {
	tabletest.Func(t, "uninvert", uninvert, []tabletest.Case[string, string]{
		{"Korea, Republic of", "Republic of Korea"},
		{"Congo, The Democratic Republic of the", "Democratic Republic of the Congo"},
		{"Virgin Islands, British", "British Virgin Islands"},
		{"Virgin Islands, U.S.", "U.S. Virgin Islands"},
		{"Bolivia, Plurinational State of", "Plurinational State of Bolivia"},
		{"Saint Helena, Ascension and Tristan da Cunha", "Saint Helena, Ascension and Tristan da Cunha"},
		{"Taiwan, Province of China", "Taiwan, Province of China"},
		{"France", "France"},
	})
}

func TestBuild(t *testing.T) {
	yes := true
	var wc []wcCountry
	add := func(code, common, official string, independent bool, alt, capital []string, demonym string) {
		var c wcCountry
		c.CCA2, c.Name.Common, c.Name.Official = code, common, official
		if independent {
			c.Independent = &yes
		}
		c.AltSpelling, c.Capital = alt, capital
		c.Demonyms = map[string]struct {
			F string `json:"f"`
			M string `json:"m"`
		}{"eng": {F: demonym, M: demonym}}
		wc = append(wc, c)
	}
	add("TR", "Türkiye", "Republic of Türkiye", true, []string{"TR", "Turkiye", "Republic of Turkey", "Türkiye Cumhuriyeti"}, []string{"Ankara"}, "Turkish")
	add("DM", "Dominica", "Commonwealth of Dominica", true, []string{"DM"}, []string{"Roseau"}, "Dominican")
	add("DO", "Dominican Republic", "Dominican Republic", true, nil, []string{"Santo Domingo"}, "Dominican")
	add("PR", "Puerto Rico", "Commonwealth of Puerto Rico", false, []string{"PR"}, []string{"San Juan"}, "Puerto Rican")
	add("TH", "Thailand", "Kingdom of Thailand", true, []string{"TH", "Prathet", "Thai", "ราชอาณาจักรไทย"}, []string{"Bangkok"}, "Thai")
	wc[0].Name.Native = map[string]struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	}{"tur": {Common: "Türkiye", Official: "Türkiye Cumhuriyeti"}}
	iso := map[string]isoCountry{"TR": {Alpha2: "TR", Name: "Türkiye", OfficialName: "Republic of Türkiye"}}

	got := build(iso, wc, io.Discard)
	want := []row{
		{code: "DM", name: "Dominica", typ: "Country", aliases: []string{"Commonwealth of Dominica"}, capitals: []string{"Roseau"}},
		{code: "DO", name: "Dominican Republic", typ: "Country", capitals: []string{"Santo Domingo"}},
		{code: "PR", name: "Puerto Rico", typ: "Location", aliases: []string{"Commonwealth of Puerto Rico"}, demonyms: []string{"Puerto Rican"}},
		{code: "TH", name: "Thailand", typ: "Country", aliases: []string{"Kingdom of Thailand"}, demonyms: []string{"Thai"}, capitals: []string{"Bangkok"}},
		{code: "TR", name: "Turkey", typ: "Country", aliases: []string{"Republic of Turkey", "Republic of Türkiye", "Turkiye", "Türkiye"}, demonyms: []string{"Turkish"}, capitals: []string{"Ankara"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("build =\n%+v\nwant\n%+v", got, want)
	}
}

// TestCommittedFilesAreCurrent regenerates the gazetteer into a temporary
// directory and compares it with entities/gazetteer/data. It needs world-countries
// (see the package documentation) and runs only when WORLD_COUNTRIES names
// its countries.json.
func TestCommittedFilesAreCurrent(t *testing.T) {
	wc := os.Getenv("WORLD_COUNTRIES")
	if wc == "" {
		t.Skip("WORLD_COUNTRIES not set")
	}
	dir := t.TempDir()
	if err := run([]string{"-worldcountries", wc, "-o", dir}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"countries.gen.tsv", "subdivisions.gen.tsv"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "entities", "gazetteer", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("entities/gazetteer/data/%s is not what the generator writes: run go generate ./entities/gazetteer", name)
		}
	}
}
