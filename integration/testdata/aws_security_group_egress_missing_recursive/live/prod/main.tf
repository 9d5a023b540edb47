provider "aws" {
  region = "eu-central-1"
}

# Fires once, here: the module's group has no egress. The module's directory,
# which tflint --recursive also visits, reports nothing of its own: this
# caller reports it.
module "app" {
  source = "../../modules/app"
  name   = "prod"
}
