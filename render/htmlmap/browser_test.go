package htmlmap

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/memgraph/memgraphtest"
	"github.com/actorgraph/actorgraph/render/internal/rendertest"
)

var screenshot = flag.String("screenshot", "", "also save the browser's screenshot of the sample map to `FILE`")

// chromium returns the headless browser to test with: $ACTORGRAPH_CHROMIUM,
// else chromium or chromium-browser on PATH. The test skips when there is
// none; CI installs Debian's chromium (.ci/install-validators.sh).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ACTORGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on PATH (Debian: apt-get install chromium; CI installs it): the page is not tested in a browser")
	return ""
}

// runChromium runs headless Chromium on the page at path with args and
// returns its standard output.
func runChromium(t *testing.T, bin, path, hash string, args ...string) []byte {
	t.Helper()
	// Minutes, not seconds: on a loaded 2-core machine Chromium alone
	// takes 10 s to start, and the tests run four at once.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	all := []string{"--headless=new", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--window-size=1280,800"}
	if os.Geteuid() == 0 {
		all = append(all, "--no-sandbox") // Chromium refuses to run as root with its sandbox
	}
	all = append(all, args...)
	all = append(all, "file://"+path+hash)
	cmd := exec.CommandContext(ctx, bin, all...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, tail(stderr.String(), 2000))
	}
	return stdout.Bytes()
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// selfTest is what the page's self-test reports (see runSelfTest in
// page.js).
type selfTest struct {
	Nodes, Edges, DataNodes, DataEdges, VisibleNodes int
	ClassFilterShown, DateFilterShown                bool
	Scripts                                          int
	Injected                                         bool
	LayoutMs, SelfTestMs                             int
	ClassGroups, ClassLabels                         []string
	Search                                           struct {
		Query, Count string
		Matched      []string
		Faded        int
	}
	TypeFilter []struct {
		Type           string
		VisibleWithout int
	}
	ClassFilter []struct {
		Cls          string
		EdgesWithout []string
	}
	DateRange        []string
	EdgesFromLastDay []string
	Click            *struct {
		Wanted, From, Shown, Heading, Predicate string
		Evidence, Sources                       []string
	}
	Errors []string
}

var selfTestRE = regexp.MustCompile(`(?s)<pre id="selftest"[^>]*>(.*?)</pre>`)

// load writes p into a file, opens it in Chromium with #selftest and
// returns the self-test's report.
func load(t *testing.T, bin string, p page) (selfTest, string) {
	t.Helper()
	var b bytes.Buffer
	if err := writePage(&b, p); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "map.html")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runChromium(t, bin, path, "#selftest", "--dump-dom")
	m := selfTestRE.FindSubmatch(dom)
	if m == nil || len(m[1]) == 0 {
		t.Fatalf("the page wrote no self-test report; DOM:\n%s", tail(string(dom), 3000))
	}
	var r selfTest
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &r); err != nil {
		t.Fatalf("self-test report: %v\n%s", err, m[1])
	}
	if len(r.Errors) > 0 {
		t.Errorf("script errors in the page: %q", r.Errors)
	}
	return r, path
}

