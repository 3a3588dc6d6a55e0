#!/usr/bin/env bash
# Installs what the e2e suite needs on a fresh Debian machine with Node 20, from Debian and the
# npm registry only, and does nothing that is already done (safe to run before every e2e run).
set -euo pipefail
cd "$(dirname "$0")/.."

# 1. Debian: headless chromium is the workbench client; fonts-noto-cjk so Chinese renders in the
#    screenshot; libkrb5-dev, python3 and a compiler for code-server's native modules (node-gyp);
#    ripgrep to stand in for the rg that @vscode/ripgrep would download.
apt_packages=(chromium fonts-noto-cjk libkrb5-dev ripgrep python3 make g++)
missing=()
for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "setup-e2e: needs root to apt-get install ${missing[*]}" >&2; exit 1; fi
  echo "setup-e2e: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. code-server 4.100.3 pins @vscode/ripgrep 1.15.11, whose postinstall downloads rg v13.0.0-10
#    from GitHub (unreachable here): seed its download cache with Debian's rg instead.
rg_marker=test-host/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
if [ ! -f "$rg_marker" ]; then
  seed="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$seed"
  tar czf "$seed/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`; --unsafe-perm: code-server's
  # postinstall refuses to run as root without it. The lock file pins every transitive version.
  echo "setup-e2e: installing code-server 4.100.3 into test-host/"
  # code-server's postinstall reads npm_config_user_agent to tell npm from yarn; run from a
  # pnpm script it would see pnpm's and stop, so npm's own agent is set.
  (cd test-host && npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" \
    npm_config_yes=true npm "$([ -f package-lock.json ] && echo ci || echo install)" \
    --unsafe-perm --no-audit --no-fund --loglevel=error)
fi
# Reading the version (not running `code-server --version`, which writes ~/.config/code-server).
echo "setup-e2e: code-server $(node -p "require('./test-host/node_modules/code-server/package.json').version")"
