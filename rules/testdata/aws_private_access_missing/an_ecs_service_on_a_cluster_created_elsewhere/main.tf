provider "aws" {
  region = "us-east-1"
}

variable "cluster_arn" {
  type = string
}
resource "aws_ecs_service" "api" {
  cluster = var.cluster_arn
}
