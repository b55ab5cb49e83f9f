#!/usr/bin/env bash
# Installs what Jixiao needs beyond the .NET SDK, once: LibreOffice (reads .doc/.xls/.wps/.et/.rtf,
# and the tests turn .docx into .pdf with it), poppler's pdftotext (the import benchmark's yardstick)
# CJK fonts (so that LibreOffice writes Chinese as real text) and PostgreSQL's server binaries (the storage tests
# start a throwaway server of their own with initdb; no cluster is started here), chromium (the web app's
# browser tests, and the import tests print HTML to PDF with it) and the other programs whose Word files and PDFs the
# import tests read (pandoc, wkhtmltopdf, AbiWord; Gnumeric and openpyxl for workbooks). Skips what is already there.
set -euo pipefail

needed=()
command -v soffice >/dev/null 2>&1 || needed+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || needed+=(fonts-noto-cjk fonts-wqy-microhei)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || needed+=(postgresql)
# The web app's browser tests drive Debian's chromium through Playwright (never a browser of Playwright's own).
[ -x /usr/bin/chromium ] || needed+=(chromium)
# Other producers of the seeds and the corpus as .docx and .pdf (tests/Jixiao.Import.Tests/Documents/Fixtures/ProducedDocuments.cs).
command -v pandoc >/dev/null 2>&1 || needed+=(pandoc)
command -v wkhtmltopdf >/dev/null 2>&1 || needed+=(wkhtmltopdf)
command -v abiword >/dev/null 2>&1 || needed+=(abiword)
command -v ssconvert >/dev/null 2>&1 || needed+=(gnumeric)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || needed+=(python3-openpyxl)
# `system-packages.sh bench`: also what only the benchmarks use (bench/other-producers.sh prints with WeasyPrint).
if [[ ${1:-} == bench ]]; then command -v weasyprint >/dev/null 2>&1 || needed+=(weasyprint); fi
[ ${#needed[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "system-packages: missing ${needed[*]}; run this script as root (it uses apt-get)" >&2
  exit 1
fi
echo "system-packages: installing ${needed[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
