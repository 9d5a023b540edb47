resource "aws_vpn_connection" "office" {}
