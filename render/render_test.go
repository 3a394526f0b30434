package render

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/internal/tabletest"
	"github.com/actorgraph/actorgraph/render/internal/rendertest"
)

func render(t *testing.T, g *memgraph.Graph, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Render(context.Background(), &b, g, opt); err != nil {
		t.Fatalf("Render(%+v): %v", opt, err)
	}
	return b.Bytes()
}

// TestRenderHostileNames renders names that break careless writers with
// each kind of engine and checks that the SVG is well-formed, holds no
// script, and shows every name as its text.
func TestRenderHostileNames(t *testing.T) {
	title := `<b>"Names" & \ things</b>`
	for _, layout := range []string{"auto", "dot"} {
		t.Run(layout, func(t *testing.T) {
			svg := render(t, hostileGraph(t), Options{Layout: layout, Title: title})
			shown := map[string]bool{}
			for _, tx := range parseSVG(t, svg) {
				shown[tx.text] = true
			}
			want := map[string]string{
				"quotes":          `Ali "the Chemist" Hassan`,
				"markup":          `<script>alert(1)</script>`,
				"ampersands":      `AT&T & Sons &amp; Co`,
				"backslashes":     `C:\Temp\n \N \G`,
				"newline":         "Line one line two",
				"Arabic":          "بشار الأسد",
				"bidi override":   "EvilReversed",
				"predicate":       `said-"hi"-to&<b>`,
				"title":           title,
				"legend, Other":   "Other",
				"legend, Country": "Country",
			}
			for what, text := range want {
				if !shown[text] {
					t.Errorf("%s: no text element reads %q", what, text)
				}
			}
		})
	}
}

// TestNoOverlappingLabels measures the maps a reader sees: no two texts
// (actor names, edge labels, legend, title) of different elements may
// overlap, measured with the font's own advance widths.
func TestNoOverlappingLabels(t *testing.T) {
	m := loadMetrics(t)
	tests := []struct {
		name   string
		g      func(testing.TB) *memgraph.Graph
		opt    Options
		slow   bool
		actors int
	}{
		{name: "sample", g: sampleGraph, actors: 28},
		{name: "sample, titled, sfdp", g: sampleGraph, opt: Options{Layout: "sfdp", Title: "Sample"}, actors: 28},
		{name: "sample, dot", g: sampleGraph, opt: Options{Layout: "dot"}, actors: 28},
		{name: "sample, fdp", g: sampleGraph, opt: Options{Layout: "fdp"}, actors: 28},
		{name: "sample, circo", g: sampleGraph, opt: Options{Layout: "circo"}, actors: 28},
		{name: "hostile names", g: hostileGraph, actors: len(hostileNames)},
		{name: "300 actors", g: func(t testing.TB) *memgraph.Graph { return syntheticGraph(t, 300) }, slow: true, actors: 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.slow && testing.Short() {
				t.Skip("slow; skipped in -short mode")
			}
			g := tt.g(t)
			if g.Len() != tt.actors {
				t.Fatalf("graph has %d actors, want %d", g.Len(), tt.actors)
			}
			svg := render(t, g, tt.opt)
			keep(t, svg)
			texts := parseSVG(t, svg)
			if pairs := m.overlappingTexts(texts); len(pairs) > 0 {
				t.Errorf("%d of %d texts overlap, e.g. %q", len(pairs), len(texts), pairs[:min(5, len(pairs))])
			}
			nodes := 0
			for _, tx := range texts {
				if strings.HasPrefix(tx.group, "node") {
					nodes++
				}
			}
			if nodes < g.Len() {
				t.Errorf("%d node texts, want at least one per actor (%d)", nodes, g.Len())
			}
		})
	}
}

var svgDir = flag.String("svgdir", "", "write the maps of TestNoOverlappingLabels to `DIR`, to look at")

