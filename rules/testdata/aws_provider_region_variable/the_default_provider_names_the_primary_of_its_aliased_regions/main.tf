# One call of the same module per region, each handed the aliased provider of
# its region (and a management account shared by all); the default provider
# names the primary of those regions.
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

provider "aws" {
  alias  = "management"
  region = "eu-west-1"
}

module "eu_west_1" {
  source = "./region"
  providers = {
    aws.region     = aws.eu_west_1
    aws.management = aws.management
  }
}

module "eu_west_2" {
  source = "./region"
  providers = {
    aws.region     = aws.eu_west_2
    aws.management = aws.management
  }
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
