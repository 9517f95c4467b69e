#!/usr/bin/env bash
# Fuzzes one PlanLint entry point with AFL++ for a bounded time: fuzz/run.sh TARGET SECONDS [EXECUTIONS]
# (with EXECUTIONS, it stops at whichever of the two limits comes first).
# TARGET: json yaml docx text pdf config baseline sidefile rulepack outputs suppress. Needs afl++ (apt-get install afl++) and the .NET SDK.
# Builds fuzz/PlanLint.Fuzz, instruments the PlanLint assemblies with SharpFuzz, seeds from fuzz/seeds/TARGET, and
# writes AFL++'s findings to fuzz/out/TARGET (crashes in fuzz/out/TARGET/default/crashes). Exit 1 when a crash was
# found, 4 when the harness does not build; replay one (uninstrumented) with: dotnet run --project fuzz/PlanLint.Fuzz -- TARGET CRASH_FILE
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: fuzz/run.sh TARGET SECONDS [EXECUTIONS]}"
seconds="${2:?usage: fuzz/run.sh TARGET SECONDS [EXECUTIONS]}"
execs="${3:-}"
out="fuzz/out"
bin="$out/bin"
tools="$out/tools"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1

if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

# Build and instrument once per checkout state (under a lock, so parallel runs share one build).
exec 9>"fuzz/.build.lock"
flock 9
stamp="$(find src fuzz/PlanLint.Fuzz -name '*.cs' -newer "$bin/.instrumented" 2>/dev/null | head -n 1 || true)"
if [ ! -f "$bin/.instrumented" ] || [ -n "$stamp" ]; then
  rm -rf "$bin"
  mkdir -p "$out"
  if ! dotnet build fuzz/PlanLint.Fuzz -c Release -o "$bin" -nologo -v quiet > "$out/build.log" 2>&1; then
    echo "fuzz/run.sh: fuzz/PlanLint.Fuzz did not build; first errors (all in $out/build.log):" >&2
    grep -E ' error ' "$out/build.log" | sort -u | head -n 5 >&2
    exit 4
  fi
  for dll in "$bin"/PlanLint.Core.dll "$bin"/PlanLint.Readers.dll "$bin"/PlanLint.Rules.dll "$bin"/PlanLint.Formatters.dll "$bin"/PlanLint.Linting.dll "$bin"/PlanLint.Writers.dll "$bin"/UglyToad.PdfPig*.dll; do
    "$tools/sharpfuzz" "$dll" >/dev/null
  done
  touch "$bin/.instrumented"
fi
flock -u 9

seeds="fuzz/seeds/$target"
[ -d "$seeds" ] || { echo "no seeds for target '$target' (fuzz/seeds/$target)" >&2; exit 2; }
mkdir -p "$out/$target"
# A second run continues the first (its queue and statistics) rather than starting over.
if [ -d "$out/$target/default/queue" ]; then export AFL_AUTORESUME=1; fi
# -t: per-input timeout in ms (a hang); -m none: .NET reserves more virtual memory than AFL's default limit.
timeout --kill-after=30 "$((seconds + 60))" afl-fuzz -i "$seeds" -o "$out/$target" -t 5000 -m none -V "$seconds" ${execs:+-E "$execs"} \
  -- dotnet "$bin/PlanLint.Fuzz.dll" "$target" > "$out/$target.log" 2>&1 || true

stats="$out/$target/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "afl-fuzz did not start for $target; see $out/$target.log" >&2
  tail -n 20 "$out/$target.log" >&2
  exit 3
fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)' "$stats"
crashes=$(find "$out/$target/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
if [ "$crashes" -gt 0 ]; then
  echo "$target: $crashes crash(es) in $out/$target/default/crashes" >&2
  exit 1
fi
