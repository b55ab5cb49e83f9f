#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "tests: N passed, N failed, N skipped".
# Needs the .NET 10 SDK and the system packages scripts/system-packages.sh installs (LibreOffice prints the
# Word fixtures as PDF and converts .doc/.xls; poppler; CJK fonts; PostgreSQL binaries for the storage tests, which
# start their own server; chromium, pandoc, wkhtmltopdf and AbiWord, which write the seeds as other producers do):
# installed first, as root on a fresh machine,
# at once when they are there. Not fatal: without them the tests that need them fail, saying so.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-packages.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# dotnet test builds only the test projects and what they reference; building the solution first also
# compiles the rest (bench/), with the same warnings-as-errors, so a broken benchmark fails here too.
dotnet build Jixiao.slnx --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  dotnet test Jixiao.slnx --nologo --no-build 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
fi

# dotnet test prints one summary per test project, e.g. "Passed!  - Failed:     0, Passed:    12, Skipped:     0, ...".
awk '
  match($0, /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/) {
    line = substr($0, RSTART, RLENGTH)
    gsub(/[^0-9]+/, " ", line)
    split(line, n, " ")
    failed += n[1]; passed += n[2]; skipped += n[3]
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log"
exit "$status"
