package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/actorgraph/actorgraph/internal/cli"
	"golang.org/x/sys/unix"
)

// An output path is written in one of three ways, chosen by what is there.
//
//   - Nothing, or a regular file with one name: the output goes into a
//     temporary file in the same directory, renamed over the path only when
//     it is complete, so a failed run never leaves a half-written file. An
//     existing file keeps its mode (and, where allowed, its owner).
//   - A regular file with several names (hard links), or in a directory the
//     user cannot write to: the output goes into a temporary file first and
//     is then copied into the file, so every name sees it.
//   - A device or a named pipe (/dev/null, /dev/stdout, a pipe the shell
//     made): written directly, as stdout is.
//
// A symbolic link is followed: the file it points to is written, and the
// link stays. A directory, a socket or a read-only file is not written.

// checkOutput says, before any work is done, why writeOutput could not
// write path: path is one of the inputs (or would be read as an article of
// an input directory), is a directory or another thing that cannot be
// written, is read-only, or is in a directory where no file can be
// created. Path "-" or "" is stdout. An input "-" is standard input.
func checkOutput(path string, inputs []string) error {
	if path == "" || path == "-" {
		return nil
	}
	target, info, err := outputTarget(path)
	if err != nil {
		return err
	}
	for _, in := range inputs {
		if in == "-" || in == "" {
			continue
		}
		inInfo, err := os.Stat(in)
		if err != nil {
			continue // the input's own error is reported when it is read
		}
		if info != nil && os.SameFile(info, inInfo) {
			return cli.Usagef("output %s is also an input; it would be overwritten", cli.DisplayText(path))
		}
		if inInfo.IsDir() && strings.HasSuffix(target, ".txt") && isUnder(target, in) {
			return cli.Usagef("output %s is inside input directory %s and would be read as an article", cli.DisplayText(path), cli.DisplayText(in))
		}
	}
	if info == nil || info.Mode().IsRegular() {
		return probeWritable(path, target, info)
	}
	return nil
}

// outputTarget follows path's symbolic links and returns the file to write
// and what is there (nil for nothing), or why it cannot be written.
func outputTarget(path string) (string, fs.FileInfo, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		target, err := followLinks(path)
		if err != nil {
			return "", nil, fmt.Errorf("output %s: %w", cli.DisplayText(path), err)
		}
		return target, nil, nil
	case err != nil:
		return "", nil, fmt.Errorf("output %s: %w", cli.DisplayText(path), unwrapPathError(err))
	}
	mode := info.Mode()
	switch {
	case mode.IsRegular():
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", nil, fmt.Errorf("output %s: %w", cli.DisplayText(path), unwrapPathError(err))
		}
		if mode.Perm()&0o222 == 0 {
			return "", nil, fmt.Errorf("output %s is read-only; not replaced", cli.DisplayText(path))
		}
		if err := unix.Access(target, unix.W_OK); err != nil {
			return "", nil, fmt.Errorf("output %s: cannot write: %w", cli.DisplayText(path), err)
		}
		return target, info, nil
	case mode&(fs.ModeCharDevice|fs.ModeDevice|fs.ModeNamedPipe) != 0:
		return path, info, nil
	}
	return "", nil, fmt.Errorf("output %s is %s, not a file that can be written", cli.DisplayText(path), fileKind(mode))
}

// followLinks returns the path that a file created at path would have: path
// itself, or, when path is a symbolic link to nothing, the path the link
// points to.
func followLinks(path string) (string, error) {
	for range 40 {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", unwrapPathError(err)
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", errors.New("too many levels of symbolic links")
}

// isUnder reports whether path lies inside directory dir.
func isUnder(path, dir string) bool {
	p, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	if real, err := filepath.EvalSymlinks(d); err == nil {
		d = real
	}
	if real, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
		p = filepath.Join(real, filepath.Base(p))
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// probeWritable checks that a temporary file can be made in target's
// directory or, for an existing file (info), somewhere, as writeOutput
// will need.
func probeWritable(path, target string, info fs.FileInfo) error {
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil && info != nil {
		tmp, err = os.CreateTemp("", "actorgraph-output-*")
	}
	if err != nil {
		return fmt.Errorf("output %s: cannot create a file there: %w", cli.DisplayText(path), unwrapPathError(err))
	}
	tmp.Close()
	os.Remove(tmp.Name())
	return nil
}

// writeOutput writes what fill produces to path, as the comment at the top
// of this file says, or to stdout for path "-" or "". Nothing is written to
// a regular file unless fill succeeds.
func writeOutput(path string, stdout io.Writer, fill func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fill(stdout)
	}
	target, info, err := outputTarget(path)
	if err != nil {
		return err
	}
	switch {
	case info == nil:
		return writeReplacing(path, target, nil, fill)
	case !info.Mode().IsRegular():
		return writeDirect(path, fill)
	case linkCount(info) > 1, unix.Access(filepath.Dir(target), unix.W_OK|unix.X_OK) != nil:
		// Several names, or a directory where only the file is writable.
		return writeInPlace(path, target, fill)
	}
	return writeReplacing(path, target, info, fill)
}

// writeReplacing writes into a temporary file beside target and renames it
// over target, with the mode (and owner, where allowed) of info, the file
// it replaces, or 0644 for a new file.
func writeReplacing(path, target string, info fs.FileInfo, fill func(io.Writer) error) error {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("create %s: %w", cli.DisplayText(path), err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := fill(tmp); err != nil {
		tmp.Close()
		return err
	}
	mode := fs.FileMode(0o644)
	if info != nil {
		mode = info.Mode().Perm()
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			_ = tmp.Chown(int(st.Uid), int(st.Gid)) // allowed for root only; the mode is kept anyway
		}
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), err)
	}
	return nil
}

// writeInPlace writes into a temporary file and, when fill has succeeded,
// copies it into target, keeping target's inode and so its other names.
func writeInPlace(path, target string, fill func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		tmp, err = os.CreateTemp("", "actorgraph-output-*")
	}
	if err != nil {
		return fmt.Errorf("create a temporary file for %s: %w", cli.DisplayText(path), err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	if err := fill(tmp); err != nil {
		return err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), err)
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), unwrapPathError(err))
	}
	if _, err := io.Copy(f, tmp); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), err)
	}
	return nil
}

// writeDirect writes into a device or a pipe as it is produced.
func writeDirect(path string, fill func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), unwrapPathError(err))
	}
	if err := fill(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", cli.DisplayText(path), err)
	}
	return nil
}

// linkCount returns the number of names of the file info describes.
func linkCount(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}
