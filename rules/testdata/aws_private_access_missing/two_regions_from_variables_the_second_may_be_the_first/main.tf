variable "region" {
  type = string
}
variable "dr_region" {
  type = string
}
provider "aws" { # want `The region of provider aws hosts private networks or workloads \(aws_instance\.main\) but has no private access path` @ `provider "aws"`
  region = var.region
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
resource "aws_instance" "main" {}
resource "aws_instance" "dr" {
  provider = aws.dr
}
