package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progress prints "articles done / total, MB/s" on one line of stderr while
// build runs, when stderr is a terminal; otherwise it is silent. A nil
// *progress is silent too.
type progress struct {
	w     io.Writer
	total int
	start time.Time

	mu    sync.Mutex
	n     int
	bytes int64
	last  time.Time
}

func newProgress(w io.Writer, total int) *progress {
	if !isTerminal(w) {
		return nil
	}
	now := time.Now()
	return &progress{w: w, total: total, start: now, last: now}
}

// done records one article of n bytes, redrawing the line at most ten times
// a second.
func (p *progress) done(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	p.bytes += int64(n)
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond || p.n == p.total {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	secs := now.Sub(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.bytes) / 1e6 / secs
	}
	fmt.Fprintf(p.w, "\rbuild: %d/%d articles, %.2f MB/s ", p.n, p.total, rate)
}

// finish ends the progress line.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(time.Now())
	fmt.Fprintln(p.w)
}

// isTerminal reports whether w is a terminal, for progress lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
