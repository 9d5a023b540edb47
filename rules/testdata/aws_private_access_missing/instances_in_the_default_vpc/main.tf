provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.web\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_security_group" "web" {}
resource "aws_instance" "web" {
  ami                    = "ami-123"
  vpc_security_group_ids = [aws_security_group.web.id]
  subnet_id              = null
}
