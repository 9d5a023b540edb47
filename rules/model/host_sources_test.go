package model

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// grpcRunner has the shape of the SDK's plugin2host.GRPCClient: an exported
// Client field holding the generated Runner client.
type grpcRunner struct {
	tflint.Runner
	Client runnerClient
}

type runnerClient interface {
	GetFiles(ctx context.Context, req *getFilesRequest, opts ...callOption) (*getFilesResponse, error)
	EvaluateExpr(ctx context.Context, req *evaluateRequest, opts ...callOption) (*evaluateResponse, error)
}

type (
	getFilesRequest  struct{}
	getFilesResponse struct{ files map[string][]byte }
	callOption       interface{}
)

func (r *getFilesResponse) GetFiles() map[string][]byte { return r.files }

type fakeClient struct {
	files map[string][]byte
	err   error
	// evaluated is the last EvaluateExpr request; value its answer.
	evaluated *evaluateRequest
	value     []byte
}

func (c *fakeClient) GetFiles(ctx context.Context, req *getFilesRequest, opts ...callOption) (*getFilesResponse, error) {
	if req == nil {
		return nil, errors.New("no request")
	}
	return &getFilesResponse{files: c.files}, c.err
}

// sdkRunner answers GetFiles as the fallback, with a marker file.
type sdkRunner struct{ tflint.Runner }

func (sdkRunner) GetFiles() (map[string]*hcl.File, error) {
	return map[string]*hcl.File{"from-getfiles.tf": {}}, nil
}

func hostTestSources() map[string][]byte {
	sources := map[string][]byte{
		"providers.tf":  []byte(`provider "aws" { region = "us-east-1" }`),
		"extra.tf.json": []byte(`{"resource": {"aws_s3_bucket": {"b": {"bucket": "x"}}}}`),
		"broken.tf":     []byte(`resource "aws_s3_bucket" "b" {`),
	}
	for i := range 40 {
		sources[fmt.Sprintf("resources_%02d.tf", i)] = []byte(fmt.Sprintf(
			"resource \"aws_s3_bucket\" \"b%d\" {\n  bucket = \"b-${var.env}-%d\"\n  tags = merge(local.tags, { Name = \"b%d\" })\n}\n", i, i, i))
	}
	return sources
}

func TestHostFilesParsesTheHostsSourcesAsGetFilesDoes(t *testing.T) {
	sources := hostTestSources()
	runner := &grpcRunner{Runner: sdkRunner{}, Client: &fakeClient{files: sources}}
	files, got, release, err := hostFiles(runner)
	release()
	if err == nil {
		t.Error("the broken file's error is not reported")
	}
	if !reflect.DeepEqual(got, sources) {
		t.Error("the host's sources are not returned")
	}
	if len(files) != len(sources) {
		t.Fatalf("got %d files, want %d", len(files), len(sources))
	}
	// The SDK's GetFiles: .tf files as native syntax, anything else as JSON.
	for name, src := range sources {
		var want *hcl.File
		if name == "extra.tf.json" {
			want, _ = hcljson.Parse(src, name)
		} else {
			want, _ = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
		}
		if !reflect.DeepEqual(files[name], want) {
			t.Errorf("%s is not parsed as GetFiles parses it", name)
		}
	}
}

func TestHostFilesFallsBackToGetFiles(t *testing.T) {
	for name, runner := range map[string]tflint.Runner{
		"no client":   sdkRunner{},
		"nil client":  &grpcRunner{Runner: sdkRunner{}},
		"call failed": &grpcRunner{Runner: sdkRunner{}, Client: &fakeClient{err: errors.New("unavailable")}},
	} {
		files, sources, _, err := hostFiles(runner)
		if err != nil || len(files) != 1 || files["from-getfiles.tf"] == nil || sources != nil {
			t.Errorf("%s: got %v, %v; want the files of GetFiles", name, files, err)
		}
	}
}
