#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and opens CallScore on a
# freshly generated demo store (two weeks of calls up to yesterday).
#
#   scripts/run-demo.sh                                  the application window
#   scripts/run-demo.sh --offscreen --screenshot FILE.png   no display needed
#                                            (--headless is the same as --offscreen)
#
# Any other arguments go to the application (e.g. --lang en, --date YYYY-MM-DD).
set -euo pipefail

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CALLSCORE_BUILD_DIR:-$repo_dir/build}
demo_dir=${CALLSCORE_DEMO_DIR:-$build_dir/demo}

"$repo_dir/scripts/install-deps.sh"
CALLSCORE_BUILD_DIR=$build_dir "$repo_dir/scripts/build.sh"
"$repo_dir/scripts/make-demo.sh" "$build_dir" "$demo_dir"

app=("$build_dir/src/app/callscore" --db "$demo_dir/callscore.sqlite")
# The demo speaks Russian, like the call centres it is made for, unless told
# otherwise with --lang en.
arguments=()
offscreen=no
language_given=no
for argument in "$@"; do
    case "$argument" in
        --lang | --lang=*)
            language_given=yes
            arguments+=("$argument")
            ;;
        --offscreen | --headless)
            offscreen=yes
            arguments+=(--offscreen)
            ;;
        *) arguments+=("$argument") ;;
    esac
done

[ "$language_given" = yes ] || arguments+=(--lang ru)

if [ "$offscreen" = no ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    picture="$demo_dir/callscore.png"
    echo "run-demo: no display here; writing a picture of the window to $picture instead." >&2
    exec "${app[@]}" --offscreen --screenshot "$picture" "${arguments[@]}"
fi
exec "${app[@]}" "${arguments[@]}"
