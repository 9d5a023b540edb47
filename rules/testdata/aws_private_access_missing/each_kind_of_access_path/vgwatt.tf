resource "aws_vpn_gateway_attachment" "a" {}
