package encryptionatrest

import "testing"

const provider = `
provider "aws" {
  region = "us-east-1"
}
`

// One case per service family: an explicit switch-off, an unset switch where
// AWS does not encrypt by default, and the encrypted forms that stay silent.
func TestServiceFamilies(t *testing.T) {
	run(t, []testCase{
		{name: "rds instance", files: map[string]string{"main.tf": provider + `
resource "aws_db_instance" "off" {
  storage_encrypted = false
}
resource "aws_db_instance" "unset" {
  engine = "postgres"
}
resource "aws_db_instance" "on" {
  storage_encrypted = true
}
`}, want: []want{
			{"main.tf", [2]int{7, 23}, [2]int{7, 28}, []string{"aws_db_instance.off stores its data unencrypted at rest: storage_encrypted is false", "Set storage_encrypted = true.", "replaces it"}},
			{"main.tf", [2]int{9, 1}, [2]int{9, 35}, []string{"aws_db_instance.unset", "storage_encrypted is not set and AWS does not encrypt it by default"}},
		}},
		{name: "aurora and global clusters", files: map[string]string{"main.tf": provider + `
resource "aws_rds_cluster" "unset" {
  engine = "aurora-postgresql"
}
resource "aws_rds_cluster" "serverless_v1" {
  engine_mode = "serverless"
}
resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "g"
  storage_encrypted         = true
}
resource "aws_rds_cluster" "member" {
  global_cluster_identifier = aws_rds_global_cluster.g.id
}
resource "aws_db_instance" "in_cluster" {
  cluster_identifier = aws_rds_cluster.unset.id
}
`}, want: []want{
			{"main.tf", [2]int{6, 1}, [2]int{6, 35}, []string{"aws_rds_cluster.unset", "storage_encrypted is not set"}},
		}},
		{name: "ebs volume and snapshot", files: map[string]string{"main.tf": provider + `
resource "aws_ebs_volume" "unset" {
  availability_zone = "us-east-1a"
}
resource "aws_ebs_volume" "from_snapshot" {
  snapshot_id = "snap-1"
}
resource "aws_ebs_volume" "on" {
  encrypted = true
}
`}, want: []want{
			{"main.tf", [2]int{6, 1}, [2]int{6, 34}, []string{"aws_ebs_volume.unset", "encrypted is not set", "EBS encryption by default in us-east-1 (provider aws) would also cover it"}},
		}},
		{name: "instance block devices", files: map[string]string{"main.tf": provider + `
resource "aws_instance" "web" {
  root_block_device {
    volume_size = 20
  }
  ebs_block_device {
    device_name = "/dev/sdf"
  }
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-1"
  }
  ebs_block_device {
    device_name = "/dev/sdh"
    encrypted   = false
  }
}
resource "aws_launch_template" "lt" {
  block_device_mappings {
    ebs {
      encrypted = "false"
    }
  }
  block_device_mappings {
    ebs {
      volume_size = 20
    }
  }
}
`}, want: []want{
			{"main.tf", [2]int{10, 3}, [2]int{10, 19}, []string{"aws_instance.web", "ebs_block_device.encrypted is not set"}},
			{"main.tf", [2]int{19, 19}, [2]int{19, 24}, []string{"aws_instance.web", "ebs_block_device.encrypted is false"}},
			{"main.tf", [2]int{25, 19}, [2]int{25, 26}, []string{"aws_launch_template.lt", "block_device_mappings.ebs.encrypted is false"}},
		}},
		{name: "efs elasticache opensearch", files: map[string]string{"main.tf": provider + `
resource "aws_efs_file_system" "unset" {}
resource "aws_elasticache_replication_group" "redis" {
  engine = "redis"
}
resource "aws_elasticache_replication_group" "valkey" {
  engine = "valkey"
}
resource "aws_elasticache_replication_group" "valkey_off" {
  engine                     = "valkey"
  at_rest_encryption_enabled = "false"
}
resource "aws_opensearch_domain" "no_block" {}
resource "aws_opensearch_domain" "on" {
  encrypt_at_rest {
    enabled = true
  }
}
`}, want: []want{
			{"main.tf", [2]int{6, 1}, [2]int{6, 39}, []string{"aws_efs_file_system.unset"}},
			{"main.tf", [2]int{7, 1}, [2]int{7, 53}, []string{"aws_elasticache_replication_group.redis", "at_rest_encryption_enabled is not set"}},
			{"main.tf", [2]int{15, 32}, [2]int{15, 39}, []string{"aws_elasticache_replication_group.valkey_off", "at_rest_encryption_enabled is false"}},
			{"main.tf", [2]int{17, 1}, [2]int{17, 44}, []string{"aws_opensearch_domain.no_block", "encrypt_at_rest.enabled is not set"}},
		}},
		{name: "redshift encrypts by default", files: map[string]string{"main.tf": provider + `
resource "aws_redshift_cluster" "unset" {}
resource "aws_redshift_cluster" "off" {
  encrypted = "false"
}
`}, want: []want{
			{"main.tf", [2]int{8, 15}, [2]int{8, 22}, []string{"aws_redshift_cluster.off", "encrypted is false"}},
		}},
		{name: "messaging and streams", files: map[string]string{"main.tf": provider + `
resource "aws_sns_topic" "plain" {}
resource "aws_sns_topic" "keyed" {
  kms_master_key_id = "alias/aws/sns"
}
resource "aws_sqs_queue" "default" {}
resource "aws_sqs_queue" "off" {
  sqs_managed_sse_enabled = false
}
resource "aws_sqs_queue" "kms" {
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/app"
}
resource "aws_kinesis_stream" "unset" {}
resource "aws_kinesis_stream" "none" {
  encryption_type = "NONE"
}
resource "aws_kinesis_stream" "kms" {
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}
`}, want: []want{
			{"main.tf", [2]int{6, 1}, [2]int{6, 33}, []string{"aws_sns_topic.plain", "kms_master_key_id is not set", "Set kms_master_key_id to a KMS key ARN or alias."}},
			{"main.tf", [2]int{12, 29}, [2]int{12, 34}, []string{"aws_sqs_queue.off", "sqs_managed_sse_enabled is false"}},
			{"main.tf", [2]int{18, 1}, [2]int{18, 38}, []string{"aws_kinesis_stream.unset", `Set encryption_type = "KMS".`}},
			{"main.tf", [2]int{20, 21}, [2]int{20, 27}, []string{"aws_kinesis_stream.none", "encryption_type is NONE"}},
		}},
		{name: "always encrypted stores stay silent", files: map[string]string{"main.tf": provider + `
resource "aws_dynamodb_table" "t" {
  server_side_encryption {
    enabled = false
  }
}
resource "aws_s3_bucket" "b" {}
resource "aws_cloudwatch_log_group" "l" {}
resource "aws_secretsmanager_secret" "s" {}
resource "aws_backup_vault" "v" {}
resource "aws_elasticache_cluster" "transit_only" {
  transit_encryption_enabled = false
}
resource "aws_mq_broker" "owned" {
  encryption_options {
    use_aws_owned_key = true
  }
}
`}},
		{name: "drs staging volumes", files: map[string]string{"main.tf": provider + `
resource "aws_drs_replication_configuration_template" "none" {
  ebs_encryption = "NONE"
}
resource "aws_drs_replication_configuration_template" "default" {
  ebs_encryption = "DEFAULT"
}
`}, want: []want{
			{"main.tf", [2]int{7, 20}, [2]int{7, 26}, []string{"aws_drs_replication_configuration_template.none stores its data unencrypted at rest: ebs_encryption is NONE", `Set ebs_encryption = "DEFAULT".`, "EBS encryption by default in us-east-1"}},
		}},
	})
}

