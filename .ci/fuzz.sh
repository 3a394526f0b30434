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
# A run that fails with only "context deadline exceeded" and writes no
# failing input is the fuzz coordinator's race at the end of -fuzztime
# (go.dev/issue/75804; still seen under load with go1.27.3), not a finding:
# it is reported and not counted. Any other failure, or a new input in
# testdata/fuzz/NAME, fails the script.
failed=0
flaked=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for t in "${targets[@]}"; do
	read -r pkg name <<<"$t"
	echo "== fuzz $pkg $name"
	corpus="$pkg/testdata/fuzz/$name"
	before=$( (ls "$corpus" 2>/dev/null || true) | wc -l)
	if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "$pkg" 2>&1 | tee "$log"; then
		after=$( (ls "$corpus" 2>/dev/null || true) | wc -l)
		if ((after == before)) && grep -q '^    context deadline exceeded$' "$log" &&
			! grep -v '^    context deadline exceeded$' "$log" | grep -q '^    '; then
			echo "fuzz.sh: $name stopped on the coordinator's deadline race, no failing input: not counted" >&2
			flaked=$((flaked + 1))
		else
			failed=$((failed + 1))
		fi
	fi
done
echo "fuzz.sh: ${#targets[@]} targets, $failed failed, $flaked stopped on the deadline race"
if ((failed > 0)); then
	echo "fuzz.sh: $failed of ${#targets[@]} fuzz targets failed" >&2
	exit 1
fi
