#!/usr/bin/env bash
# Crash test of resume: runs experiments/quick.yaml once without interruption, then again into a
# second folder while killing it (kill -9, the whole process group) at random moments, resuming
# each time; finally compares every result file of the two folders, timing columns aside. Each
# kill comes 0-2 s after one more run completed, so every resume starts from a partial sweep with
# runs in progress.
#   scripts/crash-test.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-4}
jar=target/dqn-sweep.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
spec=experiments/quick.yaml

complete_runs() {
    { grep -rls '"status" : "complete"' --include=run.json "$work/crashed" 2> /dev/null || true; } | wc -l
}

java -jar "$jar" sweep "$spec" --out "$work/reference" > /dev/null
for i in $(seq 1 "$kills"); do
    before=$(complete_runs)
    setsid java -jar "$jar" sweep "$spec" --out "$work/crashed" > /dev/null 2>&1 &
    leader=$!
    while [ "$(complete_runs)" -le "$before" ] && kill -0 "$leader" 2> /dev/null; do sleep 0.1; done
    delay=$(awk -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.1f", rand() * 2 }')
    sleep "$delay"
    kill -9 -- "-$leader" 2> /dev/null || true
    wait "$leader" 2> /dev/null || true
    echo "crash-test: killed ${delay}s after a run completed; $(complete_runs) of 8 runs complete so far"
done
java -jar "$jar" sweep "$spec" --out "$work/crashed" > /dev/null

# Timing columns: train.csv elapsed_ms; summary.csv train_seconds, wall_seconds, steps_per_second.
strip_timing() {
    python3 -c 'import csv,sys
r=csv.reader(open(sys.argv[1])); h=next(r); keep=[i for i,c in enumerate(h) if c not in ("elapsed_ms","train_seconds","wall_seconds","steps_per_second","mean_steps_per_second")]
print([h[i] for i in keep]); [print([row[i] for i in keep]) for row in r]' "$1"
}
status=0
for file in $(cd "$work/reference" && find cells -name '*.csv' | sort) summary.csv; do
    if ! cmp -s <(strip_timing "$work/reference/$file") <(strip_timing "$work/crashed/$file"); then
        echo "crash-test: DIFFERENT $file"
        status=1
    fi
done
leftovers=$(find "$work/crashed" -name '*.tmp' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "crash-test: $leftovers temporary files left"; status=1; }
[ $status -eq 0 ] && echo "crash-test: resumed results equal the uninterrupted sweep's ($kills kills)"
exit $status
