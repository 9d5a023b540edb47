resource "aws_nat_gateway" "secondary" {
  count = 0
}
