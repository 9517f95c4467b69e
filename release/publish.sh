#!/usr/bin/env bash
# Builds PlanLint's release files (docs/releasing.md): one self-contained executable per platform, needing no .NET on the
# machine that runs it, plus the .NET tool package. Usage:
#   release/publish.sh [--out DIR] [RID...]     RIDs default to: linux-x64 win-x64 osx-arm64; "current" is this machine's
# For this machine's own platform the executable is the native (Native AOT) build, which starts fastest; for the others
# it is a self-contained single-file build (Native AOT cannot cross-compile to another operating system). Each lands in
# DIR/<rid>/ and as DIR/planlint-<version>-<rid>.zip (Windows) or .tar.gz, with README.md and CHANGELOG.md; DIR/SHA256SUMS
# lists them all. Needs the .NET SDK (runtime packs restore from the NuGet feed) and, for the native build, clang or gcc.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/release"
rids=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) rids+=("$1"); shift ;;
  esac
done
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 win-x64 osx-arm64)

host_rid() {
  local os arch
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; MINGW*|MSYS*|CYGWIN*) os=win ;; *) os=unknown ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch=unknown ;; esac
  echo "$os-$arch"
}
host="$(host_rid)"
version="$(dotnet msbuild "$repo/src/PlanLint.Cli/PlanLint.Cli.csproj" -getProperty:Version -nologo)"
mkdir -p "$out"
cd "$repo"

for rid in "${rids[@]}"; do
  [ "$rid" = "current" ] && rid="$host"
  dir="$out/$rid"
  rm -rf "$dir"
  if [ "$rid" = "$host" ] && { command -v clang > /dev/null || command -v gcc > /dev/null; }; then
    kind="native"
    dotnet publish src/PlanLint.Cli -c Release -r "$rid" -o "$dir" -p:PublishAot=true --nologo -v quiet
  else
    kind="self-contained single file"
    dotnet publish src/PlanLint.Cli -c Release -r "$rid" -o "$dir" --self-contained true \
      -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none --nologo -v quiet
  fi
  # The executable ships, with the pack host that runs compiled rule packs (docs/configuration.md); debug symbols stay behind.
  find "$dir" -type f ! -name 'planlint' ! -name 'planlint.exe' ! -path "$dir/pack-host/*" -delete
  cp README.md CHANGELOG.md "$dir/"
  name="planlint-$version-$rid"
  rm -f "$out/$name.zip" "$out/$name.tar.gz"
  case "$rid" in
    win-*) (cd "$dir" && python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED); import os; [z.write(os.path.join(r, f)) for a in sys.argv[2:] for r, _, fs in (os.walk(a) if os.path.isdir(a) else [("", [], [a])]) for f in fs]; z.close()' "$out/$name.zip" planlint.exe pack-host README.md CHANGELOG.md); archive="$name.zip" ;;
    *) tar -C "$dir" -czf "$out/$name.tar.gz" planlint pack-host README.md CHANGELOG.md; archive="$name.tar.gz" ;;
  esac
  echo "$rid: $kind, $(du -h "$out/$archive" | cut -f1) -> $out/$archive"
done

dotnet pack "$repo" -c Release -o "$out" --nologo -v quiet > /dev/null
echo "tool package: $(cd "$out" && ls PlanLint.*.nupkg)"
(cd "$out" && sha256sum planlint-"$version"-* PlanLint.*.nupkg > SHA256SUMS)
echo "checksums: $out/SHA256SUMS"
