provider "aws" { # want `Region us-west-2 \(provider aws\.west\) hosts private networks or workloads \(aws_instance\.west\) but has no private access path` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}

resource "aws_instance" "default" {}
resource "aws_instance" "west" {
  provider = aws.west
}
