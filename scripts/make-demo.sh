#!/usr/bin/env bash
# Builds the demo store: generates two weeks of calls, CRM outcomes and
# reviews relative to today, renders their recordings from Debian's Russian
# Asterisk prompts, and imports everything through callscore-cli.
#
#   scripts/make-demo.sh BUILD_DIR OUT_DIR
#
# Leaves OUT_DIR/callscore.sqlite, OUT_DIR/input/ (the generated input files)
# and OUT_DIR/recordings/. Safe to run again: the store, the inputs and the
# recordings are rebuilt so "today" moves forward; rendered clips are reused.
# CALLSCORE_DEMO_TODAY (YYYY-MM-DD) and CALLSCORE_DEMO_SEED override the
# generator's defaults.
set -euo pipefail

readonly PROMPTS=/usr/share/asterisk/sounds/ru_RU_f_IvrvoiceRU
# Bump when the clip recipe changes so cached clips are rendered again.
readonly CLIP_RECIPE=4
readonly CLIP_LENGTHS=(20 40 60 90 120 180 240 300)

die() {
    echo "make-demo: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 BUILD_DIR OUT_DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$(cd "$1" && pwd) || die "no build folder $1"
mkdir -p "$2"
out_dir=$(cd "$2" && pwd)

demo_bin="$build_dir/src/demo/callscore-demo"
cli_bin="$build_dir/src/app/callscore-cli"
db="$out_dir/callscore.sqlite"
input="$out_dir/input"
recordings="$out_dir/recordings"
clips="$out_dir/clips"

check_tools() {
    local tool
    for tool in sox soxi gst-launch-1.0; do
        command -v "$tool" >/dev/null || die "$tool is missing; run scripts/install-deps.sh"
    done
    [ -x "$demo_bin" ] || die "$demo_bin is missing; build the callscore-demo target"
    [ -x "$cli_bin" ] || die "$cli_bin is missing; build the callscore-cli target"
    [ -f "$PROMPTS/hello.wav" ] \
        || die "no prompts in $PROMPTS; install asterisk-core-sounds-ru-wav"
}

generate_inputs() {
    rm -rf "$input" "$recordings" "$db" "$db-wal" "$db-shm" "$db-journal"
    local args=(--out "$input")
    if [ -n "${CALLSCORE_DEMO_TODAY:-}" ]; then
        args+=(--today "$CALLSCORE_DEMO_TODAY")
    fi
    if [ -n "${CALLSCORE_DEMO_SEED:-}" ]; then
        args+=(--seed "$CALLSCORE_DEMO_SEED")
    fi
    echo "make-demo: $("$demo_bin" "${args[@]}")"
}

# --- Rendering -------------------------------------------------------------

# The script of a call, as prompt names: the agent speaks the even lines, the
# customer (the same voice pitched down) the odd ones.
readonly AGENT_LINES=(hello one-moment-please demo-moreinfo to-call-this-number
    digits/4 digits/9 digits/5 queue-thankyou info-about-last-call vm-tocallback
    pls-hold-while-try demo-thanks auth-thankyou goodbye)
readonly CUSTOMER_LINES=(hello-world telephone-number digits/9 digits/1 digits/6 sorry
    vm-calldiffnum number-not-answering im-sorry is-in-use vm-no vm-duration
    demo-abouttotry vm-goodbye)

# Writes $work/agent.wav and $work/customer.wav: the two sides of one long
# conversation, each silent while the other speaks, so they can be mixed to
# mono or merged into a stereo file.
render_conversation() {
    local work=$1 target_s=$((${CLIP_LENGTHS[-1]} + 5))
    local agent_parts=() customer_parts=() total=0 turn=0 line part duration
    sox -n -r 8000 -c 1 -b 16 "$work/gap.wav" trim 0 0.6

    while [ "$(awk -v t="$total" -v m="$target_s" 'BEGIN { print (t < m) }')" = 1 ]; do
        if [ $((turn % 2)) -eq 0 ]; then
            line=${AGENT_LINES[$(((turn / 2) % ${#AGENT_LINES[@]}))]}
            part="$work/part-$turn.wav"
            cp "$PROMPTS/$line.wav" "$part"
        else
            line=${CUSTOMER_LINES[$(((turn / 2) % ${#CUSTOMER_LINES[@]}))]}
            part="$work/part-$turn.wav"
            sox "$PROMPTS/$line.wav" "$part" pitch -350
        fi
        sox "$part" "$work/mute-$turn.wav" vol 0
        if [ $((turn % 2)) -eq 0 ]; then
            agent_parts+=("$part" "$work/gap.wav")
            customer_parts+=("$work/mute-$turn.wav" "$work/gap.wav")
        else
            agent_parts+=("$work/mute-$turn.wav" "$work/gap.wav")
            customer_parts+=("$part" "$work/gap.wav")
        fi
        duration=$(soxi -D "$part")
        total=$(awk -v t="$total" -v d="$duration" 'BEGIN { print t + d + 0.6 }')
        turn=$((turn + 1))
    done

    sox "${agent_parts[@]}" "$work/agent.wav"
    sox "${customer_parts[@]}" "$work/customer.wav"
    sox -m -v 1 "$work/agent.wav" -v 1 "$work/customer.wav" "$work/mono.wav"
    sox -M "$work/agent.wav" "$work/customer.wav" "$work/stereo.wav"
}

clip_name() {
    local format=$1 channels=$2 length=$3 extension
    case $format in
        mp3) extension=mp3 ;;
        ogg-opus) extension=ogg ;;
        flac) extension=flac ;;
        *) extension=wav ;;
    esac
    echo "$format-${channels}ch-${length}s.$extension"
}

# Encodes one clip the way a PBX would have written it.
encode_clip() {
    local work=$1 format=$2 channels=$3 length=$4 target=$5
    local source="$work/mono.wav"
    [ "$channels" = 2 ] && source="$work/stereo.wav"

    case $format in
        wav-pcm) sox "$source" -e signed-integer -b 16 "$target" trim 0 "$length" ;;
        wav-ulaw) sox "$source" -e u-law "$target" trim 0 "$length" ;;
        wav-alaw) sox "$source" -e a-law "$target" trim 0 "$length" ;;
        wav-gsm) sox "$source" -e gsm-full-rate "$target" trim 0 "$length" ;;
        mp3) sox "$source" -C 16 "$target" trim 0 "$length" ;;
        flac) sox "$source" "$target" trim 0 "$length" ;;
        ogg-opus)
            sox "$source" "$work/opus-in.wav" trim 0 "$length"
            gst-launch-1.0 -q filesrc location="$work/opus-in.wav" ! wavparse ! audioconvert \
                ! audioresample ! opusenc bitrate=16000 ! oggmux \
                ! filesink location="$target" >/dev/null
            ;;
        *) die "unknown recording format $format" ;;
    esac
}

