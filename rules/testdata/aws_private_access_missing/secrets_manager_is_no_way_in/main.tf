provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "this" {
  vpc_id            = "vpc-12345678"
  service_name      = "com.amazonaws.us-east-1.secretsmanager"
  vpc_endpoint_type = "Interface"
}
