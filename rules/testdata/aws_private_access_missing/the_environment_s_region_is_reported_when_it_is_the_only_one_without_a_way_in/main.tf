provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_instance" "default" {} # want `The region of provider aws hosts private networks or workloads \(aws_instance\.default\) but has no private access path` @ `resource "aws_instance" "default"`
