#!/usr/bin/env bash
# Build the Linux bundle: dist/quietroom-<version>-linux-<arch>.tar.gz and dist/SHA256SUMS.
# Run by `make package` from the top of the checkout; packaging/README.md explains each step.
#
# Everything installed comes from the lock files, with hashes (pip --require-hashes), into a
# venv of its own (.venv-package), so the development venv (.venv) is never touched.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-python3}
venv=${PACKAGE_VENV:-build/venv-package}
stamp=$venv/.installed
work=build/package
pip=(--quiet --disable-pip-version-check)

step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "venv $venv from requirements/runtime.lock + requirements/package.lock"
if [ ! -f "$stamp" ] || [ requirements/runtime.lock -nt "$stamp" ] ||
    [ requirements/package.lock -nt "$stamp" ]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install "${pip[@]}" --require-hashes --no-deps \
        -r requirements/runtime.lock -r requirements/package.lock
    touch "$stamp"
fi
# The app itself, from this tree (not editable: PyInstaller copies its metadata for --version).
rm -rf build/lib build/bdist.*
"$venv/bin/python" -m pip install "${pip[@]}" --no-deps --no-build-isolation --no-index \
    --force-reinstall .
"$venv/bin/python" -m pip check

version=$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("quietroom"))')
arch=$(uname -m)
name=quietroom-$version-linux-$arch

step "PyInstaller: $name"
rm -rf "$work"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$work/dist" --workpath "$work/work" packaging/linux/quietroom.spec

step "bundle folder"
bundle=$work/$name
mv "$work/dist/quietroom" "$bundle"
install -m 0755 packaging/linux/install.sh "$bundle/install.sh"
install -D -m 0644 packaging/linux/quietroom.desktop "$bundle/share/applications/quietroom.desktop"
install -D -m 0644 -t "$bundle/share/icons" packaging/linux/quietroom.svg packaging/linux/quietroom-*.png
install -m 0644 docs/install.md "$bundle/INSTALL.md"

step "tarball and SHA256SUMS"
# Reproducible where PyInstaller is: fixed order, owner and times (the last commit's time).
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
mkdir -p dist
tarball=dist/$name.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$work" -cf - "$name" | gzip -n -9 > "$tarball.tmp"
mv "$tarball.tmp" "$tarball"
(cd dist && sha256sum "$name.tar.gz" > SHA256SUMS)

step "done"
du -sh "$bundle" | sed 's/\t.*/ unpacked/'
du -h "$tarball" | sed 's/\t.*/ tarball/'
cat dist/SHA256SUMS
