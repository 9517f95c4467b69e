#!/usr/bin/env bash
# Packs the dotnet tool exactly as `dotnet pack` at the root does, installs it into a temporary tool path
# from the local output only, and checks `planlint --version` and `planlint check` on the example plan.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo" --configuration Release --output "$work/pack" > "$work/pack.log" || { cat "$work/pack.log"; exit 1; }
count=$(find "$work/pack" -name '*.nupkg' | wc -l)
if [ "$count" -ne 1 ]; then
  echo "dotnet pack at the root produced $count packages; pre-commit needs exactly one:" >&2
  ls "$work/pack" >&2
  exit 1
fi

printf '<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /></packageSources></configuration>' > "$work/nuget.config"
dotnet tool install --configfile "$work/nuget.config" --tool-path "$work/tools" --add-source "$work/pack" PlanLint > /dev/null

version=$("$work/tools/planlint" --version)
echo "installed planlint $version"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "unexpected --version output: $version" >&2; exit 1; }

cd "$repo"
set +e
"$work/tools/planlint" check examples/long-lartin-2025.plan.json > "$work/check.txt"
status=$?
set -e
if [ "$status" -ne 1 ] || ! grep -Eq '^examples/long-lartin-2025\.plan\.json\([0-9]+,[0-9]+\): error PL1001: ' "$work/check.txt"; then
  echo "installed tool did not report the example's findings (exit $status):" >&2
  cat "$work/check.txt" >&2
  exit 1
fi
echo "tool smoke test passed"
