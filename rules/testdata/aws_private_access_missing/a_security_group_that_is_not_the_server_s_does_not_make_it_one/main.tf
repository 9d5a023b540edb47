provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_security_group" "vpn" {
  ingress {
    protocol    = "udp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_instance" "app" {}
