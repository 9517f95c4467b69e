#!/usr/bin/env bash
# PlanLint's benchmark, one command: builds Release, generates the scale corpus (fixed seed) from the
# corpus fixtures, runs each scenario several times after a warm-up, and prints medians and ratios
# against a trivial .NET program built and published the same way. Usage: bench/run.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="$here/out"
runs="${1:-5}"
mkdir -p "$out"

publish() {
  if [ "${PLANLINT_AOT:-false}" = true ]; then
    # Native AOT builds with trim warnings (see RESULTS.md), so they are not errors here.
    dotnet publish "$1" -c Release -o "$2" --use-current-runtime -p:PublishAot=true -p:TreatWarningsAsErrors=false --nologo -v quiet > /dev/null
  else
    dotnet publish "$1" -c Release -o "$2" -p:PublishReadyToRun="${PLANLINT_R2R:-true}" --nologo -v quiet > /dev/null
  fi
}
publish "$repo/src/PlanLint.Cli/PlanLint.Cli.csproj" "$out/planlint"
publish "$here/Hello/Hello.csproj" "$out/hello"
dotnet build "$here/PlanLint.Bench/PlanLint.Bench.csproj" -c Release -o "$out/bench" --nologo -v quiet > /dev/null

seeds="$repo/tests/PlanLint.Tests/Fixtures/corpus"
[ -d "$seeds" ] || seeds="$repo/examples"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET $(dotnet --version)"
"$out/bench/planlint-bench" --planlint "$out/planlint/planlint" --hello "$out/hello/hello" --seeds "$seeds" --work "$out" --runs "$runs"
