provider "aws" {
  region = "us-east-1"
}

# Fine: a NAT instance. Source/destination checking is off, as AWS requires
# of an instance that forwards traffic for others; it calls no AWS API.
resource "aws_instance" "nat" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-public"
  associate_public_ip_address = true
  source_dest_check           = false
  user_data                   = "sysctl -w net.ipv4.ip_forward=1"
}

# Fires: checking on, an instance like any other.
resource "aws_instance" "app" {
  ami               = "ami-0123456789abcdef0"
  instance_type     = "t3.micro"
  source_dest_check = true
}
