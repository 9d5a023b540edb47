provider "aws" {
  default_tags {
    tags = { Environment = "prod" }
  }
}
variable "subnet_tags" {
  type = map(string)
}
resource "aws_vpc" "main" {}
resource "aws_ec2_tag" "vpc_owner" {
  resource_id = aws_vpc.main.id
  key         = "Owner"
  value       = "network"
}
resource "aws_subnet" "a" {}
resource "aws_ec2_tag" "subnet" {
  for_each    = var.subnet_tags
  resource_id = aws_subnet.a.id
  key         = each.key
  value       = each.value
}
resource "aws_eks_cluster" "x" {} # want `aws_eks_cluster\.x is missing the required tag "Owner":.* \(aws\)\.` @ `resource "aws_eks_cluster" "x"`
resource "aws_ec2_tag" "cluster_sg" {
  resource_id = aws_eks_cluster.x.vpc_config[0].cluster_security_group_id
  key         = "Owner"
  value       = "platform"
}
resource "aws_ec2_tag" "shared" {
  resource_id = "subnet-0123456789abcdef0"
  key         = "Owner"
  value       = "platform"
}
resource "aws_ecs_cluster" "c" {}
resource "aws_ecs_tag" "c" {
  resource_arn = aws_ecs_cluster.c.arn
  key          = "Owner"
  value        = "platform"
}
