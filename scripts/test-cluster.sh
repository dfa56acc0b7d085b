#!/usr/bin/env bash
# Starts a Spark standalone master and a worker on loopback (127.0.0.1 only), submits the quick
# spec with --executor spark through spark-submit, and checks that summary.csv equals a worker-pool
# sweep's, timing columns aside. Spark's jars come from the Maven build (provided scope).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/cluster-test
SPEC=${SPEC:-experiments/quick.yaml}
export SPARK_HOME=$PWD/target/spark-home SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 OMP_NUM_THREADS=1
FLAGS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)

if [[ ! -d $SPARK_HOME/jars ]]; then
    mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$OUT/classpath.txt"
    mkdir -p "$SPARK_HOME/jars"
    tr ':' '\n' < "$OUT/classpath.txt" | while read -r jar; do ln -sf "$jar" "$SPARK_HOME/jars/"; done
fi
rm -rf "$OUT/pool" "$OUT/spark" "$OUT/logs" && mkdir -p "$OUT/logs"

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
CP="$SPARK_HOME/jars/*"
# shellcheck disable=SC2086
java $FLAGS -cp "$CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 \
    --webui-port 18080 > "$OUT/logs/master.log" 2>&1 & pids+=($!)
sleep 3
# shellcheck disable=SC2086
java $FLAGS -cp "$CP" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 3g \
    --webui-port 18081 --work-dir "$OUT/work" spark://127.0.0.1:7077 > "$OUT/logs/worker.log" 2>&1 & pids+=($!)
sleep 3

start=$(date +%s.%N)
# shellcheck disable=SC2086
java $FLAGS -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:7077 \
    --conf spark.driver.host=127.0.0.1 --conf spark.executor.memory=2g --conf spark.executor.cores=1 \
    --class dqnsweep.cli.Main target/dqn-sweep.jar sweep "$SPEC" --executor spark --out "$OUT/spark"
echo "spark standalone: $(echo "$(date +%s.%N) - $start" | bc) s"
start=$(date +%s.%N)
java -jar target/dqn-sweep.jar sweep "$SPEC" --workers 2 --out "$OUT/pool"
echo "pool: $(echo "$(date +%s.%N) - $start" | bc) s"

untimed() { # summary.csv without train_seconds, wall_seconds, steps_per_second
    awk -F, 'NR==1 { for (i = 1; i <= NF; i++) if ($i ~ /seconds|per_second/) drop[i] = 1 }
             { line = ""; for (i = 1; i <= NF; i++) if (!(i in drop)) line = line $i ","; print line }' "$1"
}
if diff <(untimed "$OUT/pool/summary.csv") <(untimed "$OUT/spark/summary.csv"); then
    echo "test-cluster: OK, the standalone cluster's summary.csv equals the pool's"
else
    echo "test-cluster: FAILED, summary.csv differs"; exit 1
fi
