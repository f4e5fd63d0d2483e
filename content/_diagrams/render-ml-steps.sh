#!/usr/bin/env bash
# Renders ml-steps.{en,km}.svg (written by ml-steps.py) to the PNGs used by the lesson
# how-machines-learn. Same renderer as render.sh: headless Chromium, which shapes Khmer correctly,
# with the fonts Noto Sans / Noto Sans Khmer (Debian fonts-noto-core); pngquant shrinks the PNGs.
# Run from anywhere: bash content/_diagrams/render-ml-steps.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
content="$(dirname "$here")"
chromium="${CHROMIUM:-/usr/bin/chromium}"
target="$content/courses/ai-for-students/how-machines-learn"
python3 "$here/ml-steps.py" >/dev/null
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for lang in en km; do
  svg="$here/ml-steps.$lang.svg"; png="$target/ml-steps.$lang.png"
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$tmp/profile" \
    --window-size=1200,560 --screenshot="$png" "file://$svg" >/dev/null 2>&1
  if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --quality=70-95 --output "$png" -- "$png" || true; fi
  echo "$png $(stat -c %s "$png") bytes"
done
