#!/bin/sh
# Workbooks written by LibreOffice Calc (Debian's libreoffice-calc-nogui,
# 7.4), for WorkbookTests: the planning test panel's observations.csv (made-up
# figures) converted to .xlsx as LibreOffice writes it (shared strings, its
# own styles part), and a wide sheet typed as CSV (made-up figures).
#
#     apt-get install -y --no-install-recommends libreoffice-calc-nogui
#     sh Tests/InputFilesTests/Fixtures/workbooks/make-libreoffice-workbooks.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cp "$here/../../../ChiTieuCLITests/Fixtures/planning-panel/observations.csv" "$work/libreoffice-observations.csv"
printf 'unit,indicator,2010,2011,2012,2013\nmoc-chau,revenue,100.5,110,120.25,130\nmai-son,revenue,80,,88,91.5\n' > "$work/libreoffice-wide.csv"
cd "$work"
soffice --headless --convert-to xlsx --outdir "$here" libreoffice-observations.csv libreoffice-wide.csv
rm -rf "$work"
