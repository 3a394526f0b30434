// oxigraph.cjs serves one N-Quads file from an in-memory Oxigraph store as
// a SPARQL endpoint on loopback, for internal/storetest.
//
// Usage: node oxigraph.cjs TOOLSDIR FILE
// TOOLSDIR holds node_modules/oxigraph (tools/stores). Once FILE is loaded
// it prints "listening PORT QUADS" and answers GET /sparql?query=... and
// POST /sparql (form or application/sparql-query) with SPARQL JSON results,
// the default graph being the union of all graphs. It exits when its
// standard input closes, so it never outlives the test that started it.
'use strict';

const fs = require('fs');
const http = require('http');

const [toolsDir, file] = process.argv.slice(2);
const oxigraph = require(require.resolve('oxigraph', { paths: [toolsDir] }));

const store = new oxigraph.Store();
store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-quads' });

function queryOf(req, url, body) {
  if (req.method === 'GET') return url.searchParams.get('query');
  if (req.method !== 'POST') return null;
  const type = req.headers['content-type'] || '';
  if (type.startsWith('application/sparql-query')) return body;
  return new URLSearchParams(body).get('query');
}

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== '/sparql') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('only /sparql is served\n');
      return;
    }
    const query = queryOf(req, url, body);
    if (!query) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('missing query\n');
      return;
    }
    try {
      const out = store.query(query, {
        results_format: 'application/sparql-results+json',
        use_default_graph_as_union: true,
      });
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' });
      res.end(out);
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`${e.message}\n`);
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${server.address().port} ${store.size}`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
