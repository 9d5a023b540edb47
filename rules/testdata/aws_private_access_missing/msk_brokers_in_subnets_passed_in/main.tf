provider "aws" {
  region = "us-east-1"
}

variable "subnets" {
  type = list(string)
}
resource "aws_msk_cluster" "events" {
  cluster_name = "events"
  broker_node_group_info {
    client_subnets = var.subnets
  }
}
