provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(module\.net\.aws_instance\.this\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

module "net" {
  source = "./modules/net"
}
