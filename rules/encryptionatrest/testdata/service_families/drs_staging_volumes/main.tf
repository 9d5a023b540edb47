
provider "aws" {
  region = "us-east-1"
}

resource "aws_drs_replication_configuration_template" "none" {
  ebs_encryption = "NONE" # want `aws_drs_replication_configuration_template\.none stores its data unencrypted at rest: ebs_encryption is NONE.*Set ebs_encryption = "DEFAULT"\..*EBS encryption by default in us-east-1` @ `"NONE"`
}
resource "aws_drs_replication_configuration_template" "default" {
  ebs_encryption = "DEFAULT"
}
