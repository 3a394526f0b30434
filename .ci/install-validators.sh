#!/usr/bin/env bash
# install-validators.sh installs the independent N-Quads validators that the
# tests of graph/nquads run (external_test.go): rapper from Debian's
# raptor2-utils, and the npm package n3 at the version pinned in
# tools/validate/package-lock.json; Debian's python3-networkx, whose
# GraphML and GEXF readers the tests of graph/export run; and Debian's
# chromium, the headless browser that the tests of render/htmlmap open the
# HTML map in. Safe to run again.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi

if ! command -v rapper >/dev/null 2>&1; then
	echo "install-validators: installing raptor2-utils" >&2
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends raptor2-utils
fi
rapper --version >/dev/null

if ! python3 -c 'import networkx' >/dev/null 2>&1; then
	echo "install-validators: installing python3-networkx" >&2
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-networkx
fi
python3 -c 'import networkx'

if ! command -v chromium >/dev/null 2>&1; then
	echo "install-validators: installing chromium (render/htmlmap's browser tests)" >&2
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi
echo "install-validators: $(chromium --version 2>/dev/null | head -1)" >&2

echo "install-validators: npm ci in tools/validate" >&2
(cd "$root/tools/validate" && npm ci --no-audit --no-fund --loglevel=error)
node -e 'require(require.resolve("n3", {paths: [process.argv[1]]}))' "$root/tools/validate"
echo "install-validators: networkx $(python3 -c 'import networkx; print(networkx.__version__)'), rapper $(rapper --version), n3 $(node -p 'require(process.argv[1] + "/node_modules/n3/package.json").version' "$root/tools/validate")" >&2
