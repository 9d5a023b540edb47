terraform {
  backend "s3" {}
}
resource "aws_instance" "main" {} # want `The region of provider aws hosts private networks or workloads \(aws_instance\.main\) but has no private access path` @ `resource "aws_instance" "main"`
