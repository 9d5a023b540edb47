provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "app" {}
resource "aws_vpc_endpoint_service" "admin" {
  acceptance_required        = true
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/admin/1"]
}
