#!/usr/bin/env bash
# The pictures of docs/render.md: a page of each document `jixiao render` and `jixiao template` write, printed to PDF
# (by `render --format pdf`, or LibreOffice for a workbook) and rasterized at 70 dpi by poppler's pdftoppm.
# Needs what scripts/system-packages.sh installs (LibreOffice, poppler-utils, the CJK fonts). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/render
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet build src/Jixiao.Cli --nologo -v q >/dev/null
jixiao() { src/Jixiao.Cli/bin/Debug/net10.0/jixiao "$@" >/dev/null; }
# FILE.pdf NAME PAGE: one page as docs/render/NAME.png
page() { pdftoppm -png -r 70 -f "$3" -l "$3" -singlefile "$1" "$out/$2"; }
# FILE.pdf TEXT: the first page whose text holds TEXT
find_page() {
  local pages
  pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= pages; i++)); do
    if pdftotext -f "$i" -l "$i" "$1" - | grep -q "$2"; then echo "$i"; return; fi
  done
  echo 1
}

sample=samples/qinghe-justice-2025.json
jixiao render "$sample" --format pdf --what table -o "$tmp/zipingbiao.pdf"
jixiao render "$sample" --format pdf --what scores -o "$tmp/pingfenbiao.pdf"
jixiao render "$sample" --format pdf --what report -o "$tmp/baogao.pdf"
jixiao render "$sample" --format pdf --what review -o "$tmp/fuhe.pdf"
jixiao render tests/Jixiao.Render.Tests/Data/anhui-project.json --format pdf --what table -o "$tmp/xiangmu.pdf"
jixiao render "$sample" --format xlsx --what table -o "$tmp/tongjitu.xlsx"
jixiao template -f guangzhou-department-2024 -o "$tmp/muban.xlsx"
soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/tongjitu.xlsx" "$tmp/muban.xlsx" >/dev/null 2>&1

for name in zipingbiao pingfenbiao baogao fuhe xiangmu muban; do page "$tmp/$name.pdf" "$name" 1; done
page "$tmp/tongjitu.pdf" tongjitu "$(find_page "$tmp/tongjitu.pdf" 统计图)"
page "$tmp/baogao.pdf" baogao-fuhe "$(find_page "$tmp/baogao.pdf" 七、复核发现的问题)"
ls -1 "$out"
