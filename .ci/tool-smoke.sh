#!/usr/bin/env bash
# Packs the dotnet tool exactly as `dotnet pack` at the root does (what pre-commit builds), installs it into a temporary
# tool path from the local output only, checks from the installed files that PlanLint's assemblies are ReadyToRun code
# for this machine, and checks `planlint --version` and `planlint check` on the example plan.
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

# The one package is for any platform, with PlanLint's assemblies compiled ahead of time for the machine that packed it.
folder=$(dirname "$(find "$work/tools/.store" -name planlint.dll | head -1)")
python3 "$repo/.ci/ready-to-run.py" "$folder/planlint.dll" "$folder"/PlanLint.*.dll > "$work/r2r.txt" || { cat "$work/r2r.txt" >&2; echo "the root package's assemblies are not all ReadyToRun code" >&2; exit 1; }
sdk_rid=$(dotnet msbuild "$repo/src/PlanLint.Cli/PlanLint.Cli.csproj" -getProperty:NETCoreSdkRuntimeIdentifier -nologo)
if grep -v "ReadyToRun for $sdk_rid" "$work/r2r.txt"; then echo "the root package is not ReadyToRun for $sdk_rid" >&2; exit 1; fi
echo "root package: $(wc -l < "$work/r2r.txt") PlanLint assemblies are ReadyToRun code for $sdk_rid"
[ -f "$folder/pack-host/planlint-pack-host.dll" ] || { echo "the root package has no pack host" >&2; exit 1; }

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

# The plain git hook (docs/hooks/pre-commit) with the installed tool: blocks a bad plan, passes a clean one, and lints
# the staged content with the repository's configuration as committed (a rule raised to error blocks; a suppression side
# file and a baseline are honoured; unstaged edits are not what is linted).
git init -q "$work/plain" && cd "$work/plain"
git config user.email ci@example.invalid && git config user.name CI
cp "$repo/docs/hooks/pre-commit" .git/hooks/pre-commit
export PLANLINT="$work/tools/planlint"
fixtures="$repo/tests/PlanLint.Tests/Fixtures/hooks"
expect_blocked() { # message, then the line the hook must print
  if git commit -qm "$1" > "$work/hook.txt" 2>&1; then echo "the plain git hook let through: $1" >&2; cat "$work/hook.txt" >&2; exit 1; fi
  grep -Eq "$2" "$work/hook.txt" || { echo "the plain git hook did not print '$2' for: $1" >&2; cat "$work/hook.txt" >&2; exit 1; }
}
expect_committed() {
  git commit -qm "$1" > "$work/hook.txt" 2>&1 || { echo "the plain git hook blocked: $1" >&2; cat "$work/hook.txt" >&2; exit 1; }
}

cp "$fixtures/bad.plan.json" bad.plan.json && git add bad.plan.json
expect_blocked "a plan with an error" '^bad\.plan\.json\([0-9]+,[0-9]+\): error PL1001: '
git reset -q && rm bad.plan.json
cp "$fixtures/clean.plan.json" clean.plan.json && git add clean.plan.json
expect_committed "a clean plan"

# A warning passes and is printed; the repository's planlint.json raising the rule to error blocks it.
cp "$fixtures/warning.plan.json" warning.plan.json && git add warning.plan.json
expect_committed "a plan with a warning"
grep -Eq '^warning\.plan\.json\([0-9]+,[0-9]+\): warning PL2002: ' "$work/hook.txt" || { echo "the hook hid the warning" >&2; cat "$work/hook.txt" >&2; exit 1; }
printf '{ "root": true, "rules": { "PL2002": "error" } }\n' > planlint.json && git add planlint.json
echo " " >> warning.plan.json && git add warning.plan.json
expect_blocked "PL2002 raised to error in planlint.json" '^warning\.plan\.json\([0-9]+,[0-9]+\): error PL2002: '

# The configuration as staged, not as in the working tree: an unstaged edit turning the rule off does not count.
printf '{ "root": true, "rules": { "PL2002": "none" } }\n' > planlint.json
expect_blocked "planlint.json turned the rule off without staging it" 'error PL2002'
git checkout -q planlint.json

# A staged suppression side file is honoured.
"$PLANLINT" suppress warning.plan.json --rule PL2002 --recommendation 1 --action 1 --justification "Set nationally" > /dev/null
git add warning.plan.json.planlint-suppressions.json
expect_committed "PL2002 suppressed in the side file"

# A baseline passed with PLANLINT_ARGS is honoured; --max-warnings 0 blocks on a warning.
rm warning.plan.json.planlint-suppressions.json && git rm -q --cached warning.plan.json.planlint-suppressions.json
"$PLANLINT" baseline warning.plan.json -o planlint.baseline.json > /dev/null && git add planlint.baseline.json
echo " " >> warning.plan.json && git add warning.plan.json
PLANLINT_ARGS="--baseline planlint.baseline.json" expect_committed "PL2002 in the baseline"
printf '{ "root": true }\n' > planlint.json && echo " " >> warning.plan.json && git add planlint.json warning.plan.json
PLANLINT_ARGS="--max-warnings 0" expect_blocked "a warning with --max-warnings 0" 'more than --max-warnings 0'
echo "tool smoke test passed"
