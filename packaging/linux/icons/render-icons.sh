#!/bin/sh
# Renders the hicolor PNG sizes of the app icon from resources/icons/ (run by hand after changing an
# icon, then commit the PNGs; the build only installs them, so it needs no SVG renderer).
# 16 px comes from tandem-16.svg, the same picture redrawn on the 16 px grid; the rest from tandem.svg.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../../resources/icons"
id=io.github.tandemtime.Tandem
for size in 16 22 24 32 48 64 128 256; do
    source="$icons/tandem.svg"
    [ "$size" -gt 16 ] || source="$icons/tandem-16.svg"
    mkdir -p "$here/hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$source" --output "$here/hicolor/${size}x${size}/apps/$id.png"
done
