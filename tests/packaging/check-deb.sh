#!/usr/bin/env bash
# usage: check-deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/scs-console_"$version"_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb --info "$deb")
sed -n 's/^ \(Package\|Version\|Depends\):/  \1:/p' <<<"$info"
grep -q '^ Depends:.*libqt6core6' <<<"$info" \
    || { echo "FAIL: Depends lacks the Qt libraries (shlibdeps)"; exit 1; }
# The shell in a pod: the exec transport and the terminal emulation.
for lib in libqt6websockets6 libvterm0; do
    grep -q "^ Depends:.*$lib" <<<"$info" || { echo "FAIL: Depends lacks $lib"; exit 1; }
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/scs-console usr/lib/scs-console/libscs-console-gui.so \
         usr/lib/scs-console/libscs-console-signin.so \
         usr/share/applications/community.scs.Console.desktop \
         usr/share/metainfo/community.scs.Console.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/community.scs.Console.svg; do
    [ -e "$root/$f" ] || { echo "FAIL: $f missing from the package"; exit 1; }
done

out=$(env -u DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/scs-console" --version)
echo "packaged binary: $out"
[[ "$out" == "scs-console $version "* ]] || { echo "FAIL: unexpected --version output"; exit 1; }

# The windows live in a module the launcher loads on demand: it must resolve against the
# libraries the package depends on.
if ldd "$root/usr/lib/scs-console/libscs-console-gui.so" | grep -q "not found"; then
    ldd "$root/usr/lib/scs-console/libscs-console-gui.so" | grep "not found"
    echo "FAIL: the GUI module has unresolved libraries"; exit 1
fi

# Qt WebEngine is loaded with the sign-in module on first use, never with the windows.
if ldd "$root/usr/lib/scs-console/libscs-console-signin.so" | grep -q "not found"; then
    ldd "$root/usr/lib/scs-console/libscs-console-signin.so" | grep "not found"
    echo "FAIL: the sign-in module has unresolved libraries"; exit 1
fi
if objdump -p "$root/usr/lib/scs-console/libscs-console-gui.so" | grep -q 'NEEDED.*WebEngine'; then
    echo "FAIL: the GUI module links Qt WebEngine (it belongs to the sign-in module)"; exit 1
fi
objdump -p "$root/usr/lib/scs-console/libscs-console-signin.so" | grep -q 'NEEDED.*libQt6WebEngineWidgets' \
    || { echo "FAIL: the sign-in module does not link Qt WebEngine"; exit 1; }

desktop-file-validate "$root/usr/share/applications/community.scs.Console.desktop"
appstreamcli validate --no-net --pedantic \
    "$root/usr/share/metainfo/community.scs.Console.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log"; exit 1; }
echo "packaging checks passed"
