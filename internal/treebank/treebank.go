// Package treebank locates the Universal Dependencies treebanks (UD English
// EWT and GUM) that the syntax models are trained and scored on. They are
// not part of the module: they sit in ../shared/treebanks beside the
// repository, or wherever $ACTORGRAPH_TREEBANKS says.
package treebank

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// EnvVar names the environment variable that, when set, is the treebanks'
// folder.
const EnvVar = "ACTORGRAPH_TREEBANKS"

// besideModule is where the treebanks are, relative to the module root,
// when EnvVar is not set.
const besideModule = "../shared/treebanks"

// Dir returns the folder of the treebanks: $ACTORGRAPH_TREEBANKS if set,
// else ../shared/treebanks relative to the module root, found by walking up
// from the working directory to the folder that holds go.mod. It fails,
// saying where it looked, when the folder does not exist.
func Dir() (string, error) {
	if dir := os.Getenv(EnvVar); dir != "" {
		if err := isDir(dir); err != nil {
			return "", fmt.Errorf("treebanks: %s=%s: %w", EnvVar, dir, err)
		}
		return dir, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("treebanks: %w", err)
	}
	root, err := moduleRoot(wd)
	if err != nil {
		return "", fmt.Errorf("treebanks: %w; set %s to their folder", err, EnvVar)
	}
	dir := filepath.Join(root, filepath.FromSlash(besideModule))
	if err := isDir(dir); err != nil {
		return "", fmt.Errorf("treebanks not found beside the module: %w; set %s to their folder", err, EnvVar)
	}
	return dir, nil
}

// moduleRoot returns the nearest folder at or above dir that holds go.mod.
func moduleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in the working directory or above it")
		}
		dir = parent
	}
}

// isDir reports why dir is not a folder, or nil.
func isDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	return nil
}

// Read reads one CoNLL-U file of the treebanks in dir, such as
// "en_ewt/en_ewt-ud-train.conllu"; dir "" asks Dir where they are.
func Read(dir, name string) ([]ud.Sentence, error) {
	if dir == "" {
		var err error
		if dir, err = Dir(); err != nil {
			return nil, err
		}
	}
	path := filepath.Join(dir, filepath.FromSlash(name))
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ud.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return sents, nil
}

// Split names the file of a split of a treebank: Split("en_gum", "dev") is
// "en_gum/en_gum-ud-dev.conllu".
func Split(treebank, split string) string {
	return treebank + "/" + treebank + "-ud-" + split + ".conllu"
}
