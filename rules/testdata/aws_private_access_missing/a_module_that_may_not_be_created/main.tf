provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "create" {
  type = bool
}
module "net" {
  source = "./modules/net"
  count  = var.create ? 1 : 0
}
