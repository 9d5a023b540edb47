resource "aws_ec2_transit_gateway_vpc_attachment" "hub" {}
