provider "aws" {}
provider "aws" {
  alias = "audit"
}
resource "aws_vpc" "primary" {}
resource "aws_security_group" "audit" {
  provider = aws.audit
}
