resource "aws_vpc_endpoint" "ssm" {
  vpc_endpoint_type = "Interface"
}
