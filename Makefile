# dqn-sweep. A user needs two commands: `make sweep` (the default experiment grid, then its
# report) and `make test`. Everything else is for developers.
SPEC ?= experiments/pendulum.yaml
NAME = $(shell sed -n 's/^name:[[:space:]]*\([A-Za-z0-9._-]*\).*/\1/p' $(SPEC))
RESULTS ?= results/$(NAME)
JAR := target/dqn-sweep.jar
MVN := mvn -B -q
SOURCES := $(shell find src/main -type f) pom.xml

.PHONY: build test sweep report check-report bench crash-test test-cluster clean

build: $(JAR)

$(JAR): $(SOURCES)
	rm -rf target/lib
	$(MVN) -DskipTests package
	@touch $(JAR)

# Not quiet: CI reads Surefire's closing "Tests run:" line.
test:
	mvn -B --no-transfer-progress test

# Runs the grid (resuming whatever is already complete); the sweep builds the HTML report, live
# while it runs and in full at the end.
sweep: $(JAR)
	java -jar $(JAR) sweep $(SPEC) --out $(RESULTS)

# Rebuilds aggregate.csv, summary.json and report/ from the CSVs alone.
report: $(JAR)
	java -jar $(JAR) report $(RESULTS)

# Opens the report in headless Chromium (installed if missing): no console errors, every image loads.
check-report:
	scripts/check-report.sh $(RESULTS) $(RESULTS)/report-screenshot.png

# Speed, trade-off and memory figures of the README (several minutes; run on a quiet machine).
bench: $(JAR)
	java -jar $(JAR) bench $(SECTIONS)

# Kills a sweep at random moments, resumes it, and compares with an uninterrupted sweep.
crash-test: $(JAR)
	scripts/crash-test.sh

# Spark standalone master + worker on 127.0.0.1, the quick spec submitted with --executor spark,
# compared with a pool sweep (about a minute; uses Spark's jars from the Maven build).
test-cluster: $(JAR)
	scripts/test-cluster.sh

clean:
	$(MVN) clean
