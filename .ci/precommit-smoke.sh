#!/usr/bin/env bash
# Uses the real pre-commit (Debian's package) against this checkout: a commit of a plan with an error
# is blocked and prints the canonical finding line; a clean plan commits.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v pre-commit > /dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq > /dev/null
  apt-get install -y -qq pre-commit > /dev/null
fi
pre-commit --version

rev="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
cd "$work"
git init -q plans && cd plans
git config user.email ci@example.invalid
git config user.name CI
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: planlint
YAML
pre-commit install > /dev/null
git add .pre-commit-config.yaml && git commit -qm "config" --no-verify

cp "$repo/tests/PlanLint.Tests/Fixtures/hooks/bad.plan.json" bad.plan.json
git add bad.plan.json
set +e
git commit -qm "bad plan" > "$work/bad.txt" 2>&1
status=$?
set -e
cat "$work/bad.txt"
if [ "$status" -eq 0 ]; then echo "pre-commit let a plan with an error through" >&2; exit 1; fi
grep -Eq '^bad\.plan\.json\([0-9]+,[0-9]+\): error PL1001: Action 1 of recommendation 1 has no responsible owner' "$work/bad.txt" \
  || { echo "the blocked commit did not print the canonical finding line" >&2; exit 1; }
git reset -q bad.plan.json && rm bad.plan.json

cp "$repo/tests/PlanLint.Tests/Fixtures/hooks/clean.plan.json" clean.plan.json
git add clean.plan.json
git commit -qm "clean plan" || { echo "pre-commit blocked a clean plan" >&2; exit 1; }
[ "$(git log -1 --format=%s)" = "clean plan" ] || { echo "the clean plan was not committed" >&2; exit 1; }
echo "pre-commit smoke test passed"
