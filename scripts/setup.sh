#!/usr/bin/env bash
# Sets up a fresh machine for the tests: the system packages they use (a real spreadsheet engine to recalculate
# drafted workbooks and render reports, Debian's Chromium for the browser tests, CJK fonts for screenshots), then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# nginx: tests/e2e/deploy.test.ts serves the built add-in with the README's example config (docs/deploy/nginx.conf).
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
# pdftoppm renders a page of each drafted report to PNG in test-artifacts, for a person to look at.
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# Writer converts a drafted .docx to PDF for that page (the Calc package alone cannot open a .docx).
[ -e /usr/lib/libreoffice/program/libswlo.so ] || need+=(libreoffice-writer-nogui)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
npm ci --no-audit --no-fund
