# One aliased provider per region, each handed to a per-region module call;
# the default provider names the primary of those regions.
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"
}

provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"
}

module "eu_west_1" {
  source    = "./region"
  providers = { aws.region = aws.eu_west_1 }
}

module "eu_west_2" {
  source    = "./region"
  providers = { aws.region = aws.eu_west_2 }
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
