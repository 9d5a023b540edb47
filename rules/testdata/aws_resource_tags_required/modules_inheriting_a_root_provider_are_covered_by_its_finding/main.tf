provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tag "Owner", so 6 resources that do not set it themselves \(module\.inherits\.aws_s3_bucket\.this, module\.inherits\.module\.inner\.aws_sns_topic\.this, module\.passed\.aws_s3_bucket\.this and 3 more\) lack it too:` @ "default_tags"
    tags = { Environment = "prod" }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags { # want `^default_tags of provider configuration aws\.west lack the required tag "Owner", so 2 resources that do not set it themselves \(module\.west\.aws_s3_bucket\.this, module\.west\.module\.inner\.aws_sns_topic\.this\) lack it too:` @ "default_tags"
    tags = { Environment = "prod" }
  }
}

# The default configuration, inherited.
module "inherits" {
  source = "./modules/app"
}

# The default configuration, passed by name.
module "passed" {
  source    = "./modules/app"
  providers = { aws = aws }
}

module "west" {
  source    = "./modules/app"
  providers = { aws = aws.west }
}

# Own tags from the caller that do not set Owner rely on default_tags too.
module "named" {
  source = "./modules/app"
  tags   = { Name = "named" }
}
