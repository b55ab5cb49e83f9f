#!/usr/bin/env bash
# How the readers do on producers that no test uses (held out), so that a reader fitted to the tests' producers shows.
#
# usage: bash bench/other-producers.sh [OUT_DIR]
#   OUT_DIR  where the documents, each one's JSON and check-facts lines are kept (default: a scratch folder, removed)
#   JIXIAO   (environment) the jixiao command; default: a Release build of src/Jixiao.Cli made into the scratch folder
#
# The five seeds (../shared/seeds) and the corpus (tests/Jixiao.Import.Tests/Corpus) are written as pandoc's HTML, as
# the tests' producers start from, then by four programs the tests do not use:
#   weasy.pdf     WeasyPrint printing the HTML
#   cairo.pdf     poppler's pdftocairo rewriting Chromium's PDF of the HTML (cairo's own font subsets and text runs)
#   lo-html.pdf   LibreOffice Writer/Web printing the HTML itself (not a .docx of it)
#   lo-odt.docx   LibreOffice saving pandoc's ODT of the HTML as .docx
# Each is read with `jixiao extract --json` and checked with ../shared/tools/check-facts. Prints one line per document
# and the totals per producer: facts held, and wrong values (worse than missing). Needs what
# `bash scripts/system-packages.sh bench` installs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=$root/../shared
for tool in pandoc weasyprint pdftocairo soffice chromium; do
  command -v "$tool" >/dev/null || { echo "other-producers: $tool is missing; run: sudo bash scripts/system-packages.sh bench" >&2; exit 2; }
done
scratch=$(mktemp -d /tmp/jixiao-other-producers.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
out=${1:-$scratch/out}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [[ -z ${JIXIAO:-} ]]; then
  dotnet build "$root/src/Jixiao.Cli" -c Release -o "$scratch/bin" --nologo -v q >"$scratch/build.log" 2>&1 \
    || { cat "$scratch/build.log"; exit 2; }
  JIXIAO=$scratch/bin/jixiao
fi

office=(soffice "-env:UserInstallation=file://$scratch/profile" --headless)
produce() { # SOURCE.txt STEM: the held-out producers' files of one document, in $out
  local src=$1 stem=$2 work=$scratch/work
  rm -rf "$work"; mkdir -p "$work"
  # pandoc reads UTF-8 only, and drops a table cell holding <p>…</p> whole: the cell's paragraphs become <br /> lines
  # (as the tests' producers do, tests/Jixiao.Import.Tests/Documents/Fixtures/ProducedDocuments.cs).
  { iconv -f utf-8 -t utf-8 "$src" >/dev/null 2>&1 && cat "$src" || iconv -f gb18030 -t utf-8 "$src"; } \
    | perl -CSD -pe 'if (/^\|/) { s{</p>\s*<p>}{<br />}g; s{</?p>}{}g }' >"$work/$stem.md"
  pandoc -f markdown -t html --standalone --metadata pagetitle="$stem" "$work/$stem.md" -o "$work/$stem.html"
  weasyprint -q "$work/$stem.html" "$out/$stem.weasy.pdf" 2>/dev/null || true
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/chromium.pdf" "file://$work/$stem.html" >/dev/null 2>&1 \
    && pdftocairo -pdf "$work/chromium.pdf" "$out/$stem.cairo.pdf" 2>/dev/null || true
  (cd "$work" && "${office[@]}" --convert-to pdf:writer_web_pdf_Export "$stem.html" >/dev/null 2>&1 && mv "$stem.pdf" "$out/$stem.lo-html.pdf") || true
  pandoc -f html -t odt "$work/$stem.html" -o "$work/$stem.odt"
  (cd "$work" && "${office[@]}" --convert-to 'docx:MS Word 2007 XML' "$stem.odt" >/dev/null 2>&1 && mv "$stem.docx" "$out/$stem.lo-odt.docx") || true
}

declare -A held total wrong
check() { # FILE FACTS: one line for the document, added to its producer's totals
  local file=$1 facts=$2 name producer result line facts_held facts_all w
  name=$(basename "$file"); producer=${name#*.}
  # A document jixiao cannot read holds none of its facts: it is checked as an empty report.
  timeout 120 "$JIXIAO" extract "$file" --json >"$file.json" 2>"$file.err" || echo '{}' >"$file.json"
  result=$(python3 "$shared/tools/check-facts" "$facts" "$file.json" --quiet || true)
  printf '%s\n' "$result" >"$file.check"
  line=$(tail -n 1 <<<"$result"); w=$(grep -m 1 '^wrong: ' <<<"$result"); w=${w#wrong: }
  facts_held=${line#facts: }; facts_held=${facts_held%/*}; facts_all=${line##*/}
  printf '%-48s %-12s %4s/%-4s wrong %s\n' "${name%%.*}" "$producer" "$facts_held" "$facts_all" "$w"
  held[$producer]=$(( ${held[$producer]:-0} + facts_held )); total[$producer]=$(( ${total[$producer]:-0} + facts_all ))
  wrong[$producer]=$(( ${wrong[$producer]:-0} + w ))
}

for facts in "$shared"/seeds/*.facts.json "$root"/tests/Jixiao.Import.Tests/Corpus/*.facts.json; do
  stem=$(basename "$facts" .facts.json); src=${facts%.facts.json}.txt
  [[ -f $src ]] || continue
  produce "$src" "$stem"
  for file in "$out/$stem".*.pdf "$out/$stem".*.docx; do
    [[ -f $file ]] && check "$file" "$facts"
  done
done

echo "producer      facts held       wrong"
for producer in $(printf '%s\n' "${!total[@]}" | sort); do
  printf '%-12s %6s/%-6s %5s\n' "$producer" "${held[$producer]}" "${total[$producer]}" "${wrong[$producer]}"
done
