package kmskeyregional

import "testing"

func TestRegionsWithoutKeys(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []wantIssue
	}{
		{
			name: "the secondary region of an encrypted stack has no key",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "east" {}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
			want: []wantIssue{{"main.tf", [2]int{9, 1}, [2]int{9, 15}, []string{
				"Region us-west-2 (provider aws.west) has no customer-managed KMS key of its own, while us-east-1 has aws_kms_key.main.",
			}}},
		},
		{
			name: "a multi-Region key needs a replica in each region",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {
  multi_region = true
}
resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.main.arn
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "a signing key is not a region's encryption key",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {
  provider = aws.east
}
resource "aws_kms_key" "signing" {
  provider  = aws.west
  key_usage = "SIGN_VERIFY"
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
			want: []wantIssue{{"main.tf", [2]int{9, 1}, [2]int{9, 15}, []string{"Region us-west-2 (provider aws.west) has no customer-managed KMS key of its own, while us-east-1 has aws_kms_key.main."}}},
		},
		{
			name: "a replica of a signing key is a signing key",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {
  provider = aws.east
}
resource "aws_kms_key" "signing" {
  provider     = aws.east
  key_usage    = "SIGN_VERIFY"
  multi_region = true
}
resource "aws_kms_replica_key" "signing" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.signing.arn
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
			want: []wantIssue{{"main.tf", [2]int{9, 1}, [2]int{9, 15}, []string{"Region us-west-2 (provider aws.west) has no customer-managed KMS key of its own, while us-east-1 has aws_kms_key.main."}}},
		},
		{
			name: "a signing key asks nothing of other regions",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "signing" {
  provider  = aws.east
  key_usage = "SIGN_VERIFY"
}
resource "aws_s3_bucket" "east" {
  provider = aws.east
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "v6-only region is anchored at its first resource",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "eu" {
  region = "eu-west-1"
}
`},
			want: []wantIssue{{"main.tf", [2]int{6, 1}, [2]int{6, 30}, []string{"Region eu-west-1 has no customer-managed KMS key of its own, while us-east-1 has aws_kms_key.main."}}},
		},
		{
			name: "no verdict: a region identified by its provider only may be us-east-1",
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
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "dr" {
  provider = aws.dr
}
`},
		},
		{
			name: "a provider of a JSON array is anchored at its region value",
			files: map[string]string{"providers.tf.json": `{"provider": {"aws": [
  {"region": "us-east-1"},
  {"alias": "west", "region": "us-west-2"}
]}}`, "main.tf": `
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
			want: []wantIssue{{"providers.tf.json", [2]int{3, 31}, [2]int{3, 42}, []string{"Region us-west-2 (provider aws.west) has no customer-managed KMS key of its own"}}},
		},
		{
			name: "no trigger: a cross-account alias takes its region from the same variable",
			files: map[string]string{"main.tf": `
variable "aws_region" {
  type = string
}
provider "aws" {
  region = var.aws_region
}
provider "aws" {
  alias  = "network"
  region = var.aws_region
  assume_role {
    role_arn = "arn:aws:iam::111111111111:role/network"
  }
}
resource "aws_kms_key" "main" {}
resource "aws_cloudwatch_log_group" "flow" {
  provider = aws.network
  name     = "flow"
}
`},
		},
		{
			name: "no trigger: providers that both take their region from the environment",
			files: map[string]string{"main.tf": `
provider "aws" {}
provider "aws" {
  alias   = "audit"
  profile = "audit"
}
resource "aws_kms_key" "main" {}
resource "aws_cloudwatch_log_group" "audit" {
  provider = aws.audit
  name     = "audit"
}
`},
		},
		{
			name: "no verdict: the region uses a key passed in",
			files: map[string]string{"main.tf": providers + `
variable "west_key" {
  type = string
}
resource "aws_kms_key" "main" {}
resource "aws_sqs_queue" "west_var" {
  provider          = aws.west
  kms_master_key_id = var.west_key
}
`},
		},
		{
			name: "a key that may exist counts for its region",
			files: map[string]string{"main.tf": providers + `
variable "create" {
  type = bool
}
resource "aws_kms_key" "main" {}
resource "aws_kms_key" "maybe" {
  provider = aws.west
  count    = var.create ? 1 : 0
}
`},
		},
		{
			name: "no trigger: the only key may not exist",
			files: map[string]string{"main.tf": providers + `
variable "create" {
  type = bool
}
resource "aws_kms_key" "maybe" {
  count = var.create ? 1 : 0
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "no verdict: a key data source or key id in the region",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {}
data "aws_kms_key" "west" {
  provider = aws.west
  key_id   = "alias/platform"
}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = "alias/app"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}
resource "aws_sqs_queue" "eu" {
  provider          = aws.eu
  kms_master_key_id = "alias/app"
}
`},
		},
		{
			name: "an AWS managed key is not a key of its own",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = "alias/aws/sqs"
}
`},
			want: []wantIssue{{"main.tf", [2]int{9, 1}, [2]int{9, 15}, []string{"Region us-west-2 (provider aws.west) has no customer-managed KMS key"}}},
		},
		{
			name: "no verdict: a key whose region is unknown",
			files: map[string]string{"main.tf": providers + `
variable "r" {
  type = string
}
resource "aws_kms_key" "main" {}
resource "aws_kms_key" "somewhere" {
  region = var.r
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "no verdict: an opaque module",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {}
module "kms" {
  source    = "terraform-aws-modules/kms/aws"
  providers = { aws = aws.west }
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "keys created per region by a local module",
			files: map[string]string{
				"main.tf": providers + `
module "east" {
  source    = "./modules/stack"
  providers = { aws = aws.east }
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
}
`,
				"modules/stack/main.tf": `
resource "aws_kms_key" "this" {}
resource "aws_s3_bucket" "this" {}
`,
			},
		},
		{
			name: "a local module without a key in one region",
			files: map[string]string{
				"main.tf": providers + `
module "east" {
  source    = "./modules/stack"
  providers = { aws = aws.east }
  with_key  = true
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
  with_key  = false
}
`,
				"modules/stack/main.tf": `
variable "with_key" {
  type = bool
}
resource "aws_kms_key" "this" {
  count = var.with_key ? 1 : 0
}
resource "aws_s3_bucket" "this" {}
`,
			},
			want: []wantIssue{{"main.tf", [2]int{9, 1}, [2]int{9, 15}, []string{"Region us-west-2 (provider aws.west) has no customer-managed KMS key of its own, while us-east-1 has module.east.aws_kms_key.this."}}},
		},
		{
			name: "a region with only a certificate or a policy hosts no workload",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "east" {}
resource "aws_acm_certificate" "edge" {
  provider          = aws.west
  domain_name       = "example.com"
  validation_method = "DNS"
}
resource "aws_cloudwatch_log_resource_policy" "west" {
  provider        = aws.west
  policy_name     = "p"
  policy_document = "{}"
}
`},
		},
		{
			name: "a secondary region that is only a VPC needs a key too",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "east" {}
resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}
`},
			want: []wantIssue{{"main.tf", [2]int{9, 1}, [2]int{9, 15}, []string{"Region us-west-2 (provider aws.west) has no customer-managed KMS key of its own, while us-east-1 has aws_kms_key.main."}}},
		},
		{
			name: "no verdict: a key behind a provider alias the module call does not pass",
			files: map[string]string{
				"main.tf": providers + `
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
module "replica" {
  source = "./modules/replica"
}
`,
				"modules/replica/main.tf": `
resource "aws_kms_key" "this" {
  provider = aws.replica
}
`,
			},
		},
		{
			name: "a region behind an unresolved provider alias is not judged",
			files: map[string]string{
				"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "main" {}
module "replica" {
  source = "./modules/replica"
}
`,
				"modules/replica/main.tf": `
resource "aws_s3_bucket" "this" {
  provider = aws.replica
}
`,
			},
		},
		{
			name: "a single region is not judged",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "b" {}
`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runRule(t, tt.files, false, tt.want)
		})
	}
}
