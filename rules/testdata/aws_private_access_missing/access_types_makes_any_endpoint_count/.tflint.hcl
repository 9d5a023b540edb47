rule "aws_private_access_missing" {
  enabled      = true
  access_types = ["aws_vpc_endpoint"]
}
