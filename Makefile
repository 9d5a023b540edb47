TFLINT_VERSION := v0.64.0
BIN            := $(CURDIR)/bin
TFLINT         := $(BIN)/tflint
PLUGIN         := tflint-ruleset-awsbaseline
PLUGIN_DIR     ?= $(HOME)/.tflint.d/plugins

.PHONY: tools build install demo test unit integration lint bench fuzz

# tools installs the pinned tflint into bin/ (git-ignored) through the Go module proxy.
tools: $(TFLINT)

$(TFLINT):
	GOBIN=$(BIN) go install github.com/terraform-linters/tflint@$(TFLINT_VERSION)

build:
	go build -o $(BIN)/$(PLUGIN) .

# install puts the plugin where tflint looks for manually installed plugins.
install: build
	mkdir -p $(PLUGIN_DIR)
	cp $(BIN)/$(PLUGIN) $(PLUGIN_DIR)/$(PLUGIN)

# demo lints the bundled example with the plugin; it reports the failures the example reproduces.
# It lints a copy in a temporary repository of its own (.git), as a user's standalone stack:
# in place, the plugin would read this project's documents around it (integration/isolation_test.go).
demo: tools build
	mkdir -p $(BIN)/plugins
	cp $(BIN)/$(PLUGIN) $(BIN)/plugins/$(PLUGIN)
	dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && cp -R examples/demo/. "$$dir" && mkdir "$$dir/.git" || exit 1; \
	  cd "$$dir" && TFLINT_PLUGIN_DIR=$(BIN)/plugins $(TFLINT) --format compact; \
	  status=$$?; [ $$status -le 2 ] || exit $$status

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet ./...

unit:
	go test ./rules/... ./project/...

integration: tools
	TFLINT=$(TFLINT) go test -count=1 ./integration/...

# test runs every test: formatting, vet, unit tests and the real-tflint integration tests.
test: tools lint
	TFLINT=$(TFLINT) go test -count=1 ./...

# bench measures the plugin against TFLint's own floor on generated configurations (split
# files, one big file, 100 roots under --recursive) with JSON output, then times one run with
# TFLint's default output format (docs/performance.md). BENCH_FLAGS="-plugin-dir old,bin/plugins"
# compares two builds.
bench: tools build
	mkdir -p $(BIN)/plugins
	cp $(BIN)/$(PLUGIN) $(BIN)/plugins/$(PLUGIN)
	go run ./tools/benchrun -tflint $(TFLINT) -plugin-dir $(BIN)/plugins $(BENCH_FLAGS)

GORELEASER_VERSION := v2.15.1
GORELEASER         ?= $(BIN)/goreleaser

.PHONY: release-check release-dry-run

$(BIN)/goreleaser:
	GOBIN=$(BIN) go install github.com/goreleaser/goreleaser/v2@$(GORELEASER_VERSION)

# release-check validates .goreleaser.yml. Building goreleaser takes minutes, so
# `make test` leaves it out.
release-check: $(GORELEASER)
	$(GORELEASER) check

# release-dry-run builds a snapshot release with goreleaser, signs it with a
# throwaway PGP key and installs it with the real `tflint --init`
# (TestInitInstallsSignedRelease serving dist/). Needs gpg.
release-dry-run: $(GORELEASER) tools
	@set -eu; \
	gnupg=$$(mktemp -d); \
	trap 'gpgconf --homedir "$$gnupg" --kill gpg-agent 2>/dev/null || true; rm -rf "$$gnupg"' EXIT; \
	export GNUPGHOME="$$gnupg"; \
	gpg --batch --quiet --passphrase '' --quick-gen-key "awsbaseline dry run <dry-run@example.invalid>" rsa3072 sign 1d; \
	export GPG_FINGERPRINT=$$(gpg --list-secret-keys --with-colons | awk -F: '/^fpr/ { print $$10; exit }'); \
	gpg --armor --export "$$GPG_FINGERPRINT" > "$$gnupg/release-key.asc"; \
	$(GORELEASER) release --snapshot --clean; \
	AWSBASELINE_RELEASE_DIST=$(CURDIR)/dist AWSBASELINE_RELEASE_KEY="$$gnupg/release-key.asc" TFLINT=$(TFLINT) \
	  go test ./integration -run '^TestInitInstallsSignedRelease$$' -count=1 -v

# fuzz runs every fuzz target briefly (FUZZTIME each) so that regressions surface in CI.
# The budget is a count of executions, not a duration: with a duration, Go 1.26's
# fuzz coordinator can fail a target with a bare "context deadline exceeded" when
# the time runs out while a worker is busy (go.dev/issue/75804, fixed in Go 1.27).
FUZZTIME ?= 50000x
fuzz:
	@for pkg in $$(grep -rl --include='*_test.go' '^func Fuzz' rules | xargs -n1 dirname | sort -u | sed 's|^|./|; s|$$|/|'); do \
	  for target in $$(go test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$target"; \
	    go test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done
