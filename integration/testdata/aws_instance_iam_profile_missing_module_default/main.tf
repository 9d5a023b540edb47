provider "aws" {
  region = "us-east-1"
}

# Fires at the module block: the caller is silent, so the module's default
# null leaves module.silent.aws_instance.this without a profile. TFLint's
# module-call check used to drop it (the range used no argument of the caller).
module "silent" {
  source = "./modules/instance"
}

# Fires at the argument that passes null.
module "explicit_null" {
  source               = "./modules/instance"
  iam_instance_profile = null
}

# Fine: a profile.
module "with_profile" {
  source               = "./modules/instance"
  iam_instance_profile = "app"
}

# Fine: the finding at this caller is acknowledged, as any other is.
# tflint-ignore: aws_instance_iam_profile_missing
module "ignored" {
  source = "./modules/instance"
}

module "ignored_argument" {
  source = "./modules/instance"
  # tflint-ignore: aws_instance_iam_profile_missing
  iam_instance_profile = null
}
