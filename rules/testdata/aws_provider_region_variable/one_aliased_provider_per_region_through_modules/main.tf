provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

module "primary" {
  source = "./modules/queue"
  providers = {
    aws = aws.primary
  }
}

module "dr" {
  source = "git::https://example.com/queue.git"
  providers = {
    aws = aws.dr
  }
}
