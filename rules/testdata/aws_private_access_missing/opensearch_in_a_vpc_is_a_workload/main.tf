provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_opensearch_domain\.private\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_security_group" "search" {}
resource "aws_opensearch_domain" "private" {
  vpc_options {
    security_group_ids = [aws_security_group.search.id]
  }
}
