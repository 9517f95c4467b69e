#!/usr/bin/env bash
# The per-platform tool packages for this machine (release/pack-tools.sh current, docs/tool-packages.md): installs
# PlanLint from them alone into a temporary tool path, as `dotnet tool install PlanLint` does from a feed carrying the
# release, and proves from the installed package's files (not by timing) that it is this platform's native build; then
# that its output equals the framework-dependent build's on the corpus (.ci/aot-smoke.sh checks the native build itself).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$repo"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64; elf_machine=62 ;;
  Linux-aarch64) rid=linux-arm64; elf_machine=183 ;;
  *) echo "platform tool smoke: $(uname -sm) has no native package check here; skipped." >&2; exit 0 ;;
esac
# On musl (Alpine) the machine's package is linux-musl-<arch> (docs/tool-packages.md#which-package-a-machine-gets).
if ls /lib/ld-musl-* > /dev/null 2>&1; then rid="linux-musl-${rid#linux-}"; fi

bash release/pack-tools.sh --out "$work/packages" current
version=$(dotnet msbuild src/PlanLint.Cli/PlanLint.Cli.csproj -getProperty:Version -nologo)
for package in "PlanLint.$version.nupkg" "PlanLint.$rid.$version.nupkg" "PlanLint.any.$version.nupkg"; do
  [ -f "$work/packages/$package" ] || { echo "release/pack-tools.sh did not make $package:" >&2; ls "$work/packages" >&2; exit 1; }
done

printf '<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /></packageSources></configuration>' > "$work/nuget.config"
dotnet tool install --configfile "$work/nuget.config" --tool-path "$work/tools" --add-source "$work/packages" PlanLint > /dev/null

# What was installed: the package for this platform, whose entry point is a native executable for this machine.
installed=$(find "$work/tools/.store" -type d -name "planlint.$rid" | head -1)
[ -n "$installed" ] || { echo "dotnet tool install did not pick PlanLint.$rid:" >&2; find "$work/tools/.store" -maxdepth 3 >&2; exit 1; }
settings=$(find "$installed" -name DotnetToolSettings.xml | head -1)
grep -q 'Runner="executable"' "$settings" || { echo "the installed tool is not run as a native executable:" >&2; cat "$settings" >&2; exit 1; }
folder=$(dirname "$settings")
entry="$folder/$(sed -n 's/.*EntryPoint="\([^"]*\)".*/\1/p' "$settings")"
python3 - "$entry" "$elf_machine" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read(20)
if data[:4] != b"\x7fELF":
    sys.exit(f"{sys.argv[1]} is not a native executable")
machine = struct.unpack_from("<H", data, 18)[0]
if machine != int(sys.argv[2]):
    sys.exit(f"{sys.argv[1]} is a native executable for ELF machine {machine}, not this machine's {sys.argv[2]}")
# The fast layout (PlanLint.Cli.csproj, "Native AOT on Linux"): linked at a fixed address, so its data is read from the
# file as used rather than rebuilt and relocated at each start.
if struct.unpack_from("<H", data, 16)[0] != 2:
    sys.exit(f"{sys.argv[1]} is a position-independent executable, not the fixed-address build that starts fastest")
PY
if ls "$folder"/planlint.dll "$folder"/PlanLint.*.dll > /dev/null 2>&1; then
  echo "the installed native package also carries managed PlanLint assemblies:" >&2; ls "$folder" >&2; exit 1
fi
[ -f "$folder/pack-host/planlint-pack-host.dll" ] || { echo "the installed native package has no pack host:" >&2; ls -R "$folder" >&2; exit 1; }
echo "installed PlanLint.$rid $version: native executable $(basename "$entry") ($(du -h "$entry" | cut -f1)), pack host beside it"

# Its output equals the framework-dependent build's on every corpus plan, in each format.
dotnet build src/PlanLint.Cli -c Release -o "$work/jit" --nologo -v quiet > /dev/null
compared=0
for plan in tests/PlanLint.Tests/Fixtures/corpus/*.plan.json tests/PlanLint.Tests/Fixtures/corpus/*-20??.txt tests/PlanLint.Tests/Fixtures/word/*.libreoffice.docx examples/*.plan.json; do
  set +e
  "$work/tools/planlint" check "$plan" > "$work/native.txt" 2>&1; native=$?
  dotnet "$work/jit/planlint.dll" check "$plan" > "$work/jit.txt" 2>&1; jit=$?
  set -e
  if [ "$native" -ne "$jit" ] || ! cmp -s "$work/native.txt" "$work/jit.txt"; then
    echo "the installed native tool differs from the framework-dependent build on $plan (exit $native vs $jit):" >&2
    diff "$work/native.txt" "$work/jit.txt" | head -20 >&2
    exit 1
  fi
  compared=$((compared + 1))
done
echo "the installed native tool's output equals the framework-dependent build's on $compared plans"
echo "platform tool smoke test passed"
