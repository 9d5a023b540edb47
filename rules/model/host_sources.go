package model

import (
	"context"
	"reflect"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// hostFiles reads the module's files from the host and parses them on every
// core, with the collector held for the module's check (gc_pacing.go) until
// releaseCollector is called. The SDK's GetFiles parses the files one after another while the
// host waits; the host's bytes are fetched here through the same call and
// parsed with the same parsers, so the files, and every finding, are the same.
// A runner that is not the SDK's gRPC client (unit tests) falls back to
// GetFiles; sources, the host's bytes by file name, are then nil.
func hostFiles(runner tflint.Runner) (files map[string]*hcl.File, sources map[string][]byte, releaseCollector func(), err error) {
	sources, ok := hostSources(runner)
	if !ok {
		files, err = runner.GetFiles()
		return files, nil, func() {}, err
	}
	releaseCollector = holdCollector(sources)
	files, diags := parseSources(sources)
	if diags.HasErrors() {
		return files, sources, releaseCollector, diags
	}
	return files, sources, releaseCollector, nil
}

// hostSources returns the names and bytes of the module's files as the host
// sends them: those the SDK already fetched for the runner's Fixer
// (fixerSources), or else through the gRPC client the SDK hands the ruleset
// (plugin2host.GRPCClient, whose exported Client field is the generated
// Runner client). The SDK keeps both in an internal package, so they are
// reached by their exported names through reflection; ok is false when they
// are not there or the call fails, and the caller then asks GetFiles, which
// reports the error as the SDK words it.
func hostSources(runner tflint.Runner) (sources map[string][]byte, ok bool) {
	if sources, ok := fixerSources(runner); ok {
		return sources, true
	}
	getFiles, ok := clientMethod(runner, "GetFiles")
	if !ok {
		return nil, false
	}
	out := getFiles.Call([]reflect.Value{reflect.ValueOf(context.Background()), reflect.New(getFiles.Type().In(1).Elem())})
	if !out[1].IsNil() {
		logger.Debug("awsbaseline: reading the module's sources: " + out[1].Interface().(error).Error())
		return nil, false
	}
	resp, isFiles := out[0].Interface().(interface{ GetFiles() map[string][]byte })
	if !isFiles {
		return nil, false
	}
	return resp.GetFiles(), true
}

// clientMethod returns a method of the SDK's generated Runner client (the
// Client field of plugin2host.GRPCClient) taking a context and a request
// and returning a response and an error.
func clientMethod(runner tflint.Runner, name string) (reflect.Value, bool) {
	v := reflect.ValueOf(runner)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	client := v.Elem().FieldByName("Client")
	if !client.IsValid() || client.Kind() != reflect.Interface || client.IsNil() {
		return reflect.Value{}, false
	}
	method := client.MethodByName(name)
	if !method.IsValid() {
		return reflect.Value{}, false
	}
	t := method.Type()
	if t.NumIn() < 2 || t.In(0) != contextType || t.In(1).Kind() != reflect.Pointer || t.In(1).Elem().Kind() != reflect.Struct ||
		t.NumOut() != 2 || t.Out(1) != errorType {
		return reflect.Value{}, false
	}
	return method, true
}

var (
	contextType = reflect.TypeFor[context.Context]()
	errorType   = reflect.TypeFor[error]()
)
