package model

import (
	"context"
	"reflect"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// hostFiles reads the module's files from the host and parses them on every
// core. The SDK's GetFiles parses the files one after another while the
// host waits; the host's bytes are fetched here through the same call and
// parsed with the same parsers, so the files, and every finding, are the same.
// A runner that is not the SDK's gRPC client (unit tests) falls back to GetFiles.
func hostFiles(runner tflint.Runner) (map[string]*hcl.File, error) {
	sources, ok := hostSources(runner)
	if !ok {
		return runner.GetFiles()
	}
	var files map[string]*hcl.File
	var diags hcl.Diagnostics
	duringParse(sources, func() { files, diags = parseSources(sources) })
	if diags.HasErrors() {
		return files, diags
	}
	return files, nil
}

// hostSources returns the names and bytes of the module's files as the host
// sends them, through the gRPC client the SDK hands the ruleset
// (plugin2host.GRPCClient, whose exported Client field is the generated
// Runner client). The SDK keeps both in an internal package, so they are
// reached by their exported names through reflection; ok is false when they
// are not there or the call fails, and the caller then asks GetFiles, which
// reports the error as the SDK words it.
func hostSources(runner tflint.Runner) (sources map[string][]byte, ok bool) {
	v := reflect.ValueOf(runner)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	client := v.Elem().FieldByName("Client")
	if !client.IsValid() || client.Kind() != reflect.Interface || client.IsNil() {
		return nil, false
	}
	getFiles := client.MethodByName("GetFiles")
	if !getFiles.IsValid() {
		return nil, false
	}
	t := getFiles.Type()
	if t.NumIn() < 2 || t.In(0) != contextType || t.In(1).Kind() != reflect.Pointer || t.NumOut() != 2 || t.Out(1) != errorType {
		return nil, false
	}
	out := getFiles.Call([]reflect.Value{reflect.ValueOf(context.Background()), reflect.New(t.In(1).Elem())})
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

var (
	contextType = reflect.TypeFor[context.Context]()
	errorType   = reflect.TypeFor[error]()
)
