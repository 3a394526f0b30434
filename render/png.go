package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// rasteriser is the program that turns SVG into PNG. go-graphviz's own PNG
// output loses nodes and draws edges as black blobs (its issue #106), and
// the pure-Go SVG rasterisers draw no text, so maps go through librsvg,
// which renders text with the system's fonts, Arabic included.
const rasteriser = "rsvg-convert"

// rasterise writes svg to w as PNG at 96 dpi, twice the SVG's point size
// for sharp print.
func rasterise(ctx context.Context, w io.Writer, svg []byte) error {
	path, err := exec.LookPath(rasteriser)
	if err != nil {
		return fmt.Errorf("render: PNG output needs %s on PATH (Debian and Ubuntu: apt-get install librsvg2-bin; or ask for SVG): %w", rasteriser, err)
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "--format=png", "--zoom=2", "--background-color=white")
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
