# A reusable module (no provider, no backend) is not a configuration root.
resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}
