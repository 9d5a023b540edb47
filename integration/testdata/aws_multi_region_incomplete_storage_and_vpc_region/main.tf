provider "aws" {
  region = "us-east-1"
}

# us-west-2 so far holds storage and a VPC: a network is the start of a stack,
# so it is a deployment region and lacks what us-east-1 has.
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "main" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_instance" "main" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.main.id
}

resource "aws_s3_bucket" "main" {}

resource "aws_vpc" "west" {
  provider   = aws.west
  cidr_block = "10.1.0.0/16"
}

resource "aws_s3_bucket" "west" {
  provider = aws.west
}
