package awsfacts

import (
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// A region that only holds storage for a workload elsewhere is not a
// deployment region, unless the workload is nowhere else, its name is
// unknown, or the plugin's regions setting names it.
func TestRegionsThatOnlyHoldStorageForAnotherRegion(t *testing.T) {
	const providers = `
variable "dr_region" {
  type = string
}
provider "aws" {
  region = "eu-west-2"
}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
`
	const central = `
resource "aws_s3_bucket" "central" {
  provider = aws.us_east_1
}
resource "aws_s3_bucket_versioning" "central" {
  provider = aws.us_east_1
  bucket   = aws_s3_bucket.central.id
}
resource "aws_kms_replica_key" "central" {
  provider        = aws.us_east_1
  primary_key_arn = "arn:aws:kms:eu-west-2:111122223333:key/mrk-1"
}
`
	for _, tc := range []struct {
		name, src string
		regions   []string
		want      string
	}{
		{"a central bucket serves the workload elsewhere", providers + central + `resource "aws_sqs_queue" "app" {}`, nil, "eu-west-2"},
		{"buckets and keys only: the storage is the deployment", providers + central + `resource "aws_kms_key" "app" {}
resource "aws_s3_bucket" "app" {}`, nil, "us-east-1,eu-west-2"},
		{"a VPC beside the storage makes a deployment region", providers + central + `resource "aws_sqs_queue" "app" {}
resource "aws_vpc" "east" {
  provider = aws.us_east_1
}`, nil, "us-east-1,eu-west-2"},
		{"the regions setting keeps it", providers + central + `resource "aws_sqs_queue" "app" {}`, []string{"eu-west-2", "us-east-1"}, "us-east-1,eu-west-2"},
		{"a region of unknown name stays", providers + `resource "aws_sqs_queue" "app" {}
resource "aws_s3_bucket" "dr" {
  provider = aws.dr
}`, nil, "eu-west-2,source var.dr_region"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := model.Build(helper.TestRunner(t, map[string]string{"main.tf": tc.src}), model.Settings{Schema: testSchema, Regions: tc.regions})
			if got := strings.Join(regionKeys(c), ","); got != tc.want {
				t.Errorf("deployment regions = %s, want %s", got, tc.want)
			}
		})
	}
}
