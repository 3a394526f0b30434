package render

import (
	"context"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Render draws g as opt says and writes it to w. The first call in a
// process also starts Graphviz (see the package documentation); calls from
// several goroutines are safe and run one at a time. Graphviz cannot be
// interrupted: when ctx ends during a layout, Render returns at once and
// the layout finishes in the background.
func Render(ctx context.Context, w io.Writer, g *memgraph.Graph, opt Options) error {
	opt, err := opt.check()
	if err != nil {
		return err
	}
	engine := chooseEngine(g.Len(), opt.Layout)
	if opt.Format == "dot" {
		dot, err := finalDOT(ctx, g, opt, engine)
		if err != nil {
			return err
		}
		_, err = w.Write(dot)
		return wrapWrite(err)
	}
	svg, err := draw(ctx, g, opt, engine)
	if err != nil {
		return err
	}
	if opt.Format == "png" {
		return rasterise(ctx, w, svg)
	}
	_, err = w.Write(svg)
	return wrapWrite(err)
}

func wrapWrite(err error) error {
	if err != nil {
		return fmt.Errorf("render: write: %w", err)
	}
	return nil
}
