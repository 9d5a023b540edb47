provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

# us-east-1 fires: instances in a VPC, and only a gateway endpoint for S3.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_instance" "app" {
  count         = 2
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.app.id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.us-east-1.s3"
}

# A VPN gateway that is switched off does not count.
resource "aws_vpn_gateway" "off" {
  count  = 0
  vpc_id = aws_vpc.main.id
}

# us-west-2 is fine: admins come in through Client VPN.
resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}

resource "aws_instance" "west" {
  provider      = aws.west
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}

resource "aws_ec2_client_vpn_endpoint" "west" {
  provider               = aws.west
  server_certificate_arn = "arn:aws:acm:us-west-2:123456789012:certificate/abc"
  client_cidr_block      = "10.100.0.0/22"

  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = "arn:aws:acm:us-west-2:123456789012:certificate/root"
  }

  connection_log_options {
    enabled = false
  }
}

# eu-west-1 is fine: override.tf turns this endpoint into an interface
# endpoint for SSM Session Manager.
module "eu_net" {
  source    = "./modules/net"
  providers = { aws = aws.eu }
}

resource "aws_vpc_endpoint" "ssm" {
  provider          = aws.eu
  vpc_id            = module.eu_net.vpc_id
  service_name      = "com.amazonaws.eu-west-1.ssm"
  vpc_endpoint_type = "Gateway"
}

# A Lambda-only region has no network workload and never fires.
resource "aws_lambda_function" "tokyo" {
  region        = "ap-northeast-1"
  function_name = "tokyo"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "lambda.zip"
}
