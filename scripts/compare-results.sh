#!/usr/bin/env bash
# Compares two results folders of the same spec: every CSV file of every run, summary.csv and
# aggregate.csv, timing columns aside (elapsed_ms, train_seconds, wall_seconds, steps_per_second,
# mean_steps_per_second, eval_curve_seconds). Prints each file that differs; exit 1 if any does.
#   scripts/compare-results.sh RESULTS_A RESULTS_B
set -euo pipefail
a=$1
b=$2
strip_timing() {
    python3 -c 'import csv,sys
timing={"elapsed_ms","train_seconds","wall_seconds","steps_per_second","mean_steps_per_second","eval_curve_seconds"}
r=csv.reader(open(sys.argv[1], newline="")); h=next(r); keep=[i for i,c in enumerate(h) if c not in timing]
print([h[i] for i in keep]); [print([row[i] for i in keep]) for row in r]' "$1"
}
status=0
count=0
for file in $(cd "$a" && find cells -name '*.csv' | sort) summary.csv aggregate.csv; do
    count=$((count + 1))
    if [ ! -f "$b/$file" ] || ! cmp -s <(strip_timing "$a/$file") <(strip_timing "$b/$file"); then
        echo "compare-results: DIFFERENT $file"
        status=1
    fi
done
[ $status -eq 0 ] && echo "compare-results: all $count CSV files equal, timing columns aside"
exit $status
