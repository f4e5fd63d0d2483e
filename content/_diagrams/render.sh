#!/usr/bin/env bash
# Renders the SVG diagram sources in this folder to the PNG files that the content items use
# (the hub accepts PNG, not SVG). Run from anywhere: bash content/_diagrams/render.sh
#
# Renderer: headless Chromium (/usr/bin/chromium). We tried rsvg-convert (Debian librsvg2-bin
# 2.54 with pango 1.50) first, but it draws Khmer split vowels (ោ ៅ ៀ ឿ) wrongly, with a dotted
# circle, so it cannot be used for Khmer labels. Chromium shapes Khmer correctly.
# Fonts: "Noto Sans Khmer" and "Noto Sans" (Debian package fonts-noto-core); pngquant (Debian
# package pngquant) reduces the PNGs to a palette so that each stays under 60 KB.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
content="$(dirname "$here")"
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then echo "render.sh: $chromium not found (apt-get install chromium fonts-noto-core)" >&2; exit 1; fi
fc-list | grep "Noto Sans Khmer" >/dev/null || { echo "render.sh: font Noto Sans Khmer missing (apt-get install fonts-noto-core)" >&2; exit 1; }

# source.svg -> target folder (relative to content/) and PNG name
targets=(
  "hub-workflow.svg:pages/about:hub-workflow.png"
  "six-strategic-priorities.svg:courses/ai-policy-essentials/six-strategic-priorities:six-strategic-priorities.png"
  "risk-based-pyramid.svg:courses/ai-policy-essentials/ai-governance-and-ethics:risk-based-pyramid.png"
)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for t in "${targets[@]}"; do
  IFS=: read -r src dir png <<<"$t"
  svg="$here/$src"
  w=$(grep -o 'width="[0-9]*"' "$svg" | head -1 | tr -dc 0-9)
  h=$(grep -o 'height="[0-9]*"' "$svg" | head -1 | tr -dc 0-9)
  mkdir -p "$content/$dir"
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$tmp/profile" \
    --window-size="$w,$h" --screenshot="$content/$dir/$png" "file://$svg" >/dev/null 2>&1
  # shrink: 8-bit palette (flat diagrams survive it well); keeps each PNG well under 60 KB
  if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --quality=70-95 --output "$content/$dir/$png" -- "$content/$dir/$png" || true; fi
  size=$(stat -c %s "$content/$dir/$png")
  echo "$dir/$png ${w}x${h} ${size} bytes"
  if [ "$size" -ge 61440 ]; then echo "render.sh: $png is larger than 60 KB" >&2; exit 1; fi
done
