provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.us-east-1.s3"
}
resource "aws_vpc_endpoint" "dynamodb" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.dynamodb"
  vpc_endpoint_type = "Gateway"
}
resource "aws_vpc_endpoint" "gwlb" {
  vpc_id            = aws_vpc.main.id
  vpc_endpoint_type = "GatewayLoadBalancer"
}
resource "aws_vpc_endpoint" "null_type" {
  vpc_id            = aws_vpc.main.id
  vpc_endpoint_type = null
}
