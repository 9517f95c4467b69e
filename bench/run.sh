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
  dotnet publish "$1" -c Release -o "$2" -p:PublishReadyToRun="${PLANLINT_R2R:-true}" --nologo -v quiet > /dev/null
}
publish_aot() {
  dotnet publish "$1" -c Release -o "$2" --use-current-runtime -p:PublishAot=true --nologo -v quiet > /dev/null
}
publish "$repo/src/PlanLint.Cli/PlanLint.Cli.csproj" "$out/planlint"
publish "$here/Hello/Hello.csproj" "$out/hello"
aot=()
# Both builds are measured side by side unless PLANLINT_AOT=false (the native compile takes a few minutes).
if [ "${PLANLINT_AOT:-true}" = true ]; then
  publish_aot "$repo/src/PlanLint.Cli/PlanLint.Cli.csproj" "$out/planlint-aot"
  publish_aot "$here/Hello/Hello.csproj" "$out/hello-aot"
  aot=(--planlint-aot "$out/planlint-aot/planlint" --hello-aot "$out/hello-aot/hello")
fi
dotnet build "$here/PlanLint.Bench/PlanLint.Bench.csproj" -c Release -o "$out/bench" --nologo -v quiet > /dev/null

seeds="$repo/tests/PlanLint.Tests/Fixtures/corpus"
[ -d "$seeds" ] || seeds="$repo/examples"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET $(dotnet --version)"
"$out/bench/planlint-bench" --planlint "$out/planlint/planlint" --hello "$out/hello/hello" --seeds "$seeds" --work "$out" --runs "$runs" "${aot[@]}"
