#!/usr/bin/env bash
# install-stores.sh installs the RDF stores that internal/storetest starts
# for tests: Virtuoso Open Source from Debian (virtuoso-opensource, which
# gives virtuoso-t and isql-vt) and the npm package oxigraph at the version
# pinned in tools/stores/package-lock.json. Safe to run again. It never
# leaves a Virtuoso service running: the tests start their own.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi

if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1; then
	echo "install-stores: installing virtuoso-opensource" >&2
	# Keep the package's init script from starting a server, unless the
	# machine already has a policy.
	policy=/usr/sbin/policy-rc.d
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
		$sudo chmod +x "$policy"
		trap '$sudo rm -f "$policy"' EXIT
	fi
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends virtuoso-opensource
fi
command -v virtuoso-t >/dev/null
command -v isql-vt >/dev/null

echo "install-stores: npm ci in tools/stores" >&2
(cd "$root/tools/stores" && npm ci --no-audit --no-fund --loglevel=error)
node -e 'require(require.resolve("oxigraph", {paths: [process.argv[1]]}))' "$root/tools/stores"
echo "install-stores: $(virtuoso-t -? 2>&1 | head -n 2 | tail -n 1), oxigraph $(node -p 'require(process.argv[1] + "/node_modules/oxigraph/package.json").version' "$root/tools/stores")" >&2
