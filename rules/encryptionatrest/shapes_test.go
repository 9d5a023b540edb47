package encryptionatrest

import "testing"

// Module calls, count/for_each, dynamic blocks, JSON and override files, and
// unknown values, as for every rule.
func TestConfigurationShapes(t *testing.T) {
	store := `
variable "encrypted" {
  type    = bool
  default = true
}
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  encrypted         = var.encrypted
}
resource "aws_efs_file_system" "shared" {}
`
	run(t, []testCase{
		{name: "module: at the caller's argument, else the module block", files: map[string]string{
			"main.tf": provider + `
module "store" {
  source    = "./modules/store"
  encrypted = false
}
`,
			"modules/store/main.tf": store,
		}, want: []want{
			{"main.tf", [2]int{8, 15}, [2]int{8, 20}, []string{"module.store.aws_ebs_volume.data", "encrypted is false"}},
			{"main.tf", [2]int{6, 1}, [2]int{6, 15}, []string{"module.store.aws_efs_file_system.shared"}},
		}},
		{name: "module check of a call stays silent", child: true, files: map[string]string{
			"main.tf": provider + `resource "aws_efs_file_system" "shared" {}`,
		}},
		{name: "count and for_each", files: map[string]string{"main.tf": provider + `
resource "aws_ebs_volume" "per_az" {
  for_each          = { a = false, b = true }
  availability_zone = "us-east-1${each.key}"
  encrypted         = each.value
}
resource "aws_ebs_volume" "all_on" {
  count     = 2
  encrypted = count.index >= 0
}
resource "aws_ebs_volume" "none" {
  count = 0
}
variable "n" {
  type = number
}
resource "aws_ebs_volume" "unknown_count" {
  count     = var.n
  encrypted = count.index == 0
}
`}, want: []want{
			{"main.tf", [2]int{9, 23}, [2]int{9, 33}, []string{"aws_ebs_volume.per_az stores its data unencrypted", "encrypted is false"}},
		}},
		{name: "dynamic blocks", files: map[string]string{"main.tf": provider + `
resource "aws_instance" "web" {
  dynamic "ebs_block_device" {
    for_each = { sdf = false, sdg = true }
    content {
      device_name = "/dev/${ebs_block_device.key}"
      encrypted   = ebs_block_device.value
    }
  }
}
resource "aws_instance" "empty" {
  dynamic "ebs_block_device" {
    for_each = {}
    content {
      device_name = "/dev/sdf"
    }
  }
}
resource "aws_opensearch_domain" "d" {
  dynamic "encrypt_at_rest" {
    for_each = [1]
    content {
      enabled = false
    }
  }
}
`}, want: []want{
			{"main.tf", [2]int{11, 21}, [2]int{11, 43}, []string{"aws_instance.web", "ebs_block_device.encrypted is false"}},
			{"main.tf", [2]int{27, 17}, [2]int{27, 22}, []string{"aws_opensearch_domain.d", "encrypt_at_rest.enabled is false"}},
		}},
		{name: "json", files: map[string]string{"main.tf.json": `{
  "provider": {"aws": {"region": "us-east-1"}},
  "resource": {
    "aws_db_instance": {"db": {"storage_encrypted": false}},
    "aws_opensearch_domain": {"d": {"encrypt_at_rest": {"enabled": true}}},
    "aws_dax_cluster": {"c": {"server_side_encryption": [{"enabled": false}]}}
  }
}`}, want: []want{
			{"main.tf.json", [2]int{4, 53}, [2]int{4, 58}, []string{"aws_db_instance.db", "storage_encrypted is false"}},
			{"main.tf.json", [2]int{6, 70}, [2]int{6, 75}, []string{"aws_dax_cluster.c", "server_side_encryption.enabled is false"}},
		}},
		{name: "override files", files: map[string]string{
			"main.tf": provider + `
resource "aws_db_instance" "db" {
  storage_encrypted = false
}
resource "aws_efs_file_system" "fs" {
  encrypted = true
}
`,
			"main_override.tf": `
resource "aws_db_instance" "db" {
  storage_encrypted = true
}
resource "aws_efs_file_system" "fs" {
  encrypted = false
}
`,
		}, want: []want{
			{"main_override.tf", [2]int{6, 15}, [2]int{6, 20}, []string{"aws_efs_file_system.fs", "encrypted is false"}},
		}},
		{name: "unknown values stay silent", files: map[string]string{"main.tf": provider + `
variable "encrypted" {
  type = bool
}
variable "engine" {
  type = string
}
resource "aws_db_instance" "db" {
  storage_encrypted = var.encrypted
}
resource "aws_kinesis_stream" "s" {
  encryption_type = data.external.x.result.type
}
resource "aws_elasticache_replication_group" "r" {
  engine = var.engine
}
`}},
		{name: "locals and variables with values", files: map[string]string{"main.tf": provider + `
locals {
  encryption = "NONE"
}
variable "enc" {
  default = false
}
resource "aws_kinesis_stream" "s" {
  encryption_type = local.encryption
}
resource "aws_efs_file_system" "fs" {
  encrypted = var.enc
}
`}, want: []want{
			{"main.tf", [2]int{13, 21}, [2]int{13, 37}, []string{"aws_kinesis_stream.s", "encryption_type is NONE"}},
			{"main.tf", [2]int{16, 15}, [2]int{16, 22}, []string{"aws_efs_file_system.fs", "encrypted is false"}},
		}},
	})
}

// require_customer_managed_key: stores that support a customer-managed key
// and name none, or name an AWS managed one.
func TestRequireCustomerManagedKey(t *testing.T) {
	run(t, []testCase{
		{name: "off by default", files: map[string]string{"main.tf": provider + `
resource "aws_dynamodb_table" "t" {}
resource "aws_db_instance" "db" {
  storage_encrypted = true
}
`}},
		{name: "on", files: map[string]string{
			".tflint.hcl": config(`  require_customer_managed_key = true`),
			"main.tf": provider + `
resource "aws_dynamodb_table" "owned" {}
resource "aws_dynamodb_table" "cmk" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.k.arn
  }
}
resource "aws_db_instance" "managed" {
  storage_encrypted = true
}
resource "aws_db_instance" "off" {
  storage_encrypted = false
}
resource "aws_sqs_queue" "aws_alias" {
  kms_master_key_id = "alias/aws/sqs"
}
resource "aws_cloudwatch_log_group" "logs" {}
resource "aws_secretsmanager_secret" "s" {
  kms_key_id = aws_kms_key.k.id
}
resource "aws_kms_key" "k" {}
resource "aws_instance" "root_from_ami" {}
resource "aws_s3_bucket" "b" {}
`,
		}, want: []want{
			{"main.tf", [2]int{6, 1}, [2]int{6, 38}, []string{"aws_dynamodb_table.owned is encrypted at rest with an AWS owned or AWS managed key: set server_side_encryption.kms_key_arn"}},
			{"main.tf", [2]int{13, 1}, [2]int{13, 37}, []string{"aws_db_instance.managed", "set kms_key_id"}},
			{"main.tf", [2]int{17, 23}, [2]int{17, 28}, []string{"aws_db_instance.off", "storage_encrypted is false"}},
			{"main.tf", [2]int{20, 23}, [2]int{20, 38}, []string{"aws_sqs_queue.aws_alias names the AWS managed key alias/aws/sqs"}},
			{"main.tf", [2]int{22, 1}, [2]int{22, 43}, []string{"aws_cloudwatch_log_group.logs", "set kms_key_id"}},
		}},
	})
}