# Decodes a clip to the end with GStreamer, as the application will play it;
# done once, when the clip is rendered.
verify_clip() {
    gst-launch-1.0 -q playbin uri="file://$1" audio-sink=fakesink video-sink=fakesink \
        >/dev/null 2>&1 || die "GStreamer cannot play $1"
}

render_clips() {
    if [ "$(cat "$clips/recipe" 2>/dev/null)" != "$CLIP_RECIPE" ]; then
        rm -rf "$clips"
    fi
    mkdir -p "$clips"
    rm -f "$clips"/partial-*

    local work="" format channels length name rendered=0
    while IFS=$'\t' read -r format channels; do
        for length in "${CLIP_LENGTHS[@]}"; do
            name=$(clip_name "$format" "$channels" "$length")
            [ -s "$clips/$name" ] && continue
            if [ -z "$work" ]; then
                work=$(mktemp -d)
                render_conversation "$work"
            fi
            # Rendered under a temporary name (same extension, which sox
            # goes by) so an interrupted run never leaves a half clip behind.
            encode_clip "$work" "$format" "$channels" "$length" "$clips/partial-$name"
            verify_clip "$clips/partial-$name"
            mv "$clips/partial-$name" "$clips/$name"
            rendered=$((rendered + 1))
        done
    done < <(tail -n +2 "$input/recordings.tsv" | cut -f2,3 | sort -u)

    if [ -n "$work" ]; then
        rm -rf "$work"
    fi
    echo "$CLIP_RECIPE" >"$clips/recipe"

    local total
    total=$(find "$clips" -type f -name '*-*ch-*s.*' | wc -l)
    echo "make-demo: $rendered clips rendered, $total in $clips"
}

