# Set-up and everyday commands. Each target installs the system libraries
# ChiTieu needs (OpenBLAS and LAPACKE from Debian/Ubuntu) when they are missing.

APT_PACKAGES := libopenblas-dev liblapacke-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT ?= swift

.PHONY: deps build test review release install clean

PREFIX ?= /usr/local

deps:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
	  echo "Installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $(APT_PACKAGES); }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Runs every test: unit tests, fixtures from R and scipy, the command line.
test: deps
	$(SWIFT) test

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
