package kmskeyregional

import "testing"

func TestCrossRegionKeys(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		child bool
		want  []wantIssue
	}{
		{
			name: "aliased providers: a key from the other region",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_ebs_volume" "west" {
  provider          = aws.west
  availability_zone = "us-west-2a"
  kms_key_id        = aws_kms_key.east.arn
}
resource "aws_ebs_volume" "east" {
  provider          = aws.east
  availability_zone = "us-east-1a"
  kms_key_id        = aws_kms_key.east.arn
}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.west.key_id
}
`},
			want: []wantIssue{{"main.tf", [2]int{24, 23}, [2]int{24, 43}, []string{
				"kms_key_id of aws_ebs_volume.west uses KMS key aws_kms_key.east, which is in us-east-1, but the resource is in us-west-2.",
				"use a key in us-west-2",
			}}},
		},
		{
			name: "a multi-Region key's id names its replicas too",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "mrk" {
  provider     = aws.east
  multi_region = true
}
resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.mrk.arn
}
resource "aws_kms_key" "single" {
  provider = aws.east
}
resource "aws_kms_key" "unreplicated" {
  provider     = aws.east
  multi_region = true
}
resource "aws_sqs_queue" "by_id" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.mrk.key_id
}
resource "aws_sqs_queue" "by_replica_id" {
  provider          = aws.east
  kms_master_key_id = aws_kms_replica_key.west.key_id
}
resource "aws_sqs_queue" "by_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.mrk.arn
}
resource "aws_sqs_queue" "single_by_id" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.single.key_id
}
resource "aws_sqs_queue" "no_replica_there" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.unreplicated.id
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{39, 23}, [2]int{39, 42}, []string{"kms_master_key_id of aws_sqs_queue.by_arn uses KMS key aws_kms_key.mrk, which is in us-east-1"}},
				{"main.tf", [2]int{43, 23}, [2]int{43, 48}, []string{"aws_kms_key.single, which is in us-east-1"}},
				{"main.tf", [2]int{47, 23}, [2]int{47, 50}, []string{"aws_kms_key.unreplicated, which is in us-east-1"}},
			},
		},
		{
			name: "a multi-Region key's replicas placed per instance",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "mrk" {
  multi_region = true
}
resource "aws_kms_replica_key" "r" {
  for_each        = toset(["us-west-2", "eu-west-1"])
  region          = each.key
  primary_key_arn = aws_kms_key.mrk.arn
}
resource "aws_sqs_queue" "eu" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.mrk.key_id
}
resource "aws_sqs_queue" "mumbai" {
  region            = "ap-south-1"
  kms_master_key_id = aws_kms_replica_key.r["us-west-2"].key_id
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{19, 23}, [2]int{19, 64}, []string{`kms_master_key_id of aws_sqs_queue.mumbai uses KMS key aws_kms_replica_key.r["us-west-2"], which is in us-west-2, but the resource is in ap-south-1.`}},
				{"main.tf", [2]int{17, 1}, [2]int{17, 34}, []string{"Region ap-south-1 has no customer-managed KMS key of its own"}},
			},
		},
		{
			name: "data sources read per region",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
data "aws_kms_key" "k" {
  for_each = toset(["us-east-1", "us-west-2"])
  region   = each.key
  key_id   = "alias/app"
}
resource "aws_sqs_queue" "west" {
  region            = "us-west-2"
  kms_master_key_id = data.aws_kms_key.k["us-east-1"].arn
}
resource "aws_sqs_queue" "east" {
  kms_master_key_id = data.aws_kms_key.k["us-east-1"].arn
}
`},
			want: []wantIssue{{"main.tf", [2]int{12, 23}, [2]int{12, 58}, []string{`kms_master_key_id of aws_sqs_queue.west uses KMS key data.aws_kms_key.k["us-east-1"], which is in us-east-1, but the resource is in us-west-2.`}}},
		},
		{
			name: "a multi-Region key whose replicas cannot all be seen gives no verdict by id",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
variable "multi" {
  type = bool
}
variable "primary" {
  type = string
}
resource "aws_kms_key" "maybe" {
  provider     = aws.east
  multi_region = var.multi
}
resource "aws_kms_key" "mrk" {
  provider     = aws.east
  multi_region = true
}
resource "aws_kms_replica_key" "elsewhere" {
  provider        = aws.west
  primary_key_arn = var.primary
}
resource "aws_sqs_queue" "maybe" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.maybe.key_id
}
resource "aws_sqs_queue" "mrk" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.mrk.key_id
}
`},
		},
		{
			name: "v6 instances placed per region by for_each",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
variable "regions" {
  type    = set(string)
  default = ["us-east-1", "eu-west-1"]
}
resource "aws_kms_key" "r" {
  for_each = var.regions
  region   = each.key
}
resource "aws_sns_topic" "own" {
  for_each          = var.regions
  region            = each.key
  kms_master_key_id = aws_kms_key.r[each.key].arn
}
resource "aws_sns_topic" "one_key" {
  for_each          = var.regions
  region            = each.key
  kms_master_key_id = aws_kms_key.r["us-east-1"].arn
}
resource "aws_sqs_queue" "east" {
  kms_master_key_id = aws_kms_key.r["us-east-1"].arn
}
resource "aws_sqs_queue" "eu" {
  kms_master_key_id = aws_kms_key.r["eu-west-1"].arn
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{21, 23}, [2]int{21, 53}, []string{`kms_master_key_id of aws_sns_topic.one_key["eu-west-1"] uses KMS key aws_kms_key.r["us-east-1"], which is in us-east-1, but the instance is in eu-west-1.`}},
				{"main.tf", [2]int{27, 23}, [2]int{27, 53}, []string{`kms_master_key_id of aws_sqs_queue.eu uses KMS key aws_kms_key.r["eu-west-1"], which is in eu-west-1, but the resource is in us-east-1.`}},
			},
		},
		{
			name: "an alias name is looked up in the caller's region",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_kms_alias" "east" {
  provider      = aws.east
  name          = "alias/app"
  target_key_id = aws_kms_key.east.key_id
}
resource "aws_kms_alias" "west" {
  provider      = aws.west
  name          = "alias/app"
  target_key_id = aws_kms_key.west.key_id
}
resource "aws_kms_alias" "east_only" {
  provider      = aws.east
  name          = "alias/east-only"
  target_key_id = aws_kms_key.east.key_id
}
resource "aws_sns_topic" "by_shared_name" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.name
}
resource "aws_sns_topic" "by_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.arn
}
resource "aws_sns_topic" "by_name_elsewhere" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east_only.name
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{42, 23}, [2]int{42, 45}, []string{"kms_master_key_id of aws_sns_topic.by_arn uses KMS key aws_kms_key.east (through aws_kms_alias.east), which is in us-east-1"}},
				{"main.tf", [2]int{46, 23}, [2]int{46, 51}, []string{"kms_master_key_id of aws_sns_topic.by_name_elsewhere uses KMS key aws_kms_key.east (through aws_kms_alias.east_only), which is in us-east-1"}},
			},
		},
		{
			name: "an alias's ARNs name its own region, also over a multi-Region key id",
			files: map[string]string{"main.tf": providers + `
