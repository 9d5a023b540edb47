# The default provider deploys nothing: its hard-coded region steers nothing,
# and the aliased providers name their regions freely.
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "dns"
  region = "eu-west-1"
}

resource "aws_route53_record" "ns" {
  provider = aws.dns
  zone_id  = "Z123"
  name     = "account.example.org"
  type     = "NS"
}
