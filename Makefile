# dqn-sweep: the two commands a user needs are `make sweep` and `make test`.
SPEC ?= experiments/pendulum.yaml
JAR := target/dqn-sweep.jar
MVN := mvn -B -q
JVM_FLAGS := -Xmx1g -Dorg.bytedeco.javacpp.maxPhysicalBytes=0 -Dorg.bytedeco.javacpp.maxbytes=1g
SOURCES := $(shell find src/main -type f) pom.xml

.PHONY: build test sweep report bench clean

build: $(JAR)

$(JAR): $(SOURCES)
	rm -rf target/lib
	$(MVN) -DskipTests package
	@touch $(JAR)

test:
	$(MVN) test

# Speed, trade-off and memory figures of the README (a few minutes; run on a quiet machine).
bench: $(JAR)
	OMP_NUM_THREADS=1 java $(JVM_FLAGS) -cp $(JAR) dqnsweep.bench.NetworkCallBenchmark
	OMP_NUM_THREADS=1 java $(JVM_FLAGS) -cp $(JAR) dqnsweep.bench.Benchmark $(SECTIONS)

clean:
	$(MVN) clean
