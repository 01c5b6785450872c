#!/bin/sh
# Install this unpacked Quietroom bundle for the current user, or remove it again.
#
#   ./install.sh              copy to ~/.local/opt/quietroom, link the commands into
#                             ~/.local/bin, add the menu entry and icon
#   ./install.sh --uninstall  remove all of that again
#
# Neither touches the vault: it lives in the per-user data folder (~/.local/share/Quietroom
# by default), outside the bundle, so upgrading or uninstalling keeps it. See docs/install.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/quietroom
bin=$HOME/.local/bin
apps=$data/applications
icons=$data/icons/hicolor

uninstall() {
    rm -f "$bin/quietroom" "$bin/quietroom-gui" "$apps/quietroom.desktop"
    for size in 48 64 128 256; do
        rm -f "$icons/${size}x${size}/apps/quietroom.png"
    done
    rm -f "$icons/scalable/apps/quietroom.svg"
    rm -rf "$prefix"
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    echo "Quietroom removed. Your vault was not touched."
    exit 0
fi

if [ "$here" != "$prefix" ]; then
    # Copy to a new folder first and swap it in, so a failed copy leaves the old version.
    mkdir -p "$(dirname "$prefix")"
    rm -rf "$prefix.new"
    cp -R "$here" "$prefix.new"
    rm -rf "$prefix"
    mv "$prefix.new" "$prefix"
fi
mkdir -p "$bin" "$apps" "$icons/scalable/apps"
ln -sf "$prefix/quietroom" "$bin/quietroom"
ln -sf "$prefix/quietroom-gui" "$bin/quietroom-gui"
for size in 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$prefix/share/icons/quietroom-$size.png" "$icons/${size}x${size}/apps/quietroom.png"
done
cp "$prefix/share/icons/quietroom.svg" "$icons/scalable/apps/quietroom.svg"
sed -e "s|^Exec=.*|Exec=$prefix/quietroom-gui|" -e "s|^TryExec=.*|TryExec=$prefix/quietroom-gui|" \
    "$prefix/share/applications/quietroom.desktop" > "$apps/quietroom.desktop"
echo "Quietroom $("$prefix/quietroom" --version | head -n 1 | cut -d' ' -f2) installed in $prefix"
echo "Commands: $bin/quietroom and $bin/quietroom-gui (add $bin to PATH if needed)"
