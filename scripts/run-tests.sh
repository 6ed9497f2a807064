#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and runs the whole test
# suite: installs the packages, builds, and runs every test through ctest.
set -euo pipefail

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CALLSCORE_BUILD_DIR:-$repo_dir/build}

"$repo_dir/scripts/install-deps.sh"
CALLSCORE_BUILD_DIR=$build_dir "$repo_dir/scripts/build.sh"

# Tests never touch a real sound card or display.
export QT_QPA_PLATFORM=offscreen
export CALLSCORE_AUDIO_SINK="fakesink sync=true"
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 600
