// n3validate.cjs parses N-Quads files with the npm package n3, as an
// independent check of graph/nquads (see external_test.go).
//
// Usage: node n3validate.cjs TOOLSDIR FILE...
// TOOLSDIR holds node_modules/n3 (tools/validate). For each FILE it prints
// "ok FILE QUADS" or "error FILE MESSAGE" on one line, and it exits 1 if any
// file failed. Invalid UTF-8 is an error, not replaced.
'use strict';

const fs = require('fs');

const [toolsDir, ...files] = process.argv.slice(2);
const N3 = require(require.resolve('n3', { paths: [toolsDir] }));
const utf8 = new TextDecoder('utf-8', { fatal: true });

let failed = 0;
for (const file of files) {
  try {
    const text = utf8.decode(fs.readFileSync(file));
    const quads = new N3.Parser({ format: 'application/n-quads' }).parse(text);
    console.log(`ok ${file} ${quads.length}`);
  } catch (e) {
    failed++;
    console.log(`error ${file} ${String(e.message).replace(/\s+/g, ' ')}`);
  }
}
process.exit(failed ? 1 : 0);
