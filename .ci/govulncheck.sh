#!/usr/bin/env bash
# govulncheck.sh reports the known vulnerabilities that the module's code
# can reach, with govulncheck at a pinned version and a vulnerability
# database built here, offline, from the golang.org/x/vulndb module at a
# pinned version (its data/osv holds every report as OSV JSON, and its
# cmd/indexdb writes the database govulncheck -db file:// reads), since the
# database's own server cannot be reached from CI. Both come from the Go
# module proxy. Exits non-zero when a reachable vulnerability is found.
# Raise VULNDB_VERSION to check against newer reports.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

govulncheck_version="${GOVULNCHECK_VERSION:-v1.9.0}"
vulndb_version="${VULNDB_VERSION:-v0.0.0-20261105234957-e22db6528018}"

cache="${XDG_CACHE_HOME:-$HOME/.cache}/actorgraph-ci"
db="$cache/vulndb-$vulndb_version"
bin="$cache/govulncheck-$govulncheck_version-$(go env GOVERSION)"

if [[ ! -x $bin/govulncheck ]]; then
	echo "govulncheck.sh: installing govulncheck $govulncheck_version"
	GOBIN="$bin" go install "golang.org/x/vuln/cmd/govulncheck@$govulncheck_version"
fi
if [[ ! -f $db/index/db.json ]]; then
	echo "govulncheck.sh: building the vulnerability database from golang.org/x/vulndb@$vulndb_version"
	tmp="$(mktemp -d)"
	src="$(cd "$tmp" && go mod download -json "golang.org/x/vulndb@$vulndb_version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
	rmdir "$tmp"
	rm -rf "$db.tmp"
	go run "golang.org/x/vulndb/cmd/indexdb@$vulndb_version" -vulns "$src/data/osv" -out "$db.tmp"
	mv "$db.tmp" "$db"
fi
echo "govulncheck.sh: govulncheck $govulncheck_version, $(go env GOVERSION), database golang.org/x/vulndb@$vulndb_version"
"$bin/govulncheck" -db "file://$db" ./...
