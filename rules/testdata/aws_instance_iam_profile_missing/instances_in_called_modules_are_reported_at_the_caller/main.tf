provider "aws" {
  region = "us-east-1"
}

# The caller is silent: the module's default null leaves the instance without
# a profile, and the finding goes to the module block.
module "silent" { # want `module\.silent\.aws_instance\.this sets iam_instance_profile to null, so the instance runs` @ `module "silent"`
  source = "./modules/instance"
}

# The caller passes null: the finding goes to its argument.
module "explicit_null" {
  source               = "./modules/instance"
  iam_instance_profile = null # want `module\.explicit_null\.aws_instance\.this sets iam_instance_profile to null` @ "null"
}

module "with_profile" {
  source               = "./modules/instance"
  iam_instance_profile = "app"
}

# Two instances of one module at one module block make one issue.
module "pair" { # want `module\.pair\.aws_instance\.first sets no iam_instance_profile, .* The same applies to module\.pair\.aws_instance\.second\.` @ `module "pair"`
  source = "./modules/pair"
}
