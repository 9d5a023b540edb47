# The aliases deploy to eu-west-1 and eu-west-2; the default provider's
# us-east-2 is none of them.
provider "aws" {
  region = "us-east-2" # want "hard-codes its region" @ `"us-east-2"`
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
