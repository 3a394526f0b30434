package extract_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// texts returns n short articles, each naming two actors and a relation.
func texts(n int) []extract.Input {
	pairs := [][2]string{{"France", "Germany"}, {"Japan", "China"}, {"Brazil", "Argentina"}, {"Kenya", "Ethiopia"}}
	var in []extract.Input
	for i := range n {
		p := pairs[i%len(pairs)]
		text := fmt.Sprintf("%s criticised %s on day %d of the talks.\n", p[0], p[1], i)
		in = append(in, extract.Input{Name: fmt.Sprintf("a%03d.txt", i), Read: func() ([]byte, error) { return []byte(text), nil }})
	}
	return in
}

func seq(in []extract.Input) func(func(extract.Input) bool) {
	return func(yield func(extract.Input) bool) {
		for _, x := range in {
			if !yield(x) {
				return
			}
		}
	}
}

// TestStreamOrder: the results come in input order, the same for any
// number of workers, with bad inputs reported in their place.
func TestStreamOrder(t *testing.T) {
	p := pipeline(t)
	in := texts(12)
	in[3] = extract.Input{Name: "missing.txt", Read: func() ([]byte, error) { return nil, errors.New("no such file") }}
	in[7] = extract.Input{Name: "empty.txt", Read: func() ([]byte, error) { return []byte("  \n"), nil }}
	var runs [][]string
	for _, workers := range []int{1, 2, 5} {
		var got []string
		err := p.Stream(context.Background(), seq(in), workers, func(r extract.Result) error {
			if r.Err != nil {
				got = append(got, fmt.Sprintf("%d %s error: %v", r.Index, r.Name, r.Err))
				return nil
			}
			got = append(got, fmt.Sprintf("%d %s %d actors %d relations", r.Index, r.Article.Source, len(r.Article.Actors), len(r.Article.Relations)))
			return nil
		})
		if err != nil {
			t.Fatalf("workers %d: %v", workers, err)
		}
		if len(got) != len(in) {
			t.Fatalf("workers %d: %d results for %d inputs", workers, len(got), len(in))
		}
		runs = append(runs, got)
	}
	for i := 1; i < len(runs); i++ {
		if !reflect.DeepEqual(runs[0], runs[i]) {
			t.Errorf("results differ with the number of workers:\n%q\n%q", runs[0], runs[i])
		}
	}
	want3, want7 := "3 missing.txt error: missing.txt: no such file", "7 empty.txt error: empty.txt: empty article"
	if runs[0][3] != want3 || runs[0][7] != want7 {
		t.Errorf("bad inputs reported as %q and %q, want %q and %q", runs[0][3], runs[0][7], want3, want7)
	}
	if want := "0 a000.txt 2 actors 1 relations"; runs[0][0] != want {
		t.Errorf("first result %q, want %q", runs[0][0], want)
	}
}

// TestStreamStops: an error from yield, or a cancelled context, stops the
// stream without reading every input.
func TestStreamStops(t *testing.T) {
	p := pipeline(t)
	stop := errors.New("enough")
	var read atomic.Int32
	in := texts(200)
	for i := range in {
		r := in[i].Read
		in[i].Read = func() ([]byte, error) { read.Add(1); return r() }
	}
	n := 0
	err := p.Stream(context.Background(), seq(in), 2, func(extract.Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("Stream returned %v, want yield's error", err)
	}
	if r := read.Load(); r >= 100 {
		t.Errorf("%d inputs read after yield stopped the stream at the third", r)
	}

	ctx, cancel := context.WithCancel(context.Background())
	read.Store(0)
	n = 0
	err = p.Stream(ctx, seq(in), 2, func(extract.Result) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Stream returned %v after cancellation, want context.Canceled", err)
	}
	if r := read.Load(); r >= 100 {
		t.Errorf("%d inputs read after the context was cancelled", r)
	}
}

// TestStreamBounded: the inputs are read no further ahead of the results
// yielded than a small window, whatever the number of inputs.
func TestStreamBounded(t *testing.T) {
	p := pipeline(t)
	var read, yielded, ahead atomic.Int32
	in := texts(60)
	for i := range in {
		r := in[i].Read
		in[i].Read = func() ([]byte, error) {
			if d := read.Add(1) - yielded.Load(); d > ahead.Load() {
				ahead.Store(d)
			}
			return r()
		}
	}
	err := p.Stream(context.Background(), seq(in), 2, func(extract.Result) error {
		yielded.Add(1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if a := ahead.Load(); a > 4*2+1 {
		t.Errorf("inputs were read up to %d ahead of the results, want at most the window of %d", a, 4*2+1)
	}
}
