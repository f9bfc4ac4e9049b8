# zmqbench front door.
#   make          build everything: the Java modules (build/lib/) and our C code (build/native/)
#   make test     run every test (unit, conformance per backend, integration through real workers)
#   make compare  build if needed, then run the default comparison (ARGS="..." adds options)
#   make bench    the native-backends benchmark (compare --preset native)
#   make calibrate the tool's c and jeromq figures against plain programs (CPUS=, ROUNDS=, TOOL_ARGS=)
#   make deps     install the Debian packages zmqbench needs (as root), or print the command
MVN ?= mvn -B -q
# The ffm backend needs a JDK >= 22 (java.lang.foreign); the rest builds and runs on the default JDK.
# The first one under /usr/lib/jvm (by its release file), unless FFM_JDK=DIR is given; none: ffm is skipped.
FFM_JDK ?= $(shell for jdk in /usr/lib/jvm/*/; do \
  major=$$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$$jdk/release" 2>/dev/null); \
  if [ -n "$$major" ] && [ "$$major" -ge 22 ] && [ -x "$$jdk/bin/javac" ]; then echo "$${jdk%/}"; break; fi; done)
FFM_FLAG := $(if $(FFM_JDK),-Dffm.jdk=$(FFM_JDK))
DEB_PACKAGES := default-jdk-headless maven gcc make pkg-config libzmq5 libzmq3-dev libzmq-jni libzmq-java \
                util-linux
JAVA_SOURCES := $(shell find src -name '*.java' -o -name 'pom.xml' -o -path '*/resources/*' -type f) pom.xml
NATIVE_SOURCES := $(wildcard native/*/*.c native/*/*.h) native/Makefile
JAVA_STAMP := build/.java-built

.PHONY: all native java test compare bench calibrate deps clean

all: native java

native: build/native/.built

build/native/.built: $(NATIVE_SOURCES)
	$(MAKE) -C native OUT=$(CURDIR)/build/native
	touch $@

java: $(JAVA_STAMP)

$(JAVA_STAMP): $(JAVA_SOURCES)
	@if [ -n "$(FFM_JDK)" ]; then echo "ffm backend: built with $(FFM_JDK)"; \
	 else echo "ffm backend: SKIPPED (needs a JDK >= 22 under /usr/lib/jvm, or FFM_JDK=DIR)"; fi
	$(MVN) package -DskipTests $(FFM_FLAG)
	mkdir -p build && touch $@

# Not quiet: the Surefire summaries show which tests ran.
test: all
	mvn -B -ntp verify $(FFM_FLAG)

compare: all
	./zmqbench compare $(ARGS)

bench: all
	./zmqbench compare --preset native $(ARGS)

calibrate: all
	native/calibrate/calibrate.sh

deps:
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(DEB_PACKAGES); \
	else \
	  echo "make deps needs root. Run:"; \
	  echo "  sudo apt-get install -y --no-install-recommends $(DEB_PACKAGES)"; \
	  exit 1; \
	fi

clean:
	rm -rf build
	$(MVN) clean $(FFM_FLAG)
