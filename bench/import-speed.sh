#!/usr/bin/env bash
# Import speed against poppler's pdftotext, as whole processes (issue 14).
#
# usage: bash bench/import-speed.sh PDF_DIR [COPIES] [RUNS]
#   PDF_DIR  a folder of PDFs (say, the five seeds as one producer printed them); each is copied COPIES times (default 40)
#            under distinct names into a scratch folder, so the batch is COPIES × the PDFs
#   RUNS     timed runs of each command (default 3), after one untimed run of each; the commands take turns
#   JIXIAO   (environment) the jixiao command to time; default: a Release build of src/Jixiao.Cli made into the scratch
#            folder (`dotnet publish -c Release -r linux-x64 src/Jixiao.Cli -o DIR` makes a ReadyToRun one: pass DIR/jixiao)
#
# Three commands on the same files: `jixiao import DIR -o OUT` (both cores: its workers read two documents at a time),
# `pdftotext -layout FILE /dev/null` one process per file one after another, and the same two at a time (xargs -P 2,
# the fair match for an import on two cores). Prints the median wall and CPU seconds of each, the ratios of the
# medians, and the peak resident memory of jixiao's largest process (/usr/bin/time's maximum resident set).
set -euo pipefail
src=${1:?usage: bash bench/import-speed.sh PDF_DIR [COPIES] [RUNS]}
copies=${2:-40}
runs=${3:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scratch=$(mktemp -d /tmp/jixiao-import-speed.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/pdfs"
for pdf in "$src"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  # Each copy ends with a comment of its own, so that no two files are the same bytes (import reads every file either way).
  for i in $(seq -w 1 "$copies"); do { cat "$pdf"; printf '%% copy %s\n' "$i"; } >"$scratch/pdfs/${name}_$i.pdf"; done
done
count=$(ls "$scratch/pdfs" | wc -l)

if [[ -z ${JIXIAO:-} ]]; then
  dotnet build "$root/src/Jixiao.Cli" -c Release -o "$scratch/bin" --nologo -v q >"$scratch/build.log" 2>&1 \
    || { cat "$scratch/build.log"; exit 2; }
  JIXIAO=$scratch/bin/jixiao
fi

# One timed run: appends "name wall cpu maxrss_kb" to the results.
run() {
  local name=$1; shift
  /usr/bin/time -f "$name %e %U %S %M" -a -o "$scratch/times" "$@" >/dev/null 2>"$scratch/last.err" \
    || { echo "$name failed:"; cat "$scratch/last.err"; exit 1; }
}
jixiao() { rm -rf "$scratch/out"; run "$1" "$JIXIAO" import "$scratch/pdfs" -o "$scratch/out"; }
serial() { run "$1" sh -c 'for f in "$1"/*.pdf; do pdftotext -layout "$f" /dev/null; done' sh "$scratch/pdfs"; }
parallel() { run "$1" sh -c 'ls "$1"/*.pdf | xargs -P 2 -I{} pdftotext -layout {} /dev/null' sh "$scratch/pdfs"; }

echo "import-speed: $count PDFs ($(du -sh "$scratch/pdfs" | cut -f1)) from $src; $runs runs each after one untimed; $(nproc) processors"
jixiao warmup; serial warmup; parallel warmup
: >"$scratch/times"
for ((r = 0; r < runs; r++)); do jixiao jixiao; serial serial; parallel parallel; done
[[ $(grep -c '^jixiao ' "$scratch/times") -eq $runs ]] || { cat "$scratch/times"; exit 1; }
status=$(tail -n +2 "$scratch/out/summary.csv" | wc -l)
echo "jixiao's last summary: $status rows"

python3 - "$scratch/times" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, user, system, rss = line.split()
    rows.setdefault(name, []).append((float(wall), float(user) + float(system), int(rss)))
med = {name: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v), max(r[2] for r in v)) for name, v in rows.items()}
print(f"{'command':<44}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}")
labels = {"jixiao": "jixiao import", "serial": "pdftotext, one file at a time", "parallel": "pdftotext, two at a time (xargs -P 2)"}
for name in ("jixiao", "serial", "parallel"):
    wall, cpu, rss = med[name]
    print(f"{labels[name]:<44}{wall:>9.2f}{cpu:>9.2f}{rss / 1024:>9.0f}")
for name in ("serial", "parallel"):
    print(f"ratio jixiao / {labels[name]}: wall {med['jixiao'][0] / med[name][0]:.2f}, cpu {med['jixiao'][1] / med[name][1]:.2f}")
EOF
