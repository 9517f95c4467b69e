#!/usr/bin/env bash
# Uses the real pre-commit (Debian's package) against this checkout: a commit of a plan with an error
# is blocked and prints the canonical finding line; a clean plan commits; a warning is printed (verbose) and passes
# unless the repository's planlint.json raises the rule to error, or the hook's args say --max-warnings 0.
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
grep -Eq "^bad\\.plan\\.json\\([0-9]+,[0-9]+\\): error PL1001: Action 1 of recommendation 1 (\\('[^']*'\\) )?has no responsible owner" "$work/bad.txt" \
  || { echo "the blocked commit did not print the canonical finding line" >&2; exit 1; }
git reset -q bad.plan.json && rm bad.plan.json

cp "$repo/tests/PlanLint.Tests/Fixtures/hooks/clean.plan.json" clean.plan.json
git add clean.plan.json
git commit -qm "clean plan" || { echo "pre-commit blocked a clean plan" >&2; exit 1; }
[ "$(git log -1 --format=%s)" = "clean plan" ] || { echo "the clean plan was not committed" >&2; exit 1; }

# A plan with only a warning commits, and the warning is in pre-commit's output (the hook is verbose).
cp "$repo/tests/PlanLint.Tests/Fixtures/hooks/warning.plan.json" warning.plan.json
git add warning.plan.json
git commit -m "warning plan" > "$work/warning.txt" 2>&1 || { cat "$work/warning.txt"; echo "pre-commit blocked a plan with only a warning" >&2; exit 1; }
grep -Eq 'warning\.plan\.json\([0-9]+,[0-9]+\): warning PL2002: ' "$work/warning.txt" \
  || { cat "$work/warning.txt"; echo "pre-commit hid the warning" >&2; exit 1; }

# The repository's planlint.json raises PL2002 to error: the same plan is now blocked.
printf '{ "root": true, "rules": { "PL2002": "error" } }\n' > planlint.json
echo " " >> warning.plan.json
git add planlint.json warning.plan.json
if git commit -qm "rule raised to error" > "$work/raised.txt" 2>&1; then cat "$work/raised.txt"; echo "pre-commit ignored planlint.json" >&2; exit 1; fi
grep -Eq 'warning\.plan\.json\([0-9]+,[0-9]+\): error PL2002: ' "$work/raised.txt" || { cat "$work/raised.txt"; echo "no error line for the raised rule" >&2; exit 1; }

# As the README shows it: args: [--max-warnings, "0"] blocks a plan with a warning.
printf '{ "root": true }\n' > planlint.json
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: planlint
        args: [--max-warnings, "0"]
YAML
git add planlint.json .pre-commit-config.yaml warning.plan.json
if git commit -qm "max warnings 0" > "$work/max.txt" 2>&1; then cat "$work/max.txt"; echo "pre-commit let a warning through with --max-warnings 0" >&2; exit 1; fi
grep -q 'more than --max-warnings 0' "$work/max.txt" || { cat "$work/max.txt"; echo "no --max-warnings line" >&2; exit 1; }
echo "pre-commit smoke test passed"
