provider "aws" {
  region = "us-east-1"
}

variable "private_subnet_ids" {
  type = list(string)
}
data "aws_vpc" "shared" {
  tags = { Name = "shared" }
}
resource "aws_security_group" "app" {
  vpc_id = data.aws_vpc.shared.id
}
resource "aws_instance" "app" {
  vpc_security_group_ids = [aws_security_group.app.id]
}
resource "aws_ecs_service" "api" {
  network_configuration {
    subnets = var.private_subnet_ids
  }
}
