#!/bin/sh
# Render the seed release to PDF and its pages to PNG in test-artifacts/, to look at the layout.
set -eu
cd "$(dirname "$0")/.."
mkdir -p test-artifacts
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1537444800}" .venv/bin/pressconv convert \
  ../shared/corpus/de-city-dortmund-seed.txt --to pdf --out-dir test-artifacts --force
pdftoppm -r 60 -png test-artifacts/de-city-dortmund-seed.pdf test-artifacts/pdf-seed-page
ls test-artifacts/pdf-seed-page*.png
