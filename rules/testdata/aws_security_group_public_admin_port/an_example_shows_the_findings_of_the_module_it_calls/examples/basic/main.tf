# An example is no deployment, but the module it calls is judged from it
# as from any caller: the module's own directory, called, shows nothing.
provider "aws" {
  region = "us-east-1"
}

module "this" { # want `module\.this\.aws_security_group\.bastion opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `module "this"`
  source = "../.."
}
