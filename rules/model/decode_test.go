package model

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// The native decoder must give what hclext.PartialContent gives with the
// same schema, on every fixture of the project.
func TestNativeDecodingMatchesPartialContent(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"../../integration/testdata/*/*.tf", "../../integration/testdata/*/*/*.tf", "../../integration/testdata/*/*/*/*.tf", "../../examples/*/*.tf"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	if len(paths) < 20 {
		t.Fatalf("found only %d fixture files", len(paths))
	}
	types := []string{"aws_s3_bucket", "aws_ebs_volume", "aws_instance", "aws_dynamodb_table", "aws_s3_bucket_replication_configuration"}
	resource := NewSchema(false, Reads{Types: types, Paths: []string{
		"kms_key_id", "ebs_block_device{}.kms_key_id", "root_block_device{}.encrypted", "replica{}.region_name",
		"rule{}.destination{}.encryption_configuration{}.replica_kms_key_id",
		"server_side_encryption_configuration{}.rule{}.apply_server_side_encryption_by_default{}.sse_algorithm",
	}}).forTypes(types)
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, diags := hclparse.NewParser().ParseHCL(src, path)
		if diags.HasErrors() {
			continue
		}
		for _, node := range []*schemaNode{nil, resource} {
			got, _ := decodeFile(f.Body, node)
			want, _ := hclext.PartialContent(f.Body, topSchema(node))
			opts := cmp.Options{
				cmpopts.EquateEmpty(),
				cmp.Comparer(func(a, b hcl.Expression) bool { return a.Range() == b.Range() }),
				cmpopts.IgnoreUnexported(hclsyntax.Body{}),
			}
			if diff := cmp.Diff(want, got, opts); diff != "" {
				t.Errorf("%s: native decoding differs (-want +got):\n%s", path, diff)
			}
		}
	}
}
