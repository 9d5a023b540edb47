
provider "aws" {
  region = "us-east-1"
}

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