resource "aws_kms_key" "mrk" {
  provider     = aws.east
  multi_region = true
}
resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.mrk.arn
}
resource "aws_kms_alias" "east" {
  provider      = aws.east
  name          = "alias/app"
  target_key_id = aws_kms_key.mrk.key_id
}
resource "aws_sqs_queue" "by_alias_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.arn
}
resource "aws_sqs_queue" "by_target_arn" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.target_key_arn
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{29, 23}, [2]int{29, 45}, []string{"kms_master_key_id of aws_sqs_queue.by_alias_arn uses KMS key aws_kms_key.mrk (through aws_kms_alias.east), which is in us-east-1"}},
				{"main.tf", [2]int{33, 23}, [2]int{33, 56}, []string{"kms_master_key_id of aws_sqs_queue.by_target_arn uses KMS key aws_kms_key.mrk (through aws_kms_alias.east), which is in us-east-1"}},
			},
		},
		{
			name: "an alias name a module the model cannot read may create elsewhere gives no verdict",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_kms_alias" "east" {
  provider      = aws.east
  name          = "alias/app"
  target_key_id = aws_kms_key.east.key_id
}
module "kms_west" {
  source    = "terraform-aws-modules/kms/aws"
  providers = { aws = aws.west }
  aliases   = ["app"]
}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_alias.east.name
}
`},
		},
		{
			name: "nested and dynamic blocks",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_instance" "west" {
  provider = aws.west
  root_block_device {
    kms_key_id = aws_kms_key.east.arn
  }
  dynamic "ebs_block_device" {
    for_each = ["/dev/sdb"]
    content {
      device_name = ebs_block_device.value
      kms_key_id  = aws_kms_key.east.arn
    }
  }
  dynamic "ebs_block_device" {
    for_each = var.disks
    content {
      kms_key_id = ebs_block_device.value.key
    }
  }
}
resource "aws_eks_cluster" "west" {
  provider = aws.west
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.east.arn
    }
  }
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{24, 18}, [2]int{24, 38}, []string{"root_block_device.kms_key_id of aws_instance.west"}},
				{"main.tf", [2]int{30, 21}, [2]int{30, 41}, []string{"ebs_block_device.kms_key_id of aws_instance.west"}},
				{"main.tf", [2]int{45, 17}, [2]int{45, 37}, []string{"encryption_config.provider.key_arn of aws_eks_cluster.west"}},
			},
		},
		{
			name: "v6 per-resource region",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "home" {}
resource "aws_kms_key" "eu" {
  region = "eu-west-1"
}
resource "aws_sqs_queue" "eu" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.home.arn
}
resource "aws_sqs_queue" "eu_ok" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.eu.arn
}
resource "aws_sns_topic" "home" {
  kms_master_key_id = aws_kms_key.eu.id
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{11, 23}, [2]int{11, 43}, []string{"aws_sqs_queue.eu uses KMS key aws_kms_key.home, which is in us-east-1, but the resource is in eu-west-1."}},
				{"main.tf", [2]int{18, 23}, [2]int{18, 40}, []string{"aws_sns_topic.home uses KMS key aws_kms_key.eu, which is in eu-west-1, but the resource is in us-east-1."}},
			},
		},
		{
			name: "aliases and key data sources",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_kms_alias" "east" {
  provider      = aws.east
  name          = "alias/app"
  target_key_id = aws_kms_key.east.key_id
}
resource "aws_kms_alias" "west_wrong" {
  provider      = aws.west
  name          = "alias/app"
  target_key_id = aws_kms_key.east.arn
}
resource "aws_kms_alias" "opaque" {
  provider      = aws.east
  name          = "alias/opaque"
  target_key_id = var.key
}
data "aws_kms_key" "east" {
  provider = aws.east
  key_id   = "alias/shared"
}
data "aws_kms_alias" "managed" {
  provider = aws.east
  name     = "alias/aws/s3"
}
resource "aws_cloudwatch_log_group" "west_alias" {
  provider   = aws.west
  kms_key_id = aws_kms_alias.east.arn
}
resource "aws_cloudwatch_log_group" "west_opaque" {
  provider   = aws.west
  kms_key_id = aws_kms_alias.opaque.target_key_arn
}
resource "aws_cloudwatch_log_group" "west_data" {
  provider   = aws.west
  kms_key_id = data.aws_kms_key.east.arn
}
resource "aws_s3_bucket_server_side_encryption_configuration" "west" {
  provider = aws.west
  bucket   = "b"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = data.aws_kms_alias.managed.target_key_arn
    }
  }
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{29, 19}, [2]int{29, 39}, []string{"target_key_id of aws_kms_alias.west_wrong uses KMS key aws_kms_key.east, which is in us-east-1"}},
				{"main.tf", [2]int{46, 16}, [2]int{46, 38}, []string{"KMS key aws_kms_key.east (through aws_kms_alias.east), which is in us-east-1"}},
				{"main.tf", [2]int{50, 16}, [2]int{50, 51}, []string{"KMS key aws_kms_alias.opaque, which is in us-east-1"}},
				{"main.tf", [2]int{54, 16}, [2]int{54, 41}, []string{"KMS key data.aws_kms_key.east, which is in us-east-1"}},
				{"main.tf", [2]int{62, 27}, [2]int{62, 68}, []string{"KMS key data.aws_kms_alias.managed, which is in us-east-1"}},
			},
		},
		{
			name: "locals, literal ARNs and pass-through functions",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
variable "encrypt" {
  type = bool
}
locals {
  keys = {
    east = aws_kms_key.east.arn
    west = aws_kms_key.west.arn
  }
  east_key = aws_kms_key.east
}
resource "aws_sqs_queue" "local_map" {
  provider          = aws.west
  kms_master_key_id = local.keys["east"]
}
resource "aws_sqs_queue" "local_object" {
  provider          = aws.west
  kms_master_key_id = local.east_key.arn
}
resource "aws_sqs_queue" "literal" {
  provider          = aws.west
  kms_master_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
resource "aws_sqs_queue" "maybe" {
  provider          = aws.west
  kms_master_key_id = var.encrypt ? aws_kms_key.east.arn : null
}
resource "aws_sqs_queue" "try" {
  provider          = aws.west
  kms_master_key_id = try(aws_kms_key.east.arn, "")
}
resource "aws_sqs_queue" "one" {
  provider          = aws.west
  kms_master_key_id = one(aws_kms_key.east[*].arn)
}
resource "aws_sqs_queue" "either" {
  provider          = aws.west
  kms_master_key_id = var.encrypt ? aws_kms_key.east.arn : aws_kms_key.west.arn
}
resource "aws_sqs_queue" "any_key" {
  provider          = aws.west
  kms_master_key_id = local.keys[var.region]
}
resource "aws_sqs_queue" "rewritten" {
  provider          = aws.west
  kms_master_key_id = replace(aws_kms_key.east.arn, "us-east-1", "us-west-2")
}
resource "aws_sqs_queue" "key_id" {
  provider          = aws.west
  kms_master_key_id = "alias/app"
}
resource "aws_sqs_queue" "literal_ok" {
  provider          = aws.west
  kms_master_key_id = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{33, 23}, [2]int{33, 41}, []string{"aws_sqs_queue.local_map uses KMS key aws_kms_key.east"}},
				{"main.tf", [2]int{37, 23}, [2]int{37, 41}, []string{"aws_sqs_queue.local_object uses KMS key aws_kms_key.east"}},
				{"main.tf", [2]int{41, 23}, [2]int{41, 100}, []string{`aws_sqs_queue.literal uses KMS key "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", which is in us-east-1`}},
				{"main.tf", [2]int{45, 23}, [2]int{45, 64}, []string{"aws_sqs_queue.maybe uses KMS key aws_kms_key.east"}},
				{"main.tf", [2]int{49, 23}, [2]int{49, 52}, []string{"aws_sqs_queue.try uses KMS key aws_kms_key.east"}},
				{"main.tf", [2]int{53, 23}, [2]int{53, 51}, []string{"aws_sqs_queue.one uses KMS key aws_kms_key.east"}},
			},
		},
		{
			name: "unknown references give no verdict",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
variable "key_arn" {}
data "terraform_remote_state" "keys" {
  backend = "s3"
}
module "registry" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 3.0"
}
resource "aws_sqs_queue" "var" {
  provider          = aws.west
  kms_master_key_id = var.key_arn
}
resource "aws_sqs_queue" "remote" {
  provider          = aws.west
  kms_master_key_id = data.terraform_remote_state.keys.outputs.key_arn
}
resource "aws_sqs_queue" "registry" {
  provider          = aws.west
  kms_master_key_id = module.registry.key_arn
}
resource "aws_sqs_queue" "mixed" {
  provider          = aws.west
  kms_master_key_id = coalesce(var.key_arn, aws_kms_key.east.arn)
}
resource "aws_sqs_queue" "unknown_region" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.somewhere.arn
}
resource "aws_kms_key" "somewhere" {
  region = var.key_arn
}
`},
		},
		{
			name: "count = 0 resources and keys",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_kms_key" "gone" {
  provider = aws.east
  count    = 0
}
resource "aws_sqs_queue" "absent" {
  provider          = aws.west
  count             = 0
  kms_master_key_id = aws_kms_key.east.arn
}
resource "aws_sqs_queue" "gone_key" {
  provider          = aws.west
  kms_master_key_id = try(aws_kms_key.gone[0].arn, null)
}
`},
		},
		{
			name: "by design: replica keys, S3 replication and DynamoDB replicas",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_kms_key" "primary" {
  provider     = aws.east
  multi_region = true
}
resource "aws_kms_replica_key" "west" {
  provider        = aws.west
  primary_key_arn = aws_kms_key.primary.arn
}
resource "aws_s3_bucket" "source" {
  provider = aws.east
}
resource "aws_s3_bucket" "replica" {
  provider = aws.west
}
resource "aws_s3_bucket_replication_configuration" "good" {
  provider = aws.east
  bucket   = aws_s3_bucket.source.id
  role     = "arn:aws:iam::111122223333:role/replication"
  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_replica_key.west.arn
      }
    }
  }
}
resource "aws_s3_bucket_replication_configuration" "bad" {
  provider = aws.east
  bucket   = aws_s3_bucket.source.id
  role     = "arn:aws:iam::111122223333:role/replication"
  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.east.arn
      }
    }
  }
}
resource "aws_s3_bucket_replication_configuration" "elsewhere" {
  provider = aws.east
  bucket   = aws_s3_bucket.source.id
  role     = "arn:aws:iam::111122223333:role/replication"
  rule {
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::bucket-in-another-account"
      encryption_configuration {
        replica_kms_key_id = aws_kms_key.west.arn
      }
    }
  }
}
resource "aws_dynamodb_table" "global" {
  provider = aws.east
  name     = "t"
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.east.arn
  }
  replica {
    region_name = "us-west-2"
    kms_key_arn = aws_kms_key.west.arn
  }
  replica {
    region_name = "us-west-2"
    kms_key_arn = aws_kms_key.east.arn
  }
  replica {
    region_name = var.replica_region
    kms_key_arn = aws_kms_key.east.arn
  }
}
resource "aws_ebs_snapshot_copy" "west" {
  provider           = aws.west
  source_region      = "us-east-1"
  source_snapshot_id = "snap-0123456789abcdef0"
  encrypted          = true
  kms_key_id         = aws_kms_key.west.arn
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{58, 30}, [2]int{58, 50}, []string{
					"rule.destination.encryption_configuration.replica_kms_key_id of aws_s3_bucket_replication_configuration.bad uses KMS key aws_kms_key.east, which is in us-east-1, but the bucket it writes to, aws_s3_bucket.replica, is in us-west-2.",
				}},
				{"main.tf", [2]int{90, 19}, [2]int{90, 39}, []string{
					"replica.kms_key_arn of aws_dynamodb_table.global uses KMS key aws_kms_key.east, which is in us-east-1, but replica.region_name is us-west-2.",
				}},
			},
		},
		{
			name: "region arguments of codepipeline artifact stores",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_codepipeline" "p" {
  provider = aws.east
  name     = "p"
  role_arn = "arn:aws:iam::111122223333:role/p"
  artifact_store {
    location = "east-bucket"
    type     = "S3"
    region   = "us-east-1"
    encryption_key {
      id   = aws_kms_key.east.arn
      type = "KMS"
    }
  }
  artifact_store {
    location = "west-bucket"
    type     = "S3"
    region   = "us-west-2"
    encryption_key {
      id   = aws_kms_key.east.arn
      type = "KMS"
    }
  }
}
resource "aws_codepipeline" "single" {
  provider = aws.west
  name     = "single"
  role_arn = "arn:aws:iam::111122223333:role/p"
  artifact_store {
    location = "west-bucket"
    type     = "S3"
    encryption_key {
      id   = aws_kms_key.east.arn
      type = "KMS"
    }
  }
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{39, 14}, [2]int{39, 34}, []string{"but artifact_store.region is us-west-2."}},
				{"main.tf", [2]int{52, 14}, [2]int{52, 34}, []string{"aws_codepipeline.single uses KMS key aws_kms_key.east, which is in us-east-1, but the resource is in us-west-2."}},
			},
		},
		{
			name: "a log bucket in another region carries the key",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_s3_bucket" "logs" {
  provider = aws.east
}
resource "aws_guardduty_detector" "west" {
  provider = aws.west
}
resource "aws_guardduty_publishing_destination" "west" {
  provider        = aws.west
  detector_id     = aws_guardduty_detector.west.id
  destination_arn = aws_s3_bucket.logs.arn
  kms_key_arn     = aws_kms_key.east.arn
}
resource "aws_guardduty_publishing_destination" "wrong" {
  provider        = aws.west
  detector_id     = aws_guardduty_detector.west.id
  destination_arn = aws_s3_bucket.logs.arn
  kms_key_arn     = aws_kms_key.west.arn
}
resource "aws_config_delivery_channel" "west" {
  provider       = aws.west
  s3_bucket_name = "central-config-bucket"
  s3_kms_key_arn = aws_kms_key.east.arn
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{37, 21}, [2]int{37, 41}, []string{"aws_guardduty_publishing_destination.wrong uses KMS key aws_kms_key.west, which is in us-west-2, but the bucket it writes to, aws_s3_bucket.logs, is in us-east-1."}},
			},
		},
		{
			name: "a local module called per region receives a key ARN from the root",
			files: map[string]string{
				"main.tf": providers + keyPerRegion + `
