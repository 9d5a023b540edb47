# No default provider "aws" block: the default provider takes its region from
# the environment (AWS_REGION, the profile), which may well be us-west-2.
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

resource "aws_instance" "default" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# us-west-2 has no way in: reported once, here. The environment's region has
# none either, but it may be us-west-2, so it gets no finding of its own.
resource "aws_instance" "west" {
  provider      = aws.west
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# eu-west-1 has a Client VPN.
resource "aws_instance" "eu" {
  provider      = aws.eu
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_ec2_client_vpn_endpoint" "eu" {
  provider               = aws.eu
  server_certificate_arn = "arn:aws:acm:eu-west-1:111111111111:certificate/admin"
  client_cidr_block      = "10.100.0.0/22"

  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = "arn:aws:acm:eu-west-1:111111111111:certificate/root"
  }

  connection_log_options {
    enabled = false
  }
}