// checkCommon checks what every page's self-test must show: every actor
// and relation drawn, the type filter hiding exactly its type, a click on
// an edge filling the panel with that edge's evidence, and a search
// finding the actor searched for.
func checkCommon(t *testing.T, p page, r selfTest) {
	t.Helper()
	if r.Nodes != len(p.Nodes) || r.DataNodes != len(p.Nodes) || r.VisibleNodes != len(p.Nodes) {
		t.Errorf("nodes: drawn %d, read %d, visible %d; want %d", r.Nodes, r.DataNodes, r.VisibleNodes, len(p.Nodes))
	}
	if r.Edges != len(p.Edges) || r.DataEdges != len(p.Edges) {
		t.Errorf("edges: drawn %d, read %d; want %d", r.Edges, r.DataEdges, len(p.Edges))
	}
	if r.Scripts != 3 || r.Injected {
		t.Errorf("the page has %d script elements (want 3), injected = %v", r.Scripts, r.Injected)
	}
	perType := map[string]int{}
	for _, n := range p.Nodes {
		perType[n.Type]++
	}
	if len(r.TypeFilter) != len(perType) {
		t.Errorf("type filter offers %d types, the graph has %d", len(r.TypeFilter), len(perType))
	}
	for _, f := range r.TypeFilter {
		if want := len(p.Nodes) - perType[f.Type]; f.VisibleWithout != want {
			t.Errorf("without %s: %d actors visible, want %d", f.Type, f.VisibleWithout, want)
		}
	}
	c := r.Click
	if c == nil {
		t.Fatal("self-test clicked no edge")
	}
	if c.Shown != c.Wanted {
		t.Errorf("clicked edge %s, the panel shows %q", c.Wanted, c.Shown)
	}
	var edge *pageEdge
	for i := range p.Edges {
		if p.Edges[i].ID == c.Wanted {
			edge = &p.Edges[i]
		}
	}
	if edge == nil {
		t.Fatalf("clicked edge %s is not in the data", c.Wanted)
	}
	if !strings.Contains(c.Heading, edge.Predicate) || c.Predicate != edge.Predicate {
		t.Errorf("panel heading %q, predicate %q; want predicate %q", c.Heading, c.Predicate, edge.Predicate)
	}
	var want []string
	for _, ev := range edge.Evidence {
		want = append(want, ev.Text)
	}
	if !slices.Equal(c.Evidence, want) {
		t.Errorf("panel evidence = %q, want %q", c.Evidence, want)
	}
	if len(edge.Evidence) > 0 && !strings.Contains(strings.Join(c.Sources, "\n"), edge.Evidence[0].Article) {
		t.Errorf("panel does not name the article %s: %q", edge.Evidence[0].Article, c.Sources)
	}
	if r.Search.Query == "" || !slices.Contains(r.Search.Matched, r.Search.Query) {
		t.Errorf("search %q matched %q", r.Search.Query, r.Search.Matched)
	}
	if want := fmt.Sprintf("%d actor", len(r.Search.Matched)); !strings.HasPrefix(r.Search.Count, want) {
		t.Errorf("search count reads %q, want %q...", r.Search.Count, want)
	}
}

func TestBrowserSample(t *testing.T) {
	t.Parallel() // Chromium spends most of its 10 s start-up waiting
	bin := chromium(t)
	p := pageOf(rendertest.Graph(t, memgraphtest.Sample()), Options{Title: "Sample"})
	r, path := load(t, bin, p)
	checkCommon(t, p, r)
	if r.ClassFilterShown || r.DateFilterShown {
		t.Errorf("class filter shown %v, date filter shown %v, for a graph with neither", r.ClassFilterShown, r.DateFilterShown)
	}
	if len(r.Click.Evidence) < 2 {
		t.Errorf("the clicked edge shows %d sentences; the sample has edges with 2", len(r.Click.Evidence))
	}
	if r.Search.Faded == 0 {
		t.Error("search faded nothing")
	}

	out := filepath.Join(t.TempDir(), "map.png")
	runChromium(t, bin, path, "#selftest", "--screenshot="+out)
	f, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(f))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 800 {
		t.Errorf("screenshot is %v, want 1280×800", b)
	}
	if n := colours(img); n < 20 {
		t.Errorf("screenshot has %d colours: nothing was drawn", n)
	}
	if *screenshot != "" {
		if err := os.WriteFile(*screenshot, f, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// colours counts the distinct colours of img, up to 1000.
func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// TestBrowserLarge opens the map of 200 actors, what render keeps by
// default, picked from 300 synthetic ones.
func TestBrowserLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the layout of 200 actors takes seconds in headless Chromium")
	}
	t.Parallel()
	bin := chromium(t)
	p := pageOf(rendertest.Graph(t, memgraphtest.Synthetic(300, 1)).Top(200, 1), Options{})
	r, _ := load(t, bin, p)
	checkCommon(t, p, r)
	t.Logf("%d actors, %d relations laid out in %d ms, self-test in %d ms", r.Nodes, r.Edges, r.LayoutMs, r.SelfTestMs)
}

