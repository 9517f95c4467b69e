#!/usr/bin/env bash
# Issue 21's scaling benchmark: time and peak memory of 'planlint check' against input size for each shape of document
# that once went super-linear (minified and indented JSON, YAML flow style, text with wide rows of tabs, a Word cell of
# many paragraphs), at sizes doubling from 1 MB up to MAX_MB (default 48, just under the 50 MB plan-file limit).
# Usage: bench/shapes.sh [runs] [max_mb]. Prints a Markdown table for bench/RESULTS.md; run it on an idle machine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="$here/out"
runs="${1:-3}"
max_mb="${2:-48}"
mkdir -p "$out"

dotnet publish "$repo/src/PlanLint.Cli/PlanLint.Cli.csproj" -c Release -o "$out/planlint" -p:PublishReadyToRun="${PLANLINT_R2R:-true}" --nologo -v quiet > /dev/null
dotnet build "$here/PlanLint.Bench/PlanLint.Bench.csproj" -c Release -o "$out/bench" --nologo -v quiet > /dev/null

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$out/bench/planlint-bench" shapes --planlint "$out/planlint/planlint" --work "$out" --runs "$runs" --max-mb "$max_mb"
