provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tag "Owner", so 4 resources that set no tags of their own \(module\.inherits\.aws_s3_bucket\.this, module\.inherits\.module\.inner\.aws_sns_topic\.this, module\.passed\.aws_s3_bucket\.this and 1 more\) lack it too:` @ "default_tags"
    tags = { Environment = "prod" }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags { # want `^default_tags of provider configuration aws\.west lack the required tag "Owner", so 2 resources that set no tags of their own \(module\.west\.aws_s3_bucket\.this, module\.west\.module\.inner\.aws_sns_topic\.this\) lack it too:` @ "default_tags"
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

# The bucket's own tags come from the caller and lack Owner: its own finding,
# shown at the argument that sets them.
module "named" {
  source = "./modules/app"
  tags   = { Name = "named" } # want `^module\.named\.aws_s3_bucket\.this is missing the required tag "Owner":.* \(aws\)\. The same applies to module\.named\.module\.inner\.aws_sns_topic\.this\.$` @ `{ Name = "named" }`
}
