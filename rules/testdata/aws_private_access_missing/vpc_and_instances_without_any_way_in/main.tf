provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app, aws_db_instance\.db, aws_lb\.web\) but has no private access path \(VPN, Client VPN, PrivateLink interface endpoint, EC2 Instance Connect endpoint, Direct Connect or transit gateway attachment\), so administrators reach them over the internet or not at all\. Add an aws_ec2_client_vpn_endpoint, a site-to-site VPN \(aws_vpn_gateway and aws_vpn_connection\), interface VPC endpoints for SSM Session Manager, or an aws_ec2_transit_gateway_vpc_attachment to a network that has one\.` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "a" {
  vpc_id = aws_vpc.main.id
}
resource "aws_instance" "app" {
  count     = 3
  subnet_id = aws_subnet.a.id
}
resource "aws_db_instance" "db" {}
resource "aws_lb" "web" {
  subnets = [aws_subnet.a.id]
}
resource "aws_s3_bucket" "logs" {}
