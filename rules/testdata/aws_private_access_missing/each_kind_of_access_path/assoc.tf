resource "aws_ec2_client_vpn_network_association" "a" {}
