#!/usr/bin/env bash
# In-process micro-benchmarks of the hot paths with BenchmarkDotNet: bench/micro.sh [BenchmarkDotNet arguments]
# (default: every benchmark, short job). Results go to bench/out/micro (BenchmarkDotNet.Artifacts).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/out/micro"
cd "$here/out/micro"
dotnet run -c Release --project "$here/PlanLint.MicroBench/PlanLint.MicroBench.csproj" -- --filter '*' --job short "$@"
