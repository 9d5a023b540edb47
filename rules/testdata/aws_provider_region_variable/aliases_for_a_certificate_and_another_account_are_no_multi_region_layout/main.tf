# A us-east-1 alias for a certificate module and a DNS account's alias in
# the default's region: the root deploys to one region.
provider "aws" {
  region = "eu-west-1" # want "hard-codes its region" @ `"eu-west-1"`
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

provider "aws" {
  alias  = "dns"
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::111122223333:role/dns"
  }
}

module "cert" {
  source = "github.com/example/terraform-aws-acm-certificate?ref=v1.0.0"
  providers = {
    aws     = aws.us_east_1
    aws.dns = aws.dns
  }
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
