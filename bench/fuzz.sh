#!/usr/bin/env bash
# Fuzzes the readers with AFL++ (apt: afl++) and SharpFuzz: builds bench/Jixiao.Fuzz in Release, instruments the
# Jixiao and PdfPig assemblies, writes the starting inputs, then runs afl-fuzz on each target for SECONDS.
# Usage: bench/fuzz.sh [SECONDS per target, default 600] [TARGET ...]   Finds go to /tmp/jixiao-fuzz/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(pdf docx xlsx docx-xml xlsx-xml text json)
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
out=bench/Jixiao.Fuzz/bin/Release/net10.0
dotnet build bench/Jixiao.Fuzz -c Release --nologo -v q >/dev/null
for dll in Jixiao.Import.dll Jixiao.Domain.dll UglyToad.PdfPig.dll UglyToad.PdfPig.Core.dll UglyToad.PdfPig.Tokenization.dll UglyToad.PdfPig.Fonts.dll; do
  sharpfuzz "$out/$dll" >/dev/null 2>&1 || true # already instrumented after the first run
done
work=/tmp/jixiao-fuzz
mkdir -p "$work/seeds"
for target in "${targets[@]}"; do rm -rf "${work:?}/$target"; done # afl-fuzz starts afresh, not from an old run
"$out/jixiao-fuzz" seeds "$work/seeds"
mkdir -p "$work/seeds/text" "$work/seeds/json"
for f in tests/Jixiao.Import.Tests/Corpus/01_md_sichuan_jiaoyu_2023.txt tests/Jixiao.Import.Tests/Corpus/01_pdf_lingdong_baisha_sifa_2023.txt; do
  head -c 4096 "$f" > "$work/seeds/text/$(basename "$f")"
done
cp samples/*.json "$work/seeds/json/"
for target in "${targets[@]}"; do
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
    afl-fuzz -i "$work/seeds/$target" -o "$work/$target" -t 10000 -m none -V "$seconds" -- "$out/jixiao-fuzz" "$target" \
    > "$work/$target.log" 2>&1 || true
  stats="$work/$target/default/fuzzer_stats"
  echo "$target: $(grep -E '^(execs_done|execs_per_sec|saved_crashes|saved_hangs|corpus_count)' "$stats" | tr -s ' ' | tr '\n' ' ')"
done
