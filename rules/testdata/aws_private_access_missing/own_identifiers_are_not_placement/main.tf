provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_rds_cluster\.db, aws_msk_cluster\.events\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_rds_cluster" "db" {
  cluster_identifier = "orders"
}
resource "aws_msk_cluster" "events" {
  cluster_name = "events"
}
