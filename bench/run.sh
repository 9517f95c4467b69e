#!/usr/bin/env bash
# PlanLint's benchmark, one command: makes each way users get planlint and installs it as they would, builds the trivial
# program the same way beside it, generates the scale corpus (fixed seed) from the corpus fixtures, runs each scenario
# several times after a warm-up, and prints medians and ratios (bench/RESULTS.md says what each target is). Usage:
#   bench/run.sh [runs]          PLANLINT_AOT=false skips the native route (its compile takes minutes);
#                                PLANLINT_PRECOMMIT=false skips the pre-commit route (it measures the committed HEAD).
# Routes, each against its own trivial program:
#   framework-dependent  `dotnet pack -p:PlanLintReadyToRun=false`, installed: the JIT build (PlanLint.any's code)
#   pre-commit's build   `dotnet pack` at the root (ReadyToRun for this machine), installed as pre-commit does
#   native               release/pack-tools.sh current, installed from the local packages (PlanLint.<rid>, Native AOT)
#   pre-commit           the second run of the planlint hook on one staged plan, against a hook running the trivial tool
# On a machine shared with other builds, PLANLINT_DOTNET_LOCK=FILE runs each build step under `flock FILE` (never the
# measurements). bench/instructions.sh then counts the same runs in instructions and page faults.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="$here/out"
runs="${1:-5}"
mkdir -p "$out"
cd "$repo"

quietly() { # quietly COMMAND...: its output only when it fails, so a build error is shown, not hidden
  local log
  log="$(mktemp)"
  if ! "$@" > "$log" 2>&1; then
    echo "bench/run.sh: '$*' failed:" >&2
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}
dotnet() { # builds take the shared lock when one is named
  if [ -n "${PLANLINT_DOTNET_LOCK:-}" ]; then flock "$PLANLINT_DOTNET_LOCK" dotnet "$@"; else command dotnet "$@"; fi
}
install_tool() { # install_tool NAME SOURCE PACKAGE: a tool path of its own, from that package folder alone
  rm -rf "$out/tools/$1"
  quietly dotnet tool install --tool-path "$out/tools/$1" --source "$2" --no-http-cache "$3"
}
pack() { # pack PROJECT OUTPUT [ARGS...]
  local project="$1" dir="$2"; shift 2
  rm -rf "$dir"
  quietly dotnet pack "$project" -c Release -o "$dir" --nologo -v quiet "$@"
}

pack . "$out/packages/jit" -p:PlanLintReadyToRun=false
pack bench/Hello "$out/packages/hello-jit" -p:PlanLintReadyToRun=false
pack . "$out/packages/precommit"
pack bench/Hello "$out/packages/hello-r2r"
install_tool jit "$out/packages/jit" PlanLint
install_tool hello-jit "$out/packages/hello-jit" PlanLint.Bench.Hello
install_tool precommit "$out/packages/precommit" PlanLint
install_tool hello-r2r "$out/packages/hello-r2r" PlanLint.Bench.Hello
routes=(
  --route "installed tool, framework-dependent (JIT)|$out/tools/jit/planlint|$out/tools/hello-jit/hello"
  --route "installed tool, pre-commit's build (ReadyToRun)|$out/tools/precommit/planlint|$out/tools/hello-r2r/hello"
)
throughput="installed tool, pre-commit's build (ReadyToRun)"

if [ "${PLANLINT_AOT:-true}" = true ]; then
  rm -rf "$out/packages/platform"
  quietly ${PLANLINT_DOTNET_LOCK:+flock "$PLANLINT_DOTNET_LOCK"} bash release/pack-tools.sh --out "$out/packages/platform" current
  install_tool native "$out/packages/platform" PlanLint
  quietly dotnet publish bench/Hello -c Release -o "$out/hello-aot" --use-current-runtime -p:PublishAot=true --nologo -v quiet
  routes+=(
    --route "installed tool, platform package (native)|$out/tools/native/planlint|$out/hello-aot/hello|3"
    --route "installed tool, platform package (native), against the framework-dependent trivial program|$out/tools/native/planlint|$out/tools/hello-jit/hello|2"
  )
  throughput="installed tool, platform package (native)"
fi

precommit=()
if [ "${PLANLINT_PRECOMMIT:-true}" = true ] && command -v pre-commit > /dev/null; then
  hooks="$out/precommit"
  rm -rf "$hooks" && mkdir -p "$hooks"
  export PRE_COMMIT_HOME="$out/precommit-cache"
  git init -q "$hooks/plans"
  cat > "$hooks/plans/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $repo
    rev: $(git rev-parse HEAD)
    hooks:
      - id: planlint
  - repo: local
    hooks:
      - id: hello
        name: trivial program
        entry: $out/tools/hello-r2r/hello
        language: system
        files: \.plan\.json$
YAML
  cp tests/PlanLint.Tests/Fixtures/corpus/long-lartin-2025.plan.json "$hooks/plans/one.plan.json"
  git -C "$hooks/plans" add .
  (cd "$hooks/plans" && quietly ${PLANLINT_DOTNET_LOCK:+flock "$PLANLINT_DOTNET_LOCK"} pre-commit install-hooks)
  precommit=(--precommit "$hooks/plans")
fi

quietly dotnet build "$here/PlanLint.Bench/PlanLint.Bench.csproj" -c Release -o "$out/bench" --nologo -v quiet
seeds="$repo/tests/PlanLint.Tests/Fixtures/corpus"
[ -d "$seeds" ] || seeds="$repo/examples"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET $(dotnet --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$out/bench/planlint-bench" --seeds "$seeds" --work "$out" --runs "$runs" \
  --word "$repo/tests/PlanLint.Tests/Fixtures/word/long-lartin-2025.example.libreoffice.docx" \
  "${routes[@]}" --throughput "$throughput" "${precommit[@]}"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
