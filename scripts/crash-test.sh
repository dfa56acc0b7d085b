#!/usr/bin/env bash
# Crash test of resume and of the process tree: runs experiments/quick.yaml once without
# interruption, then again into a second folder while stopping it at random moments, resuming
# each time; finally compares every result file of the two folders, timing columns aside. The
# stops take turns: kill -9 of the whole process group, kill -9 of the `java -jar` launcher alone,
# SIGTERM to the launcher alone. After each, no process of the sweep may remain 2 s later (pgrep on
# the results folder), and after SIGTERM the sweep must exit 143, with "interrupted" as its last
# line if it had printed anything. Most stops come 0-2 s after one more run completed, so every resume starts from a partial
# sweep with runs in progress; every third comes 0-3 s after the start, while the workers start
# and the reference is computed.
#   scripts/crash-test.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-6}
jar=target/dqn-sweep.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
spec=experiments/quick.yaml

complete_runs() {
    { grep -rls '"status" : "complete"' --include=run.json "$work/crashed" 2> /dev/null || true; } | wc -l
}

java -jar "$jar" sweep "$spec" --out "$work/reference" > /dev/null
modes=("kill -9 of the process group" "kill -9 of the launcher" "SIGTERM to the launcher")
status=0
for i in $(seq 1 "$kills"); do
    mode=$(( (i - 1) % 3 ))
    before=$(complete_runs)
    setsid java -jar "$jar" sweep "$spec" --out "$work/crashed" > "$work/log" 2>&1 &
    leader=$!
    if [ $(( i % 3 )) -eq 0 ]; then
        delay=$(awk -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.1f", rand() * 3 }')
        moment="${delay}s after the start"
    else
        while [ "$(complete_runs)" -le "$before" ] && kill -0 "$leader" 2> /dev/null; do sleep 0.1; done
        delay=$(awk -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.1f", rand() * 2 }')
        moment="${delay}s after a run completed"
    fi
    sleep "$delay"
    case $mode in
        0) kill -9 -- "-$leader" 2> /dev/null || true ;;
        1) kill -9 "$leader" 2> /dev/null || true ;;
        2) kill -TERM "$leader" 2> /dev/null || true ;;
    esac
    code=0
    wait "$leader" 2> /dev/null || code=$?
    sleep 2
    orphans=$(pgrep -f -- "$work/crashed" || true)
    if [ -n "$orphans" ]; then
        echo "crash-test: processes left 2 s after ${modes[$mode]}: $(echo $orphans)"
        kill -9 $orphans 2> /dev/null || true
        status=1
    fi
    # Before its first line the sweep has not started: it ends quietly. Once started, it says so last.
    if [ $mode -eq 2 ] && [ $code -ne 0 ]; then
        last=$(tail -n 1 "$work/log")
        if [ $code -ne 143 ] || { [ -s "$work/log" ] && [[ $last != "dqn-sweep: interrupted."* ]]; }; then
            echo "crash-test: after SIGTERM: exit $code, last line: $last"
            status=1
        fi
    fi
    echo "crash-test: ${modes[$mode]} ${moment} (exit $code); $(complete_runs) of 8 runs complete so far"
done
java -jar "$jar" sweep "$spec" --out "$work/crashed" > /dev/null

# Timing columns: train.csv elapsed_ms; summary.csv train_seconds, wall_seconds, steps_per_second.
strip_timing() {
    python3 -c 'import csv,sys
r=csv.reader(open(sys.argv[1])); h=next(r); keep=[i for i,c in enumerate(h) if c not in ("elapsed_ms","train_seconds","wall_seconds","steps_per_second","mean_steps_per_second")]
print([h[i] for i in keep]); [print([row[i] for i in keep]) for row in r]' "$1"
}
for file in $(cd "$work/reference" && find cells -name '*.csv' | sort) summary.csv; do
    if ! cmp -s <(strip_timing "$work/reference/$file") <(strip_timing "$work/crashed/$file"); then
        echo "crash-test: DIFFERENT $file"
        status=1
    fi
done
leftovers=$(find "$work/crashed" -name '*.tmp' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "crash-test: $leftovers temporary files left"; status=1; }
[ $status -eq 0 ] && echo "crash-test: no process outlived a stop by 2 s; resumed results equal the uninterrupted sweep's ($kills stops)"
exit $status