func TestBrowserHostile(t *testing.T) {
	t.Parallel() // Chromium spends most of its 10 s start-up waiting
	bin := chromium(t)
	p := pageOf(rendertest.Graph(t, hostileDataset()), Options{Title: "</title><script>window.__injected=true</script>"})
	r, _ := load(t, bin, p)
	checkCommon(t, p, r)
}

// TestBrowserClassesAndDates gives the sample's relations classes and
// dates, on the edges and on single sentences, and checks the page's
// filters against the same rules worked out here.
func TestBrowserClassesAndDates(t *testing.T) {
	t.Parallel() // Chromium spends most of its 10 s start-up waiting
	bin := chromium(t)
	p := pageOf(rendertest.Graph(t, memgraphtest.Sample()), Options{})
	classes := []string{"04 consult", "19 fight", "", "05 cooperate"}
	dates := []string{"2025-03-02", "2025-03", "", "2024"}
	for i := range p.Edges {
		e := &p.Edges[i]
		e.Class = classes[i%len(classes)]
		e.Date = dates[i%len(dates)]
		if i%5 == 0 && len(e.Evidence) > 0 {
			e.Evidence[0].Class = "19 fight"
			e.Evidence[0].Date = "2025-03-09"
		}
	}
	p.Classes = map[string]classInfo{
		"04 consult":   {"consult", "verbal-cooperation"},
		"19 fight":     {"fight", "material-conflict"},
		"05 cooperate": {"cooperate", "verbal-cooperation"},
	}
	r, _ := load(t, bin, p)
	checkCommon(t, p, r)
	if want := []string{"verbal-cooperation", "material-conflict", "other"}; !slices.Equal(r.ClassGroups, want) {
		t.Errorf("class groups %q, want %q", r.ClassGroups, want)
	}
	if want := []string{"04 consult consult", "05 cooperate cooperate", "19 fight fight", "(no class)"}; !slices.Equal(r.ClassLabels, want) {
		t.Errorf("class labels %q, want %q", r.ClassLabels, want)
	}
	if !r.ClassFilterShown || !r.DateFilterShown {
		t.Fatalf("class filter shown %v, date filter shown %v, want both", r.ClassFilterShown, r.DateFilterShown)
	}
	type stmt struct{ class, date string }
	statements := func(e pageEdge) []stmt {
		if len(e.Evidence) == 0 {
			return []stmt{{e.Class, e.Date}}
		}
		var ss []stmt
		for _, ev := range e.Evidence {
			s := stmt{cmp.Or(ev.Class, e.Class), cmp.Or(ev.Date, e.Date)}
			ss = append(ss, s)
		}
		return ss
	}
	wantClasses := []string{"04 consult", "05 cooperate", "19 fight", "(no class)"}
	var got []string
	for _, f := range r.ClassFilter {
		got = append(got, f.Cls)
		var want []string
		for _, e := range p.Edges {
			for _, s := range statements(e) {
				if cmp.Or(s.class, "(no class)") != f.Cls {
					want = append(want, e.ID)
					break
				}
			}
		}
		if !slices.Equal(f.EdgesWithout, want) {
			t.Errorf("without class %q: edges %q, want %q", f.Cls, f.EdgesWithout, want)
		}
	}
	if !slices.Equal(got, wantClasses) {
		t.Errorf("class filter offers %q, want %q", got, wantClasses)
	}
	if !slices.Equal(r.DateRange, []string{"2024-01-01", "2025-03-31"}) {
		t.Errorf("date range %q", r.DateRange)
	}
	// From the last day on: the statements dated in March 2025 by month
	// (which covers the 31st), not those of a day or of 2024.
	var want []string
	for _, e := range p.Edges {
		for _, s := range statements(e) {
			if s.date == "2025-03" {
				want = append(want, e.ID)
				break
			}
		}
	}
	if len(want) == 0 || !slices.Equal(r.EdgesFromLastDay, want) {
		t.Errorf("edges from %s on: %q, want %q", r.DateRange[1], r.EdgesFromLastDay, want)
	}
}
