resource "aws_ec2_client_vpn_endpoint" "admin" {}
