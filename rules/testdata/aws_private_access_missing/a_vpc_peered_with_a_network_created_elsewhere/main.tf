provider "aws" {
  region = "us-east-1"
}

variable "hub_vpc_id" {
  type = string
}
resource "aws_vpc" "spoke" {}
resource "aws_instance" "app" {}
resource "aws_vpc_peering_connection" "hub" {
  vpc_id      = aws_vpc.spoke.id
  peer_vpc_id = var.hub_vpc_id
}
