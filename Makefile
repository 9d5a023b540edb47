TFLINT_VERSION := v0.64.0
BIN            := $(CURDIR)/bin
TFLINT         := $(BIN)/tflint
PLUGIN         := tflint-ruleset-awsbaseline
PLUGIN_DIR     ?= $(HOME)/.tflint.d/plugins

.PHONY: tools build install demo test unit integration lint

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
demo: tools build
	mkdir -p $(BIN)/plugins
	cp $(BIN)/$(PLUGIN) $(BIN)/plugins/$(PLUGIN)
	cd examples/demo && TFLINT_PLUGIN_DIR=$(BIN)/plugins $(TFLINT) --format compact; \
	  status=$$?; [ $$status -le 2 ] || exit $$status

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet ./...

unit:
	go test ./rules/... ./project/...

integration: tools
	TFLINT=$(TFLINT) go test ./integration/...

# test runs every test: formatting, vet, unit tests and the real-tflint integration tests.
test: tools lint
	TFLINT=$(TFLINT) go test ./...

# bench measures the plugin against TFLint's own floor on generated configurations.
bench: tools build
	mkdir -p $(BIN)/plugins
	cp $(BIN)/$(PLUGIN) $(BIN)/plugins/$(PLUGIN)
	go run ./tools/benchrun -tflint $(TFLINT) -plugin-dir $(BIN)/plugins $(BENCH_FLAGS)
