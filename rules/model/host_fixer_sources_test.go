package model

import (
	"reflect"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// fixerRunner has the shape of the SDK's plugin2host.GRPCClient with its
// Fixer, which holds the sources the SDK's Check fetched from the host.
type fixerRunner struct {
	grpcRunner
	Fixer *heldSources
}

type heldSources struct {
	sources map[string][]byte
}

func TestHostSourcesAreTheFixersWithoutAskingTheHostAgain(t *testing.T) {
	held := hostTestSources()
	client := &fakeClient{files: map[string][]byte{"from-the-host.tf": nil}}
	runner := &fixerRunner{grpcRunner: grpcRunner{Runner: sdkRunner{}, Client: client}, Fixer: &heldSources{sources: held}}
	got, ok := hostSources(runner)
	if !ok || !reflect.DeepEqual(got, held) {
		t.Errorf("hostSources = %d files (ok %v), want the %d the Fixer holds", len(got), ok, len(held))
	}
}

func TestHostSourcesAskTheHostWithoutTheFixersSources(t *testing.T) {
	asked := map[string][]byte{"from-the-host.tf": []byte("locals {}")}
	client := &fakeClient{files: asked}
	for name, runner := range map[string]tflint.Runner{
		"no Fixer field": &grpcRunner{Runner: sdkRunner{}, Client: client},
		"a nil Fixer":    &fixerRunner{grpcRunner: grpcRunner{Runner: sdkRunner{}, Client: client}},
		"nil sources":    &fixerRunner{grpcRunner: grpcRunner{Runner: sdkRunner{}, Client: client}, Fixer: &heldSources{}},
	} {
		if got, ok := hostSources(runner); !ok || !reflect.DeepEqual(got, asked) {
			t.Errorf("%s: hostSources = %v (ok %v), want the host's answer", name, got, ok)
		}
	}
}
