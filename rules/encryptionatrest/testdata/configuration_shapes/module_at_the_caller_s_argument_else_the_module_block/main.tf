
provider "aws" {
  region = "us-east-1"
}

module "store" { # want `module\.store\.aws_efs_file_system\.shared` @ `module "store"`
  source    = "./modules/store"
  encrypted = false # want `module\.store\.aws_ebs_volume\.data.*encrypted is false` @ "false"
}
