
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "main" {}
module "replica" {
  source = "./modules/replica"
}
