#!/usr/bin/env bash
# A short AFL++ smoke of every fuzz target (issue 9). Fails CI only when a target finds a crash; an AFL++ or
# environment problem (no afl++ package, no permission, afl-fuzz refusing to start) is reported and skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SMOKE_SECONDS:-25}"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  { apt-get install -y afl++ || sudo -n apt-get install -y afl++; } >/tmp/planlint-afl-install.log 2>&1 || true
fi
if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "fuzz smoke failed: afl++ is not installed (see /tmp/planlint-afl-install.log); under CI=true a missing tool fails the run." >&2
    exit 1
  fi
  echo "fuzz smoke skipped: afl++ could not be installed (see /tmp/planlint-afl-install.log)." >&2
  exit 0
fi

crashed=()
for target in json yaml docx text pdf config baseline sidefile rulepack outputs suppress; do
  echo "fuzz smoke: $target for ${seconds}s"
  bash fuzz/run.sh "$target" "$seconds"
  case $? in
    0) ;;
    1) crashed+=("$target") ;;
    4) echo "fuzz smoke failed: the fuzz harness does not build (fuzz/out/build.log)." >&2; exit 1 ;;
    *) echo "fuzz smoke: $target did not run (AFL++ environment); skipped." >&2 ;;
  esac
done

if [ "${#crashed[@]}" -gt 0 ]; then
  echo "fuzz smoke: crashes found in: ${crashed[*]} (inputs in fuzz/out/TARGET/default/crashes)." >&2
  exit 1
fi
