provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.main\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_instance" "main" {}
module "vpn" {
  source = "./modules/vpn"
  count  = 0
}
