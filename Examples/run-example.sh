#!/usr/bin/env bash
# Builds and runs Examples/TargetProbability against ChiTieu as a user gets
# it: a git clone of this repository's last commit, tagged v<version>
# (Sources/ChiTieu/LibraryVersion.swift), resolved by URL and version.
# Uncommitted changes are not in the clone, as they would not be for a user.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's/.*static let current = "\([0-9.]*\)".*/\1/p' "$root/Sources/ChiTieu/LibraryVersion.swift")
[ -n "$version" ] || { echo "run-example.sh: no version in Sources/ChiTieu/LibraryVersion.swift" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/chitieu"
git -C "$work/chitieu" tag -f "v$version" >/dev/null
cp -R "$root/Examples/TargetProbability" "$work/example"
rm -rf "$work/example/.build" "$work/example/Package.resolved"
cd "$work/example"
echo "Examples/TargetProbability against ChiTieu v$version (file://$work/chitieu)"
CHITIEU_URL="file://$work/chitieu" swift run TargetProbability
