#!/usr/bin/env bash
# Lints the contracts with buf (STANDARD rules) and checks them for breaking changes against every
# commit since the baseline in buf-baseline that touched them. Maven runs this in the verify phase.
# buf comes from the npm registry (@bufbuild/buf); without npx it is skipped locally and fails in CI.
set -euo pipefail
cd "$(dirname "$0")"
BUF_VERSION=1.75.0
if ! command -v npx >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then echo "buf-check: npx not found (Node.js is required in CI)" >&2; exit 1; fi
  echo "buf-check: npx not found, skipping buf lint and breaking checks (install Node.js to run them)"
  exit 0
fi
if [ ! -d target/proto-deps/google/type ]; then
  echo "buf-check: target/proto-deps missing; run '../mvnw -pl proto generate-resources' first" >&2; exit 1
fi
buf() { npx --yes "@bufbuild/buf@${BUF_VERSION}" "$@"; }

buf lint
echo "buf-check: lint passed"

# Breaking changes: compare against each commit from the baseline on that touched the contracts.
top=$(git rev-parse --show-toplevel 2>/dev/null || true)
baseline=$(grep -v '^#' buf-baseline 2>/dev/null | head -n1 || true)
if [ -z "$top" ] || [ -z "$baseline" ] || ! git cat-file -e "${baseline}^{commit}" 2>/dev/null; then
  echo "buf-check: no git history or baseline commit; breaking check skipped"
  exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/buf-against.XXXXXX")
trap 'rm -rf "$work"' EXIT
checked=0
for rev in $(git rev-list -1 "${baseline}"; git rev-list "${baseline}..HEAD" -- src/main/proto); do
  # The earlier contracts as a buf workspace of their own, with the same Google protos beside them.
  against="${work}/${rev}"
  mkdir -p "${against}/target"
  git -C "$top" archive "$rev" proto/src/main/proto | tar -x -C "$against" --strip-components=1
  cp -r target/proto-deps "${against}/target/"
  cp buf.yaml "${against}/"
  buf breaking --against "$against" || { echo "buf-check: breaking change against ${rev}" >&2; exit 1; }
  checked=$((checked + 1))
done
echo "buf-check: no breaking change against ${checked} earlier contract version(s)"
