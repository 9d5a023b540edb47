provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

module "vpc" { source = "./modules/vpc" }
resource "aws_instance" "app" {
  subnet_id = module.vpc.subnet_id
}