# Gives every recorded call its file name by hard-linking the shortest clip
# that covers its talk time (a copy where the file system cannot link), so a
# recording is never much shorter than the call it stands for.
link_recordings() {
    local path format channels seconds length clip count=0 candidate
    declare -A made_dirs=()
    while IFS=$'\t' read -r path format channels seconds _; do
        length=${CLIP_LENGTHS[-1]}
        for candidate in "${CLIP_LENGTHS[@]}"; do
            if [ "$seconds" -le "$candidate" ]; then
                length=$candidate
                break
            fi
        done
        clip="$clips/$(clip_name "$format" "$channels" "$length")"
        if [ -z "${made_dirs[${path%/*}]:-}" ]; then
            mkdir -p "$recordings/${path%/*}"
            made_dirs[${path%/*}]=1
        fi
        ln "$clip" "$recordings/$path" 2>/dev/null || cp "$clip" "$recordings/$path"
        count=$((count + 1))
    done < <(tail -n +2 "$input/recordings.tsv")
    echo "make-demo: $count recordings under $recordings"
}

# --- Import ----------------------------------------------------------------

cli() {
    local status=0
    "$cli_bin" --db "$db" "$@" || status=$?
    case $status in
        0) ;;
        1) die "callscore-cli $* rejected rows of the demo's own data (see above)" ;;
        *) die "callscore-cli $* failed with status $status" ;;
    esac
}

import_all() {
    cli import staff "$input/staff.csv"
    cli import template "$repo_dir/resources/templates/sales-call.json"
    cli import cdr "$input/Master.csv" --layout asterisk --recordings "$recordings"
    cli import crm "$input/crm.csv"
    cli import reviews "$input/reviews.json"
}

print_summary() {
    local report
    report=$(mktemp -d)
    cli calls --csv "$report/calls.csv" >/dev/null
    # Statuses as of the demo's today (normally now; a fixed
    # CALLSCORE_DEMO_TODAY would otherwise turn its pending promises missed).
    local as_of=()
    if [ -n "${CALLSCORE_DEMO_TODAY:-}" ]; then
        as_of=(--as-of "${CALLSCORE_DEMO_TODAY}T00:00:00+03:00")
    fi
    cli callbacks "${as_of[@]}" --csv "$report/callbacks.csv" >/dev/null

    echo "make-demo: store $db"
    echo "  calls:      $(($(wc -l <"$report/calls.csv") - 1))"
    echo "  reviews:    $(grep -c '"call_id"' "$input/reviews.json")"
    echo "  callbacks: $(tail -n +2 "$report/callbacks.csv" | awk -F, '{ print $6 }' \
        | sort | uniq -c | awk '{ printf " %s %s", $2, $1 }')"
    echo "  recordings:$(tail -n +2 "$input/recordings.tsv" \
        | awk -F'\t' '{ print $2 "/" $3 "ch" }' | sort | uniq -c \
        | awk '{ printf " %s %s", $2, $1 }')"
    rm -rf "$report"
}

main() {
    local started=$SECONDS
    check_tools
    generate_inputs
    render_clips
    link_recordings
    import_all
    print_summary
    echo "make-demo: done in $((SECONDS - started)) s"
}

main
