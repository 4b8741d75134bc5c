#!/usr/bin/env bash
# Runs wirecheck-sarif with -o on a full file system: a 64 KiB tmpfs in a
# private mount namespace (unshare -m; needs root), holding a previous log
# and filled up. Prints what the test checks: the tool's exit code and
# message, whether the previous log is unchanged, and what else is there.
#
# Usage: full_disk.sh DIR WIRECHECK_SARIF ARGS...   (run under unshare -m)
set -u
dir=$1
shift
mkdir -p "$dir/fs"
mount -t tmpfs -o size=64k tmpfs "$dir/fs" || exit 3
echo '{"previous": "log"}' > "$dir/fs/out.sarif"
cp "$dir/fs/out.sarif" "$dir/previous.sarif"
# Fill the file system (dd stops with "No space left on device").
dd if=/dev/zero of="$dir/fs/filler" bs=1k 2>/dev/null
"$@" -o "$dir/fs/out.sarif" 2>&1
echo "exit code: $?"
cmp -s "$dir/fs/out.sarif" "$dir/previous.sarif" && echo "previous log unchanged"
ls "$dir/fs"
