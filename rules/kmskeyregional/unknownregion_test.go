package kmskeyregional

import "testing"

// envAndWest is a root without a default provider block: the default
// provider takes its region from the environment, which may be us-west-2.
const envAndWest = `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
`

// TestUnknownRegions: a region whose name cannot be known may be any known
// one, so no finding depends on it being another.
func TestUnknownRegions(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []wantIssue
	}{
		{
			name: "the environment's region without a key is not reported",
			files: map[string]string{"main.tf": envAndWest + `
resource "aws_kms_key" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "default" {}
`},
		},
		{
			name: "a key in the environment's region may be the known region's",
			files: map[string]string{"main.tf": envAndWest + `
resource "aws_kms_key" "default" {}
resource "aws_s3_bucket" "default" {}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "a key in a region from a variable may be the known region's",
			files: map[string]string{"main.tf": `
variable "dr_region" {
  type = string
}
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
resource "aws_kms_key" "dr" {
  provider = aws.dr
}
resource "aws_s3_bucket" "dr" {
  provider = aws.dr
}
resource "aws_s3_bucket" "main" {}
`},
		},
		{
			name: "a key id used in the environment's region may be the known region's key",
			files: map[string]string{"main.tf": envAndWest + `
resource "aws_kms_key" "other" {
  provider = aws.west
  region   = "eu-west-1"
}
resource "aws_s3_bucket" "eu" {
  region = "eu-west-1"
}
resource "aws_sqs_queue" "default" {
  kms_master_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}
resource "aws_sqs_queue" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "two known regions are still judged when the unknown one has no key",
			files: map[string]string{"main.tf": envAndWest + `
resource "aws_kms_key" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
resource "aws_s3_bucket" "eu" {
  region = "eu-west-1"
}
resource "aws_s3_bucket" "default" {}
`},
			want: []wantIssue{{"main.tf", [2]int{13, 1}, [2]int{13, 30}, []string{
				"Region eu-west-1 has no customer-managed KMS key of its own, while us-west-2 has aws_kms_key.west.",
			}}},
		},
		{
			name: "a key of the environment's region used from a known region is not called cross-region",
			files: map[string]string{"main.tf": envAndWest + `
resource "aws_kms_key" "default" {}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.default.arn
}
`},
		},
		{
			name: "a known region's key used from the environment's region is not called cross-region",
			files: map[string]string{"main.tf": envAndWest + `
resource "aws_kms_key" "west" {
  provider = aws.west
}
resource "aws_sqs_queue" "default" {
  kms_master_key_id = aws_kms_key.west.arn
}
`},
		},
		{
			name: "a key from a variable's region used from a known region is not called cross-region",
			files: map[string]string{"main.tf": envAndWest + `
variable "key_region" {
  type = string
}
resource "aws_kms_key" "somewhere" {
  region = var.key_region
}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.somewhere.arn
}
`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runRule(t, tt.files, false, tt.want)
		})
	}
}
