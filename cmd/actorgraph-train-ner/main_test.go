package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
)

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no command", nil},
		{"unknown command", []string{"fit"}},
		{"help", []string{"eval", "-h"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(context.Background(), tt.args, &out, &errOut)
			if !errors.Is(err, flag.ErrHelp) {
				t.Errorf("run(%q) = %v, want flag.ErrHelp", tt.args, err)
			}
			if !strings.Contains(errOut.String(), "usage:") {
				t.Errorf("no usage text in %q", errOut.String())
			}
		})
	}
}

func TestRunEval(t *testing.T) {
	treebanks := testenv.Treebanks(t)
	var out, errOut bytes.Buffer
	// Without -treebanks, the locator finds them.
	if err := run(context.Background(), []string{"eval", "-split", "dev"}, &out, &errOut); err != nil {
		t.Fatalf("eval: %v\n%s", err, errOut.String())
	}
	for _, want := range []string{"GUM dev, all documents (18), gold tags", "GUM dev, news documents (2), gold tags", "Organization", "all "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run(context.Background(), []string{"eval", "-treebanks", treebanks, "-split", "nope"}, &out, &errOut); err == nil {
		t.Error("eval of a missing split succeeded")
	}
	if err := run(context.Background(), []string{"eval", "-treebanks", treebanks, "-tagger", "no/such/tagger.model"}, &out, &errOut); err == nil {
		t.Error("eval with a missing tagger succeeded")
	}
}
