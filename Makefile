# Set-up and everyday commands. Each target installs the system libraries
# ChiTieu needs (OpenBLAS and LAPACKE from Debian/Ubuntu) when they are missing.

APT_PACKAGES := libopenblas-dev liblapacke-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT ?= swift

.PHONY: deps build test docs example national fuzz mutate review release install clean

PREFIX ?= /usr/local

deps:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
	  echo "Installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $(APT_PACKAGES); }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Runs every test: unit tests, fixtures from R and scipy, the command line,
# the notebooks. They are built in release mode with testability
# (-enable-testing, for the tests' @testable imports): the tests run real
# model fits (automatic ETS on monthly series, ARIMA searches), 10-20x
# slower unoptimised. The flags are given here, not in Package.swift, where
# unsafe flags would stop others depending on ChiTieu. From a clean clone on
# 2 cores: about 3.5 minutes (build) and 30 seconds (tests).
TEST_FLAGS ?= -c release -Xswiftc -enable-testing
test: deps
	$(SWIFT) test $(TEST_FLAGS)

# The DocC reference of every library module and the articles of the ChiTieu
# catalog (Sources/ChiTieu/ChiTieu.docc), into .build-docs/plugins/Swift-DocC/outputs;
# then the count of undocumented public symbols against docs/undocumented-budget.
LIBRARY_MODULES := ChiTieu InputFiles LinearAlgebra Probability Optimization Forecasting Planning Reporting
docs: deps
	@mkdir -p .build-docs
	$(SWIFT) package --scratch-path .build-docs generate-documentation $(addprefix --target ,$(LIBRARY_MODULES)) \
	  > .build-docs/docc.log 2>&1 || { cat .build-docs/docc.log; exit 1; }
	python3 docs/check-docs.py --docc-log .build-docs/docc.log

# Builds and runs Examples/TargetProbability against a tagged clone of the last commit.
example: deps
	bash Examples/run-example.sh

# The country-wide review on the generated national dataset (63 provinces,
# 707 districts, 10,667 communes; Datasets/national/README.md), timed: the
# dataset is written first if it is not there.
national: release
	@[ -f Datasets/national/observations.csv ] || python3 Datasets/tools/generate_national.py
	@mkdir -p .build/national
	time "$$($(SWIFT) build -c release --show-bin-path)/chitieu" review --data Datasets/national --as-of 2014-06 \
	  --format html --output .build/national/review-2014-06.html
	time "$$($(SWIFT) build -c release --show-bin-path)/chitieu" attain --data Datasets/national --as-of 2014-06 \
	  --format csv --output .build/national/attain-2014-06.csv

# Fuzzes the readers (CSV, periods, numbers, whole datasets) with libFuzzer,
# FUZZ_SECONDS seconds a target, from the committed seeds in Tests/FuzzCorpus;
# what it finds goes to .build-fuzz/corpus, a crashing input to .build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
fuzz: deps
	$(SWIFT) build -c release --product chitieu-fuzz --scratch-path .build-fuzz $(FUZZ_FLAGS)
	@for t in csv period number dataset; do \
	  mkdir -p .build-fuzz/corpus/$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  CHITIEU_FUZZ=$$t .build-fuzz/release/chitieu-fuzz .build-fuzz/corpus/$$t Tests/FuzzCorpus/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/$$t- > .build-fuzz/$$t.log 2>&1 \
	    || { tail -n 60 .build-fuzz/$$t.log; exit 1; }; \
	  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|cov:" .build-fuzz/$$t.log | tail -n 4; \
	done

# Randomly damaged datasets through `chitieu forecast` and `attain` (release
# build): counts the exit statuses; fails on a trap, a hang, an output left
# after a failure or an input changed. MUTATE_RUNS runs, seeded.
MUTATE_RUNS ?= 2000
mutate: release
	python3 Tests/Mutation/mutate-cli.py --runs $(MUTATE_RUNS) --binary "$$($(SWIFT) build -c release --show-bin-path)/chitieu"

# The main job: the July 2014 mid-year risk review of the bundled Sơn La
# data, in the terminal and as a self-contained HTML page (review-2014-06.html).
review: release
	@echo '$$ chitieu review --as-of 2014-06'
	@"$$($(SWIFT) build -c release --show-bin-path)/chitieu" review --as-of 2014-06
	@"$$($(SWIFT) build -c release --show-bin-path)/chitieu" review --as-of 2014-06 --lang vi --format html --output review-2014-06.html
	@echo 'The Vietnamese report with charts: review-2014-06.html'

# Installs bin/chitieu and the bundled datasets under share/chitieu, where
# the program finds them.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/chitieu
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/chitieu" $(DESTDIR)$(PREFIX)/bin/chitieu
	cp -R Datasets $(DESTDIR)$(PREFIX)/share/chitieu/

clean:
	rm -rf .build
