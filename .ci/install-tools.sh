#!/usr/bin/env bash
# Installs the real tools the "Tools" test category and the CI smokes drive (see tests/PlanLint.Tests/Support/ExternalTools.cs):
# Debian packages on PATH (one apt-get update), npm packages under .tools/ at the repository root.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive
packages=(chromium libreoffice-writer-nogui poppler-utils python3-docx pre-commit afl++)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"

missing=()
for p in "${packages[@]}"; do dpkg -s "$p" > /dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation
fi

npm install --prefix "$repo/.tools" --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool@5.7.0 axe-core@4.14.1
# npm does not run the package's own postinstall (chmod) by default.
chmod u+x "$repo/.tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
echo "tools installed: ${packages[*]}, @microsoft/sarif-multitool 5.7.0, axe-core 4.14.1"
