#!/usr/bin/env bash
# The release build for this platform (release/publish.sh, docs/releasing.md): the native (Native AOT) executable compiles
# with warnings as errors (trimming and AOT analysis included), runs with no .NET on the machine, gives the same output
# and exit code as the framework-dependent build on the example, a Word plan, published text and a broken configuration,
# and runs compiled rule packs through the pack host beside it exactly as the framework-dependent build does (findings,
# and a pack that ends its process). Usage: aot-smoke.sh [PLANLINT]: check an already built native planlint instead of
# building the release. Needs clang or gcc for the native link (the .NET SDK brings the rest).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(dotnet msbuild src/PlanLint.Cli/PlanLint.Cli.csproj -getProperty:Version -nologo)"

if [ $# -ge 1 ]; then
  native="$1"
else
  release/publish.sh --out "$work/release" current
  archive="$(ls "$work"/release/planlint-"$version"-*.tar.gz)"
  mkdir -p "$work/aot" && tar -C "$work/aot" -xzf "$archive"
  [ -x "$work/aot/planlint" ] || { echo "$archive holds no planlint executable" >&2; exit 1; }
  [ -f "$work/aot/pack-host/planlint-pack-host.dll" ] || { echo "$archive holds no pack host" >&2; exit 1; }
  (cd "$work/release" && sha256sum -c SHA256SUMS > /dev/null) || { echo "SHA256SUMS does not match the release files" >&2; exit 1; }
  native="$work/aot/planlint"
fi
# No .NET on the machine that runs it: no dotnet on PATH, no DOTNET_ROOT.
got="$(env -i PATH=/usr/bin:/bin HOME="$work" "$native" --version)"
[ "$got" = "$version" ] || { echo "the native executable reports '$got', not $version" >&2; exit 1; }
echo "native executable runs without .NET and reports $got"
dotnet build src/PlanLint.Cli -c Release -o "$work/jit" --nologo -v quiet > /dev/null
dotnet build tests/SamplePack -c Release -o "$work/samplepack" --nologo -v quiet > /dev/null

same() { # same DESCRIPTION FOLDER ARGS...: both builds give the same output and exit code
  local what="$1" folder="$2"; shift 2
  set +e
  (cd "$folder" && "$native" "$@") > "$work/aot.txt" 2>&1; local aot=$?
  (cd "$folder" && dotnet "$work/jit/planlint.dll" "$@") > "$work/jit.txt" 2>&1; local jit=$?
  set -e
  if [ "$aot" -ne "$jit" ] || ! cmp -s "$work/aot.txt" "$work/jit.txt"; then
    echo "The native build differs from the framework-dependent one on $what (exit $aot vs $jit):" >&2
    diff "$work/aot.txt" "$work/jit.txt" | head -20 >&2
    exit 1
  fi
  echo "native build matches on $what (exit $aot, $(wc -l < "$work/aot.txt") lines)"
}

for plan in examples/long-lartin-2025.plan.json tests/PlanLint.Tests/Fixtures/word/long-lartin-2025.example.libreoffice.docx tests/PlanLint.Tests/Fixtures/corpus/elmley-2022.txt tests/PlanLint.Tests/Fixtures/pdf/whitemoor-2023.libreoffice.pdf tests/PlanLint.Tests/Fixtures/pdf/long-lartin-2025.pdfpig.unruled.pdf; do
  same "$plan" . check "$plan"
done

# Target dates only Microsoft.Recognizers.Text reads (the slow path; the native build keeps only its English model).
mkdir -p "$work/dates"
sed -e '0,/"targetDate": "March 2025"/s//"targetDate": "within 6 weeks"/' -e '0,/"targetDate": "April 2025"/s//"targetDate": "by the end of next quarter"/' \
  -e '0,/"targetDate": "June 2025"/s//"targetDate": "fortnightly until March"/' -e '0,/"targetDate": "February 2025"/s//"targetDate": "04\/06\/2025"/' \
  examples/long-lartin-2025.plan.json > "$work/dates/dates.plan.json"
same "target dates for the date recogniser" "$work/dates" check dates.plan.json

# Word out: render and annotate (Open XML writing, the comments parts) say what the framework-dependent build says,
# and the native build's documents are the ones annotated again by the other.
mkdir -p "$work/word"
same "render" "$work/word" render "$PWD/tests/PlanLint.Tests/Fixtures/corpus/elmley-2022.plan.json" -o plan.docx
grep -q "^Wrote plan.docx" "$work/aot.txt" || { echo "render wrote nothing:" >&2; cat "$work/aot.txt" >&2; exit 1; }
same "annotate" "$work/word" annotate plan.docx -o reviewed.docx
same "annotate, again" "$work/word" annotate reviewed.docx -o reviewed-again.docx
grep -q "Replaced" "$work/aot.txt" || { echo "annotating again did not replace PlanLint's comments:" >&2; cat "$work/aot.txt" >&2; exit 1; }

# A configuration only the full JSON schema evaluator (JsonSchema.Net, initialised on first use in the native build) explains.
mkdir -p "$work/config"
cp examples/long-lartin-2025.plan.json "$work/config/"
printf '{ "root": true, "rules": { "PL1001": { "severity": "loud" } }, "maxFileSize": "lots" }\n' > "$work/config/planlint.json"
same "a broken planlint.json" "$work/config" check long-lartin-2025.plan.json
grep -q "planlint.json" "$work/aot.txt" || { echo "the broken configuration was not reported:" >&2; cat "$work/aot.txt" >&2; exit 1; }

# A compiled rule pack runs in the pack host from every build, with the same findings.
mkdir -p "$work/pack"
cp "$work/samplepack/SamplePack.dll" "$work/pack/"
sed "0,/\"owner\": \"The Governor\"/s/\"owner\": \"The Governor\"/\"owner\": \"Mr J Smith\"/" examples/long-lartin-2025.plan.json > "$work/pack/plan.plan.json"
printf '{ "root": true, "packs": ["SamplePack.dll"] }\n' > "$work/pack/planlint.json"
same "a compiled rule pack" "$work/pack" check plan.plan.json
grep -q "warning SAMPLE0001" "$work/aot.txt" || { echo "the compiled pack's rule did not report:" >&2; cat "$work/aot.txt" >&2; exit 1; }
printf '{ "root": true, "packs": ["SamplePack.dll"], "rules": { "SAMPLE9002": "error" } }\n' > "$work/pack/planlint.json"
same "a compiled rule pack that ends its process" "$work/pack" check plan.plan.json
grep -q "error PL9999: Rule pack SamplePack.dll failed and was skipped for this plan: its pack host exited with code 0" "$work/aot.txt" \
  || { echo "the pack that ends its process was not reported as PL9999:" >&2; cat "$work/aot.txt" >&2; exit 1; }
