terraform {
  backend "s3" {}
}
resource "aws_vpc" "main" {} # want `The region of provider aws hosts private networks or workloads \(aws_vpc\.main\) but has no private access path` @ `resource "aws_vpc" "main"`
