provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

# EBS encryption by default is per region: on in us-east-1 only.
resource "aws_ebs_encryption_by_default" "east" {
  enabled = true
}

resource "aws_ebs_volume" "east" {
  availability_zone = "us-east-1a" # silent: covered by the us-east-1 default
}

resource "aws_ebs_volume" "west" {
  provider          = aws.west
  availability_zone = "us-west-2a" # finding: no default in us-west-2
}

resource "aws_instance" "west" {
  provider      = aws.west
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20 # silent: the root takes the AMI's snapshot encryption
  }

  ebs_block_device {
    device_name = "/dev/sdf" # finding: a new empty volume
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0" # silent: the snapshot's encryption
  }
}

resource "aws_launch_template" "west" {
  provider = aws.west
  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      encrypted = "false" # finding
    }
  }
}

resource "aws_launch_template" "east" {
  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      encrypted = "false" # silent: the us-east-1 default encrypts it anyway
    }
  }
}

# Replicas, restores and cluster members take their source's encryption.
resource "aws_db_instance" "replica_west" {
  provider            = aws.west
  replicate_source_db = "arn:aws:rds:us-east-1:111122223333:db:orders"
}

resource "aws_db_instance" "restored" {
  snapshot_identifier = "orders-final"
}

resource "aws_rds_global_cluster" "global" {
  global_cluster_identifier = "global"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}

resource "aws_rds_cluster" "primary" {
  engine                    = "aurora-postgresql"
  global_cluster_identifier = aws_rds_global_cluster.global.id
}

resource "aws_rds_cluster" "secondary" {
  provider                  = aws.west
  engine                    = "aurora-postgresql"
  global_cluster_identifier = aws_rds_global_cluster.global.id
}

resource "aws_rds_global_cluster" "plain" {
  global_cluster_identifier = "plain"
  engine                    = "aurora-postgresql" # finding: members take its unencrypted storage
}

resource "aws_neptune_cluster" "restored" {
  snapshot_identifier = "graph-final"
}
