#!/usr/bin/env bash
# The release build for this platform (release/publish.sh, docs/releasing.md): the native (Native AOT) executable compiles
# with warnings as errors (trimming and AOT analysis included), runs with no .NET on the machine, gives the same output
# and exit code as the framework-dependent build on the example, a Word plan and published text, and refuses a compiled
# rule pack with a clear message (exit 2). Needs clang or gcc for the native link (the .NET SDK brings the rest).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

release/publish.sh --out "$work/release" current
version="$(dotnet msbuild src/PlanLint.Cli/PlanLint.Cli.csproj -getProperty:Version -nologo)"
archive="$(ls "$work"/release/planlint-"$version"-*.tar.gz)"
mkdir -p "$work/aot" && tar -C "$work/aot" -xzf "$archive"
[ -x "$work/aot/planlint" ] || { echo "$archive holds no planlint executable" >&2; exit 1; }
(cd "$work/release" && sha256sum -c SHA256SUMS > /dev/null) || { echo "SHA256SUMS does not match the release files" >&2; exit 1; }
# No .NET on the machine that runs it: no dotnet on PATH, no DOTNET_ROOT.
got="$(env -i PATH=/usr/bin:/bin HOME="$work" "$work/aot/planlint" --version)"
[ "$got" = "$version" ] || { echo "the release executable reports '$got', not $version" >&2; exit 1; }
echo "release executable $(basename "$archive") runs without .NET and reports $got"
dotnet build src/PlanLint.Cli -c Release -o "$work/jit" --nologo -v quiet

for plan in examples/long-lartin-2025.plan.json tests/PlanLint.Tests/Fixtures/word/long-lartin-2025.example.libreoffice.docx tests/PlanLint.Tests/Fixtures/corpus/elmley-2022.txt; do
  set +e
  "$work/aot/planlint" check "$plan" > "$work/aot.txt" 2>&1; aot=$?
  dotnet "$work/jit/planlint.dll" check "$plan" > "$work/jit.txt" 2>&1; jit=$?
  set -e
  if [ "$aot" -ne "$jit" ] || ! cmp -s "$work/aot.txt" "$work/jit.txt"; then
    echo "The native build differs from the framework-dependent one on $plan (exit $aot vs $jit):" >&2
    diff "$work/aot.txt" "$work/jit.txt" | head -20 >&2
    exit 1
  fi
  echo "native build matches on $plan (exit $aot, $(wc -l < "$work/aot.txt") lines)"
done

mkdir -p "$work/pack/rules"
cp examples/long-lartin-2025.plan.json "$work/pack/"
printf '{ "packs": ["rules/house.dll"] }\n' > "$work/pack/planlint.json"
cp "$work/jit/PlanLint.Core.dll" "$work/pack/rules/house.dll"
set +e
(cd "$work/pack" && "$work/aot/planlint" check long-lartin-2025.plan.json) > "$work/pack.txt" 2>&1; status=$?
set -e
if [ "$status" -ne 2 ] || ! grep -q "native (ahead-of-time compiled) build" "$work/pack.txt"; then
  echo "The native build did not refuse a compiled rule pack clearly (exit $status):" >&2
  cat "$work/pack.txt" >&2
  exit 1
fi
echo "native build refuses compiled packs: $(cat "$work/pack.txt")"
