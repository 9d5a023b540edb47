resource "aws_ec2_instance_connect_endpoint" "admin" {}
