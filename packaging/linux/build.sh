#!/usr/bin/env bash
# Build the Linux one-folder program (dist/utvag) and its tarball; run by `make package`.
# Usage: packaging/linux/build.sh [VENV_BIN]   (default .venv/bin)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.venv/bin}

# The xcb platform plugin needs two small X libraries that minimal systems lack. The bundle carries
# its own copies, so the build machine must have them; on Debian as root, fetch them when missing.
missing=()
for lib in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1; do
  ldconfig -p | grep -q "${lib%%:*}" || missing+=("${lib##*:}")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } >/dev/null \
      || echo "package: could not install ${missing[*]}; the bundle will rely on the target's" >&2
  else
    echo "package: ${missing[*]} not installed; the bundle will rely on the target's copies" >&2
  fi
fi

version=$("$BIN/python" -c 'import re,sys; print(re.search(r"__version__ = \"([^\"]+)\"", open("desktop/utvag/__init__.py").read()).group(1))')
started=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/linux/utvag.spec
built=$(date +%s)

# What an administrator unpacks: the program folder plus the desktop entry and a policy example.
cp packaging/linux/utvag.desktop packaging/policy/policy.ini.example dist/utvag/
tarball="dist/utvag-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" utvag
finished=$(date +%s)

echo "package: dist/utvag: $(du -sh dist/utvag | cut -f1) on disk," \
     "$(find dist/utvag -type f | wc -l) files; $tarball: $(du -h "$tarball" | cut -f1)"
echo "package: PyInstaller took $((built - started)) s, the tarball $((finished - built)) s"
