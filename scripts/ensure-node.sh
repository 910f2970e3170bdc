#!/usr/bin/env bash
# Provides Node.js 24 when the machine's Node is older than 22.
# Source it (`. scripts/ensure-node.sh`) so the PATH change reaches your shell,
# or run it with a command (`scripts/ensure-node.sh npm test`).
# The binary comes from the npm registry's `node` package, installed once into .tools/node.
_klepaas_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_klepaas_tools="$_klepaas_root/.tools/node"
_klepaas_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_klepaas_major)" -lt 22 ]; then
  if [ ! -x "$_klepaas_tools/node_modules/.bin/node" ]; then
    echo "ensure-node: installing Node.js 24 into .tools/node" >&2
    npm install --no-save --prefix "$_klepaas_tools" node@24 >&2 || { echo "ensure-node: could not install node@24" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_klepaas_tools/node_modules/.bin:$PATH"
fi
# Native modules (better-sqlite3) must be built against the headers of the Node that runs
# them; the machine's npm config may point node-gyp at an older system Node.
_klepaas_nodedir="$(cd "$(dirname "$(node -p 'require("fs").realpathSync(process.execPath)')")/.." && pwd)"
for _d in "$_klepaas_nodedir" "$_klepaas_nodedir"/node_modules/node-*; do
  if [ -f "$_d/include/node/node_api.h" ]; then export npm_config_nodedir="$_d"; break; fi
done
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "$#" -gt 0 ]; then exec "$@"; fi
