package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os/exec"
	"strconv"
	"strings"
)

// rasteriser is the program that turns SVG into PNG. go-graphviz's own PNG
// output loses nodes and draws edges as black blobs (its issue #106), and
// the pure-Go SVG rasterisers draw no text, so maps go through librsvg,
// which renders text with the system's fonts, Arabic included.
const rasteriser = "rsvg-convert"

// Rasterising limits: PNG maps are drawn at twice 96 dpi, sharp in print,
// unless that would make them wider or taller than maxPixels. librsvg fails
// past 32,767 pixels, and takes two minutes over a 5,000-actor map at
// 30,000 pixels a side; use SVG for maps that large.
const (
	pngZoom   = 2.0
	maxPixels = 16000
)

// rasterise writes svg to w as PNG.
func rasterise(ctx context.Context, w io.Writer, svg []byte) error {
	path, err := exec.LookPath(rasteriser)
	if err != nil {
		return fmt.Errorf("render: PNG output needs %s on PATH (Debian and Ubuntu: apt-get install librsvg2-bin; or ask for SVG): %w", rasteriser, err)
	}
	var stderr bytes.Buffer
	zoom := pngZoom
	if wd, ht, ok := svgSize(svg); ok {
		px := math.Max(wd, ht) * 96 / 72
		zoom = math.Min(zoom, maxPixels/px)
	}
	cmd := exec.CommandContext(ctx, path, "--format=png", "--zoom="+strconv.FormatFloat(zoom, 'f', 4, 64), "--background-color=white")
	cmd.Stdin = bytes.NewReader(svg)
	cmd.Stdout = w
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			err = errors.Join(err, errors.New(msg))
		}
		return fmt.Errorf("render: %s: %w", rasteriser, err)
	}
	return nil
}

// hasRasteriser reports whether PNG output is available.
func hasRasteriser() bool {
	_, err := exec.LookPath(rasteriser)
	return err == nil
}

// svgSize returns the width and height, in points, that Graphviz writes
// on an SVG's root element: <svg width="123pt" height="45pt".
func svgSize(svg []byte) (w, h float64, ok bool) {
	head := string(svg[:min(len(svg), 4096)])
	i := strings.Index(head, "<svg ")
	if i < 0 {
		return 0, 0, false
	}
	attr := func(name string) (float64, bool) {
		_, rest, found := strings.Cut(head[i:], " "+name+`="`)
		if !found {
			return 0, false
		}
		v, _, found := strings.Cut(rest, `pt"`)
		if !found {
			return 0, false
		}
		f, err := strconv.ParseFloat(v, 64)
		return f, err == nil && f > 0
	}
	w, okW := attr("width")
	h, okH := attr("height")
	return w, h, okW && okH
}
