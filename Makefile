# dqn-sweep: the two commands a user needs are `make sweep` and `make test`.
SPEC ?= experiments/pendulum.yaml
JAR := target/dqn-sweep.jar
MVN := mvn -B -q
SOURCES := $(shell find src/main -type f) pom.xml

.PHONY: build test sweep report bench clean

build: $(JAR)

$(JAR): $(SOURCES)
	rm -rf target/lib
	$(MVN) -DskipTests package
	@touch $(JAR)

test:
	$(MVN) test

clean:
	$(MVN) clean
