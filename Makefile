# zmqbench front door.
#   make          build everything: the Java modules (build/lib/) and our C code (build/native/)
#   make test     run every test (unit, conformance per backend, integration through real workers)
#   make compare  build if needed, then run the default comparison (ARGS="..." adds options)
#   make bench    the native-backends benchmark (compare --preset native)
#   make calibrate the tool's c and jeromq figures against plain programs (CPUS=, BACKENDS=, SIZES=, ROUNDS=,
#                 SLICE=auto to measure the tool in slices as compare does (or SLICE=200ms), TOOL_ARGS=, ...)
#   make deps     the Debian packages zmqbench needs; `make`, `make compare` and `make test` check
#                 them first: as root they install what is missing, else they print the one
#                 `sudo apt-get install ...` line and stop
#   make completion  bash completion for ./zmqbench (picocli), in build/zmqbench-completion.bash
MVN ?= mvn -B -q
# The ffm backend needs a JDK >= 22 (java.lang.foreign); the rest builds and runs on the default JDK.
# The first one under /usr/lib/jvm (by its release file), unless FFM_JDK=DIR is given; none: ffm is skipped.
FFM_JDK ?= $(shell for jdk in /usr/lib/jvm/*/; do \
  major=$$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$$jdk/release" 2>/dev/null); \
  if [ -n "$$major" ] && [ "$$major" -ge 22 ] && [ -x "$$jdk/bin/javac" ]; then echo "$${jdk%/}"; break; fi; done)
FFM_FLAG := $(if $(FFM_JDK),-Dffm.jdk=$(FFM_JDK))
DEB_PACKAGES := default-jdk-headless maven gcc make pkg-config libzmq5 libzmq3-dev libzmq-jni libzmq-java \
                util-linux
# The HTML report's browser test needs Chromium; the two-host tests network namespaces (iproute2)
# and a throwaway sshd.
TEST_PACKAGES := $(DEB_PACKAGES) chromium iproute2 openssh-server
JAVA_SOURCES := $(shell find src -name '*.java' -o -name 'pom.xml' -o -path '*/resources/*' -type f \
                  -o -path '*/layout/*' -type f) pom.xml
NATIVE_SOURCES := $(wildcard native/*/*.c native/*/*.h native/*/*.sh) native/Makefile
JAVA_STAMP := build/.java-built

.PHONY: all native java test compare bench calibrate deps test-deps completion clean

all: native java

# Installs the Debian packages in $(1) that dpkg does not list as installed (as root), or prints
# the apt-get line and stops.
define require_packages
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "make: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "make: missing Debian packages; run:" >&2; \
	    echo "  sudo apt-get install -y --no-install-recommends$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi
endef

deps:
	$(call require_packages,$(DEB_PACKAGES))

test-deps:
	$(call require_packages,$(TEST_PACKAGES))

native: build/native/.built

build/native/.built: $(NATIVE_SOURCES) | deps
	$(MAKE) -C native OUT=$(CURDIR)/build/native
	touch $@

java: $(JAVA_STAMP)

$(JAVA_STAMP): $(JAVA_SOURCES) | deps
	@if [ -n "$(FFM_JDK)" ]; then echo "ffm backend: built with $(FFM_JDK)"; \
	 else echo "ffm backend: SKIPPED (needs a JDK >= 22 under /usr/lib/jvm, or FFM_JDK=DIR)"; fi
	$(MVN) package -DskipTests $(FFM_FLAG)
	mkdir -p build && touch $@

# Not quiet: the Surefire summaries show which tests ran (and which were skipped, and why).
test: test-deps
	$(MAKE) all
	mvn -B -ntp verify $(FFM_FLAG)

compare: all
	./zmqbench compare $(ARGS)

bench: all
	./zmqbench compare --preset native $(ARGS)

calibrate: all
	native/calibrate/calibrate.sh

completion: all
	java -cp 'build/lib/cli/*' picocli.AutoComplete --force --completionScript build/zmqbench-completion.bash \
	  zmqbench.cli.Main
	@echo "make: source build/zmqbench-completion.bash (or copy it to /etc/bash_completion.d/zmqbench)"

clean:
	rm -rf build
	$(MVN) clean $(FFM_FLAG)
