package model

import (
	"reflect"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// fixerSources returns the module's sources the SDK already holds: before
// it hands the ruleset a runner, the SDK's Check asks the host for them
// (GetFiles) to build the runner's Fixer (plugin2host.GRPCClient.Fixer,
// internal.Fixer, whose sources field keeps the bytes by file name, with
// every applied fix). Reading them here saves the host sending the whole
// module a second time. The field is unexported in an internal package, so it
// is found by name and its shape checked; ok is false when it is not there.
func fixerSources(runner tflint.Runner) (sources map[string][]byte, ok bool) {
	v := reflect.ValueOf(runner)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	fixer := v.Elem().FieldByName("Fixer")
	if !fixer.IsValid() || fixer.Kind() != reflect.Pointer || fixer.IsNil() || fixer.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	held := fixer.Elem().FieldByName("sources")
	if !held.IsValid() || held.Type() != sourcesType || held.IsNil() {
		return nil, false
	}
	sources = make(map[string][]byte, held.Len())
	for it := held.MapRange(); it.Next(); {
		sources[it.Key().String()] = it.Value().Bytes()
	}
	return sources, true
}

var sourcesType = reflect.TypeFor[map[string][]byte]()
