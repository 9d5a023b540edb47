provider "aws" {
  region = "eu-west-2"
}

# The us-east-1 alias creates nothing but a central bucket, which the stack in
# eu-west-2 writes to: us-east-1 is not a region the stack is deployed to.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

# A second alias that only holds a replication destination.
provider "aws" {
  alias  = "dr"
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

resource "aws_s3_bucket" "central" {
  provider = aws.us_east_1
  bucket   = "example-central-logs"
}

resource "aws_s3_bucket_versioning" "central" {
  provider = aws.us_east_1
  bucket   = aws_s3_bucket.central.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "replica" {
  provider = aws.dr
}

resource "aws_backup_vault" "copies" {
  provider = aws.dr
  name     = "copies"
}
