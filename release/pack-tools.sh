#!/usr/bin/env bash
# Makes PlanLint's per-platform .NET tool packages (docs/tool-packages.md), separate from `dotnet pack` at the root,
# which stays one package for pre-commit. Usage:
#   release/pack-tools.sh [--out DIR] [--no-native] [RID...]
# RIDs: linux-x64 linux-arm64 win-x64 osx-arm64 (the default: all four); "current" is this machine's platform.
# Always writes PlanLint.<version>.nupkg (the package `dotnet tool install PlanLint` resolves: it lists the platforms)
# and PlanLint.any.<version>.nupkg (the framework-dependent build, for any platform not listed). Each
# PlanLint.<rid>.<version>.nupkg carries the native (Native AOT) build when <rid> is this machine's platform and clang
# or gcc is here (Native AOT cannot compile for another operating system, nor here for another architecture); else a
# ReadyToRun build for <rid>, run by the installed .NET. A release runs this on each platform's own machine for its
# native package, and publishes the packages together. Every build carries the pack host (pack-host/).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/tool-packages"
native=auto
rids=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --no-native) native=never; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) rids+=("$1"); shift ;;
  esac
done
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 linux-arm64 win-x64 osx-arm64)

host_rid() {
  local os arch
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; MINGW*|MSYS*|CYGWIN*) os=win ;; *) os=unknown ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch=unknown ;; esac
  echo "$os-$arch"
}
host="$(host_rid)"
mkdir -p "$out"
cd "$repo"
pack() { dotnet pack src/PlanLint.Cli -c Release -o "$out" -p:PlanLintPlatformPackages=true --nologo -v quiet "$@" > "$out/pack.log" 2>&1 || { cat "$out/pack.log" >&2; exit 1; }; }

for rid in "${rids[@]}"; do
  [ "$rid" = "current" ] && rid="$host"
  case "$rid" in linux-x64|linux-arm64|win-x64|osx-arm64) ;; *) echo "pack-tools: $rid is not one of the platforms PlanLint packs for (the any package covers it)." >&2; exit 2 ;; esac
  if [ "$native" = auto ] && [ "$rid" = "$host" ] && { command -v clang > /dev/null || command -v gcc > /dev/null; }; then
    pack -r "$rid" -p:PublishAot=true
    echo "PlanLint.$rid: native (Native AOT)"
  else
    pack -r "$rid" -p:PublishAot=false
    echo "PlanLint.$rid: ReadyToRun (framework-dependent)"
  fi
done
pack -r any -p:PublishAot=false
echo "PlanLint.any: framework-dependent, any platform"
# The pointer package lists the platforms; the SDK makes no packages for them here, since each is packed above.
pack -p:_InnerToolsPublishAot=true
rm -f "$out/pack.log"
echo "packages in $out:"
(cd "$out" && ls -1 PlanLint*.nupkg)
