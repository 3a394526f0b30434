// n3validate.cjs parses N-Quads files with the npm package n3, as an
// independent check of graph/nquads (see external_test.go and
// differential_test.go).
//
// Usage: node n3validate.cjs [--json] TOOLSDIR FILE...
// TOOLSDIR holds node_modules/n3 (tools/validate). For each FILE it prints
// one line: "ok FILE QUADS" or "error FILE MESSAGE"; with --json, "ok FILE "
// is followed by the quads as a JSON array instead of their number, each
// quad [s, p, o, g] with terms {t: termType, v: value, l: language,
// d: datatype}. It exits 1 if any file failed. Invalid UTF-8 is an error,
// not replaced.
'use strict';

const fs = require('fs');

let args = process.argv.slice(2);
const json = args[0] === '--json';
if (json) args = args.slice(1);
const [toolsDir, ...files] = args;
const N3 = require(require.resolve('n3', { paths: [toolsDir] }));
const utf8 = new TextDecoder('utf-8', { fatal: true });

function term(x) {
  const out = { t: x.termType, v: x.value };
  if (x.termType === 'Literal') {
    out.l = x.language;
    out.d = x.datatype.value;
  }
  return out;
}

let failed = 0;
for (const file of files) {
  try {
    const text = utf8.decode(fs.readFileSync(file));
    const quads = new N3.Parser({ format: 'application/n-quads' }).parse(text);
    const result = json
      ? JSON.stringify(quads.map((q) => [q.subject, q.predicate, q.object, q.graph].map(term)))
      : String(quads.length);
    console.log(`ok ${file} ${result}`);
  } catch (e) {
    failed++;
    console.log(`error ${file} ${String(e.message).replace(/\s+/g, ' ')}`);
  }
}
process.exit(failed ? 1 : 0);
