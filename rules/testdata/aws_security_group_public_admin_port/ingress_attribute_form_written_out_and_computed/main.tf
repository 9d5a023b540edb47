locals {
  rules = [
    { from_port = 3389, to_port = 3389, protocol = "tcp", cidr_blocks = ["0.0.0.0/0"], ipv6_cidr_blocks = [], prefix_list_ids = [], security_groups = [], self = false, description = "" },
  ]
}
resource "aws_security_group" "attr" {
  ingress = [
    { # want `An ingress rule of aws_security_group\.attr opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ "{" ... "}"
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
      description      = "ssh"
    },
    {
      from_port        = 443
      to_port          = 443
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
      description      = "https"
    },
  ]
}
resource "aws_security_group" "computed" { # want `An ingress rule of aws_security_group\.computed opens TCP port 3389 \(RDP\) to 0\.0\.0\.0/0,` @ `resource "aws_security_group" "computed"`
  ingress = local.rules
}
resource "aws_security_group" "none" {
  ingress = []
}