// keep writes svg to -svgdir, named after the test.
func keep(t *testing.T, svg []byte) {
	if *svgDir == "" {
		return
	}
	name := strings.NewReplacer("/", "_", " ", "_", ",", "").Replace(t.Name()) + ".svg"
	if err := os.WriteFile(filepath.Join(*svgDir, name), svg, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRenderFormats(t *testing.T) {
	g := hostileGraph(t)
	tests := []struct {
		name   string
		opt    Options
		prefix string
		err    string
	}{
		{name: "svg by default", opt: Options{}, prefix: "<?xml"},
		{name: "dot text is DOT", opt: Options{Format: "DOT"}, prefix: "digraph actors {"},
		{name: "dot text of neato is placed", opt: Options{Format: "dot"}, prefix: "digraph actors {\n\tgraph [layout=nop2,"},
		{name: "dot text of dot is DOT's", opt: Options{Format: "dot", Layout: "dot"}, prefix: "digraph actors {\n\tgraph [layout=dot,"},
		{name: "unknown format", opt: Options{Format: "gif"}, err: `unknown format "gif" (want svg, png, dot)`},
		{name: "unknown layout", opt: Options{Layout: "twopi"}, err: `unknown layout "twopi"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Render(context.Background(), &b, g, tt.opt)
			if tabletest.Error(t, err, tt.err) {
				return
			}
			if !bytes.HasPrefix(b.Bytes(), []byte(tt.prefix)) {
				t.Errorf("output starts %q, want %q", b.Bytes()[:min(len(tt.prefix), b.Len())], tt.prefix)
			}
			if strings.Contains(tt.prefix, "nop2") {
				for _, line := range strings.Split(b.String(), "\n") {
					if strings.Contains(line, "[label=") && !strings.Contains(line, "pos=") {
						t.Errorf("node not placed: %s", line)
					}
				}
			}
		})
	}
}

func TestRenderPNG(t *testing.T) {
	g := hostileGraph(t)
	t.Run("without rsvg-convert", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		err := Render(context.Background(), &bytes.Buffer{}, g, Options{Format: "png"})
		if err == nil || !strings.Contains(err.Error(), "librsvg2-bin") {
			t.Fatalf("Render = %v, want an error naming librsvg2-bin", err)
		}
	})
	t.Run("with rsvg-convert", func(t *testing.T) {
		if !hasRasteriser() {
			t.Skip("rsvg-convert not on PATH (apt-get install librsvg2-bin)")
		}
		png := render(t, g, Options{Format: "png"})
		if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
			t.Fatalf("output is not a PNG: %q", png[:min(16, len(png))])
		}
	})
}

// TestRenderConcurrently renders from several goroutines at once, which
// crashes go-graphviz unless every call is serialised.
func TestRenderConcurrently(t *testing.T) {
	g := hostileGraph(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			errs[i] = Render(context.Background(), &bytes.Buffer{}, g, Options{Layout: []string{"neato", "dot", "sfdp", "fdp"}[i]})
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
}

func TestRenderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Render(ctx, &bytes.Buffer{}, hostileGraph(t), Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Render = %v, want context.Canceled", err)
	}
}

func TestRenderEmpty(t *testing.T) {
	g := rendertest.Graph(t, &graph.Dataset{})
	for _, layout := range []string{"auto", "dot"} {
		t.Run(layout, func(t *testing.T) {
			parseSVG(t, render(t, g, Options{Layout: layout, Title: "Nothing found"}))
		})
	}
}

// TestRenderDeterministic renders the same graph twice: maps in reports
// must not change between runs. Each render runs in a fresh process, as
// the command's do: go-graphviz's sfdp can lay a graph out differently
// after other layouts in the same process.
func TestRenderDeterministic(t *testing.T) {
	if layout := os.Getenv("RENDER_TEST_LAYOUT"); layout != "" {
		os.Stdout.Write(render(t, sampleGraph(t), Options{Layout: layout}))
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("cannot re-run the test binary: %v", err)
	}
	for _, layout := range []string{"auto", "sfdp", "dot"} {
		t.Run(layout, func(t *testing.T) {
			var runs [2][]byte
			for i := range runs {
				cmd := exec.Command(exe, "-test.run=^TestRenderDeterministic$")
				cmd.Env = append(os.Environ(), "RENDER_TEST_LAYOUT="+layout)
				out, err := cmd.Output()
				if err != nil {
					t.Fatalf("run %d: %v", i+1, err)
				}
				runs[i] = out
			}
			if !bytes.Contains(runs[0], []byte("</svg>")) {
				t.Fatalf("run wrote no SVG: %.200q", runs[0])
			}
			if !bytes.Equal(runs[0], runs[1]) {
				t.Error("two renders of the same graph differ")
			}
		})
	}
}
