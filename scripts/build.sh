#!/usr/bin/env bash
# Configures and builds CallScore into build/ (or $CALLSCORE_BUILD_DIR).
set -euo pipefail

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CALLSCORE_BUILD_DIR:-$repo_dir/build}

generator=()
if command -v ninja >/dev/null 2>&1 && [ ! -f "$build_dir/Makefile" ]; then
    generator=(-G Ninja)
fi

cmake -S "$repo_dir" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel "$(nproc)"
