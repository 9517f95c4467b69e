#!/usr/bin/env bash
# Start-up counted in instructions and page faults, which (unlike wall time) do not move with the machine's load: for
# each route bench/run.sh installed (bench/out/tools, bench/out/hello-aot), the trivial program and planlint checking
# one Long Lartin plan and one Word draft, under valgrind's callgrind (user-space instructions, every thread) and GNU
# time (minor page faults: memory first touched). Usage: bench/instructions.sh (after bench/run.sh, or with the tools
# it makes). Needs valgrind.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="$here/out"
plan="$repo/tests/PlanLint.Tests/Fixtures/corpus/long-lartin-2025.plan.json"
word="$repo/tests/PlanLint.Tests/Fixtures/word/long-lartin-2025.example.libreoffice.docx"
command -v valgrind > /dev/null || { echo "bench/instructions.sh needs valgrind (apt-get install valgrind)." >&2; exit 2; }

count() { # instructions of one run (callgrind; JIT-compiled code is re-read as it is written)
  { valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
faults() { { /usr/bin/time -f '%R' "$@" 2>&1 >/dev/null || true; } | tail -1; }
row() { # row ROUTE WHAT HELLO_INSTRUCTIONS COMMAND...
  local route="$1" what="$2" base="$3"; shift 3
  local n; n=$(count "$@"); local f; f=$(faults "$@")
  printf '| %s | %s | %s | %s | %s |\n' "$route" "$what" "$(awk -v n="$n" 'BEGIN { printf "%.1f M", n / 1e6 }')" "$f" "$(awk -v a="$n" -v b="$base" 'BEGIN { printf "%.1f×", a / b }')"
}

echo "| Route | Run | Instructions | Minor page faults | Instructions ÷ its trivial program |"
echo "|---|---|---|---|---|"
for route in "framework-dependent (JIT):jit:tools/hello-jit/hello" "pre-commit's build (ReadyToRun):precommit:tools/hello-r2r/hello" "platform package (native):native:hello-aot/hello"; do
  IFS=: read -r name tool hello <<< "$route"
  [ -x "$out/tools/$tool/planlint" ] && [ -x "$out/$hello" ] || { echo "| $name | not installed (run bench/run.sh) | | | |"; continue; }
  base=$(count "$out/$hello")
  row "$name" "trivial program" "$base" "$out/$hello"
  row "$name" "planlint --version" "$base" "$out/tools/$tool/planlint" --version
  row "$name" "check $(basename "$plan")" "$base" "$out/tools/$tool/planlint" check "$plan"
  row "$name" "check $(basename "$word")" "$base" "$out/tools/$tool/planlint" check "$word"
done
