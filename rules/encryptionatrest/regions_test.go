package encryptionatrest

import "testing"

const twoRegions = `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
`

// EBS encryption by default is per account and region: it covers volumes,
// instance block devices and launch templates in its region only.
func TestEBSDefaultPerRegion(t *testing.T) {
	volumes := `
resource "aws_ebs_volume" "east" {
  availability_zone = "us-east-1a"
}
resource "aws_ebs_volume" "west" {
  provider          = aws.west
  availability_zone = "us-west-2a"
  encrypted         = false
}
resource "aws_instance" "west" {
  provider = aws.west
  ebs_block_device {
    device_name = "/dev/sdf"
  }
}
`
	run(t, []testCase{
		{name: "default in one region covers it only", files: map[string]string{"main.tf": twoRegions + `
resource "aws_ebs_encryption_by_default" "east" {
  enabled = true
}
` + volumes}, want: []want{
			{"main.tf", [2]int{20, 23}, [2]int{20, 28}, []string{"aws_ebs_volume.west", "encrypted is false", "EBS encryption by default in us-west-2 (provider aws.west) would also cover it"}},
			{"main.tf", [2]int{24, 3}, [2]int{24, 19}, []string{"aws_instance.west", "ebs_block_device.encrypted is not set"}},
		}},
		{name: "per-resource region", files: map[string]string{"main.tf": twoRegions + `
resource "aws_ebs_encryption_by_default" "west" {
  region = "us-west-2"
}
` + volumes}, want: []want{
			{"main.tf", [2]int{14, 1}, [2]int{14, 33}, []string{"aws_ebs_volume.east", "EBS encryption by default in us-east-1 (provider aws) would also cover it"}},
		}},
		{name: "disabled default covers nothing", files: map[string]string{"main.tf": provider + `
resource "aws_ebs_encryption_by_default" "off" {
  enabled = false
}
resource "aws_ebs_volume" "v" {}
`}, want: []want{
			{"main.tf", [2]int{9, 1}, [2]int{9, 30}, []string{"aws_ebs_volume.v"}},
		}},
		{name: "unknown default stays silent", files: map[string]string{"main.tf": provider + `
variable "ebs_default" {
  type = bool
}
resource "aws_ebs_encryption_by_default" "maybe" {
  enabled = var.ebs_default
}
resource "aws_ebs_volume" "v" {}
`}},
		{name: "landing zone regions from the rule setting", files: map[string]string{
			".tflint.hcl": config(`  ebs_default_regions = ["us-east-1"]`),
			"main.tf":     twoRegions + volumes,
		}, want: []want{
			{"main.tf", [2]int{16, 23}, [2]int{16, 28}, []string{"aws_ebs_volume.west"}},
			{"main.tf", [2]int{20, 3}, [2]int{20, 19}, []string{"aws_instance.west"}},
		}},
		{name: "region from a variable stays silent when a landing zone names regions", files: map[string]string{
			".tflint.hcl": config(`  ebs_default_regions = ["us-east-1"]`),
			"main.tf": `
variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
resource "aws_ebs_volume" "v" {}
`}},
	})
}

// Read replicas, restores, cluster members and volumes from snapshots take
// their source's encryption, which the configuration does not show.
func TestInheritedEncryption(t *testing.T) {
	run(t, []testCase{
		{name: "replicas and restores", files: map[string]string{"main.tf": provider + `
resource "aws_db_instance" "replica" {
  replicate_source_db = "arn:aws:rds:us-west-2:111122223333:db:primary"
}
resource "aws_db_instance" "restored" {
  snapshot_identifier = "snap"
  storage_encrypted   = false
}
resource "aws_db_instance" "pitr" {
  restore_to_point_in_time {
    source_db_instance_identifier = "primary"
  }
}
resource "aws_rds_cluster" "restored" {
  snapshot_identifier = "snap"
}
resource "aws_rds_cluster" "replica" {
  replication_source_identifier = "arn:aws:rds:us-west-2:111122223333:cluster:primary"
}
resource "aws_docdb_cluster" "restored" {
  snapshot_identifier = "snap"
}
resource "aws_neptune_cluster" "member" {
  global_cluster_identifier = "g"
}
resource "aws_rds_global_cluster" "from_source" {
  source_db_cluster_identifier = "arn:aws:rds:us-east-1:111122223333:cluster:primary"
}
resource "aws_redshift_cluster" "restored" {
  snapshot_identifier = "snap"
  encrypted           = "false"
}
resource "aws_instance" "root_from_ami" {
  ami = "ami-123"
}
resource "aws_launch_template" "root_from_ami" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
    }
  }
}
`}},
		{name: "a null source is no source", files: map[string]string{"main.tf": provider + `
variable "snapshot" {
  type    = string
  default = null
}
resource "aws_db_instance" "fresh" {
  snapshot_identifier = var.snapshot
}
`}, want: []want{
			{"main.tf", [2]int{10, 1}, [2]int{10, 35}, []string{"aws_db_instance.fresh", "storage_encrypted is not set"}},
		}},
		{name: "an unknown source stays silent", files: map[string]string{"main.tf": provider + `
variable "snapshot" {
  type = string
}
resource "aws_db_instance" "maybe" {
  snapshot_identifier = var.snapshot
}
`}},
	})
}
