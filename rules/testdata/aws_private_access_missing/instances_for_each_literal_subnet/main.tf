provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "web" {
  for_each  = toset(["subnet-1", "subnet-2"])
  subnet_id = each.value
}
