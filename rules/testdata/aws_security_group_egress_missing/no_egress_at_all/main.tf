resource "aws_security_group" "app" { # want `aws_security_group\.app has no egress rules, and Terraform removes the allow-all egress rule AWS adds to new security groups, so this group allows no outbound traffic\. Add egress rules scoped to the destinations and ports it needs, or set egress = \[\] to state that it needs none\.` @ `resource "aws_security_group" "app"`
  name = "app"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
