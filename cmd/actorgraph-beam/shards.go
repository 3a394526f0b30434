package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// writeShards writes lines, one a line, into shards files named
// PREFIX-SSSSS-of-NNNNN.nq, a line's shard chosen by its hash. Every shard
// is written, empty or not, so that no file of an earlier run with the
// same prefix is left looking like part of this one's output. The order of
// the lines within a shard is the runner's.
func writeShards(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	ids := make([]int, shards)
	for i := range ids {
		ids[i] = i
	}
	empty := beam.ParDo(s, emptyShard, beam.CreateList(s, ids))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, grouped)
}

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Function2x0(emptyShard)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// shardFn keys a line by its shard.
type shardFn struct{ Shards int }

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.Shards)), line)
}

// emptyShard is the empty line that makes sure shard id is written; empty
// lines are not written.
func emptyShard(id int, emit func(int, string)) { emit(id, "") }

// shardName is the name of shard id of n.
func shardName(prefix string, id, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.nq", prefix, id, n)
}

// writeShardFn writes one shard. Where the file system can rename, the
// shard goes to a temporary file renamed into place once complete, so that
// a failed or retried write never leaves half a shard under its name.
type writeShardFn struct {
	Prefix string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, id int, lines func(*string) bool) error {
	name := shardName(f.Prefix, id, f.Shards)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	target := name
	renamer, canRename := fsys.(filesystem.Renamer)
	if canRename {
		target = fmt.Sprintf("%s.tmp-%016x", name, rand.Uint64())
	}
	fd, err := fsys.OpenWrite(ctx, target)
	if err != nil {
		return fmt.Errorf("write %s: %w", target, err)
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		w.WriteString(line)
		w.WriteByte('\n')
	}
	err = w.Flush()
	if cerr := fd.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", target, err)
	}
	if canRename {
		if err := renamer.Rename(ctx, target, name); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}
