provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = "us-east-2"
}
module "replication" {
  source    = "./modules/replication"
  providers = { aws.primary = aws.primary, aws.dr = aws.dr }
}
resource "aws_vpc" "primary" {
  provider = aws.primary
}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