// Defaults that hold only under a condition, and sources that settle them.
func TestConditionalDefaults(t *testing.T) {
	run(t, []testCase{
		{name: "api gateway cache only when caching is on", files: map[string]string{"main.tf": provider + `
resource "aws_api_gateway_method_settings" "cached" {
  settings {
    caching_enabled = true
  }
}
resource "aws_api_gateway_method_settings" "uncached" {
  settings {
    metrics_enabled = true
  }
}
resource "aws_api_gateway_method_settings" "encrypted" {
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
`}, want: []want{
			{"main.tf", [2]int{7, 3}, [2]int{7, 11}, []string{"aws_api_gateway_method_settings.cached", "settings.cache_data_encrypted is not set"}},
		}},
		// Firehose encrypts its interim storage whatever server_side_encryption
		// says, so only require_customer_managed_key has something to ask, and
		// not of a stream whose Kinesis source keeps the data.
		{name: "firehose always encrypts its interim storage", files: map[string]string{"main.tf": provider + `
resource "aws_kinesis_firehose_delivery_stream" "direct_put" {
  destination = "extended_s3"
}
resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:us-east-1:111122223333:stream/s"
  }
}
`}},
		{name: "firehose from a kinesis stream takes its key", files: map[string]string{
			".tflint.hcl": config(`  require_customer_managed_key = true`),
			"main.tf": provider + `
resource "aws_kinesis_firehose_delivery_stream" "direct_put" {
  destination = "extended_s3"
}
resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:us-east-1:111122223333:stream/s"
  }
}
`,
		}, want: []want{
			{"main.tf", [2]int{6, 1}, [2]int{6, 61}, []string{"aws_kinesis_firehose_delivery_stream.direct_put is encrypted at rest with an AWS owned or AWS managed key: set server_side_encryption.key_arn"}},
		}},
		{name: "appsync cache is not replaced", files: map[string]string{"main.tf": provider + `
resource "aws_appsync_api_cache" "c" {
  api_caching_behavior = "FULL_REQUEST_CACHING"
}
`}, want: []want{
			{"main.tf", [2]int{6, 1}, [2]int{6, 37}, []string{"aws_appsync_api_cache.c", "Set at_rest_encryption_enabled = true."}},
		}},
	})
}
