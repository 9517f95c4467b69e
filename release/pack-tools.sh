#!/usr/bin/env bash
# Makes PlanLint's per-platform .NET tool packages (docs/tool-packages.md), separate from `dotnet pack` at the root,
# which stays one package for pre-commit. Usage:
#   release/pack-tools.sh [--out DIR] [--no-native] [RID...]
# RIDs: those of ToolPackageRuntimeIdentifiers in src/PlanLint.Cli/PlanLint.Cli.csproj but "any" (the default: all of
# them); "current" is this machine's platform (linux-musl-* on a musl libc system such as Alpine).
# Always writes PlanLint.<version>.nupkg (the package `dotnet tool install PlanLint` resolves: it lists the platforms)
# and PlanLint.any.<version>.nupkg (the framework-dependent build, for any platform not listed). Each
# PlanLint.<rid>.<version>.nupkg carries the native (Native AOT) build when <rid> is this machine's platform and clang
# or gcc is here (Native AOT cannot compile for another operating system, nor here for another architecture); else a
# ReadyToRun build for <rid>, run by the installed .NET, or plain IL where the feed has no runtime pack to compile
# ReadyToRun code against. A release runs this on each platform's own machine for its native package, and publishes
# the packages together. Every build carries the pack host (pack-host/).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/tool-packages"
native=auto
rids=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --no-native) native=never; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) rids+=("$1"); shift ;;
  esac
done
cd "$repo"
read -r -a platforms <<< "$(dotnet msbuild src/PlanLint.Cli/PlanLint.Cli.csproj -getProperty:ToolPackageRuntimeIdentifiers -p:PlanLintPlatformPackages=true -nologo | tr ';' ' ' | sed 's/\bany\b//')"
[ ${#platforms[@]} -gt 0 ] || { echo "pack-tools: no ToolPackageRuntimeIdentifiers in src/PlanLint.Cli/PlanLint.Cli.csproj" >&2; exit 1; }
[ ${#rids[@]} -eq 0 ] && rids=("${platforms[@]}")

host_rid() {
  local os arch
  case "$(uname -s)" in
    # A native build links against this machine's C library: on musl (Alpine) it is the linux-musl package's.
    Linux) if ls /lib/ld-musl-* > /dev/null 2>&1; then os=linux-musl; else os=linux; fi ;;
    Darwin) os=osx ;; MINGW*|MSYS*|CYGWIN*) os=win ;; *) os=unknown ;;
  esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch=unknown ;; esac
  echo "$os-$arch"
}
host="$(host_rid)"
mkdir -p "$out"
cd "$repo"
try_pack() { dotnet pack src/PlanLint.Cli -c Release -o "$out" -p:PlanLintPlatformPackages=true --nologo -v quiet "$@" > "$out/pack.log" 2>&1; }
pack() { try_pack "$@" || { cat "$out/pack.log" >&2; exit 1; }; }

for rid in "${rids[@]}"; do
  [ "$rid" = "current" ] && rid="$host"
  case " ${platforms[*]} " in *" $rid "*) ;; *) echo "pack-tools: $rid is not one of the platforms PlanLint packs for (the any package covers it)." >&2; exit 2 ;; esac
  if [ "$native" = auto ] && [ "$rid" = "$host" ] && { command -v clang > /dev/null || command -v gcc > /dev/null; }; then
    pack -r "$rid" -p:PublishAot=true
    echo "PlanLint.$rid: native (Native AOT)"
  elif try_pack -r "$rid" -p:PublishAot=false; then
    echo "PlanLint.$rid: ReadyToRun (framework-dependent)"
  elif grep -q "Microsoft.NETCore.App.Runtime.$rid" "$out/pack.log"; then
    # ReadyToRun compiles against the runtime pack of that platform; without it the package carries plain IL, still
    # its own package so that the SDK does not pick another platform's for it.
    pack -r "$rid" -p:PublishAot=false -p:PublishReadyToRun=false
    echo "PlanLint.$rid: framework-dependent (plain IL: the feed has no Microsoft.NETCore.App.Runtime.$rid to compile ReadyToRun code against)"
  else
    cat "$out/pack.log" >&2
    exit 1
  fi
done
pack -r any -p:PublishAot=false
echo "PlanLint.any: framework-dependent, any platform"
# The pointer package lists the platforms; the SDK makes no packages for them here, since each is packed above.
pack -p:_InnerToolsPublishAot=true
rm -f "$out/pack.log"
echo "packages in $out:"
(cd "$out" && ls -1 PlanLint*.nupkg)
