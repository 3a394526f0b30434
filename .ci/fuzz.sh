#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the module (every func Fuzz* in a
# *_test.go file outside third_party) for FUZZTIME each, after its seed
# corpus and testdata/fuzz regression cases have run as plain tests. The
# minimisation of a new input is bounded by FUZZMINIMIZETIME: with go
# test's default of 60 s, most targets spent 58 s of a minute minimising
# and barely fuzzed. A failing input is written to the package's
# testdata/fuzz/NAME directory, as go test does; commit it as a regression
# case once fixed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fuzztime="${FUZZTIME:-15s}"
minimize="${FUZZMINIMIZETIME:-5s}"

mapfile -t targets < <(grep -rl --include='*_test.go' --exclude-dir=third_party -E '^func Fuzz[A-Za-z0-9_]*\(' . |
	while read -r file; do
		dir="./$(dirname "${file#./}")"
		grep -oE '^func Fuzz[A-Za-z0-9_]*' "$file" | sed "s|^func |$dir |"
	done | sort)

echo "fuzz.sh: ${#targets[@]} targets, $fuzztime each (minimisation at most $minimize)"
failed=0
for t in "${targets[@]}"; do
	read -r pkg name <<<"$t"
	echo "== fuzz $pkg $name"
	if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "$pkg"; then
		failed=$((failed + 1))
	fi
done
if ((failed > 0)); then
	echo "fuzz.sh: $failed of ${#targets[@]} fuzz targets failed" >&2
	exit 1
fi