module "east" {
  source    = "./modules/app"
  providers = { aws = aws.east }
  key_arn   = aws_kms_key.east.arn
}
module "west" {
  source    = "./modules/app"
  providers = { aws = aws.west }
  key_arn   = aws_kms_key.east.arn
}
module "west_ok" {
  source    = "./modules/app"
  providers = { aws = aws.west }
  key_arn   = aws_kms_key.west.arn
}
module "keys" {
  source    = "./modules/key"
  providers = { aws = aws.west }
}
resource "aws_sqs_queue" "east" {
  provider          = aws.east
  kms_master_key_id = module.keys.key.arn
}
`,
				"modules/app/main.tf": `
variable "key_arn" {
  type = string
}
resource "aws_sqs_queue" "this" {
  kms_master_key_id = var.key_arn
}
resource "aws_sns_topic" "this" {
  kms_master_key_id = var.key_arn
}
`,
				"modules/key/main.tf": `
resource "aws_kms_key" "this" {}
output "key" {
  value = aws_kms_key.this
}
`,
			},
			want: []wantIssue{
				{"main.tf", [2]int{29, 15}, [2]int{29, 35}, []string{"kms_master_key_id of module.west.aws_sqs_queue.this uses KMS key aws_kms_key.east, which is in us-east-1, but the resource is in us-west-2.", "The same applies to module.west.aws_sns_topic.this."}},
				{"main.tf", [2]int{42, 23}, [2]int{42, 42}, []string{"aws_sqs_queue.east uses KMS key module.keys.aws_kms_key.this, which is in us-west-2, but the resource is in us-east-1."}},
			},
		},
		{
			name:  "a child runner judges nothing",
			child: true,
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.east.arn
}
`},
		},
		{
			name: ".tf.json",
			files: map[string]string{"main.tf": providers + keyPerRegion, "queue.tf.json": `{
  "resource": {
    "aws_sqs_queue": {
      "west": {
        "provider": "aws.west",
        "kms_master_key_id": "${aws_kms_key.east.arn}"
      }
    },
    "aws_instance": {
      "west": {
        "provider": "aws.west",
        "root_block_device": {
          "kms_key_id": "${aws_kms_key.east.arn}"
        }
      }
    },
    "aws_s3tables_table_bucket": {
      "west": {
        "provider": "aws.west",
        "name": "t",
        "encryption_configuration": {
          "kms_key_arn": "${aws_kms_key.east.arn}",
          "sse_algorithm": "aws:kms"
        }
      }
    }
  }
}
`},
			want: []wantIssue{
				{"queue.tf.json", [2]int{6, 30}, [2]int{6, 55}, []string{"kms_master_key_id of aws_sqs_queue.west uses KMS key aws_kms_key.east"}},
				{"queue.tf.json", [2]int{13, 25}, [2]int{13, 50}, []string{"root_block_device.kms_key_id of aws_instance.west uses KMS key aws_kms_key.east"}},
				{"queue.tf.json", [2]int{22, 26}, [2]int{22, 51}, []string{"encryption_configuration.kms_key_arn of aws_s3tables_table_bucket.west uses KMS key aws_kms_key.east"}},
			},
		},
		{
			name: "object-typed attributes",
			files: map[string]string{"main.tf": providers + keyPerRegion + `
resource "aws_s3tables_table_bucket" "west" {
  provider = aws.west
  name     = "t"
  encryption_configuration = {
    kms_key_arn   = aws_kms_key.east.arn
    sse_algorithm = "aws:kms"
  }
}
resource "aws_securitylake_data_lake" "lake" {
  provider                    = aws.east
  meta_store_manager_role_arn = "arn:aws:iam::111122223333:role/lake"
  configuration {
    region = "us-west-2"
    encryption_configuration = [{
      kms_key_id = aws_kms_key.east.arn
    }]
  }
  configuration {
    region = "us-east-1"
    encryption_configuration = [{
      kms_key_id = aws_kms_key.east.arn
    }]
  }
}
`},
			want: []wantIssue{
				{"main.tf", [2]int{25, 21}, [2]int{25, 41}, []string{"encryption_configuration.kms_key_arn of aws_s3tables_table_bucket.west uses KMS key aws_kms_key.east"}},
				{"main.tf", [2]int{35, 20}, [2]int{35, 40}, []string{"configuration.encryption_configuration.kms_key_id of aws_securitylake_data_lake.lake uses KMS key aws_kms_key.east, which is in us-east-1, but configuration.region is us-west-2."}},
			},
		},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runRule(t, tt.files, tt.child, tt.want)
		})
	}
}
