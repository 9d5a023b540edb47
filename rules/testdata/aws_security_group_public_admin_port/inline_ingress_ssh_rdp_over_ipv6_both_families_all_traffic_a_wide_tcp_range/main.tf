resource "aws_security_group" "web" {
  ingress { # want `An ingress rule of aws_security_group\.web opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ "ingress"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress { # want `An ingress rule of aws_security_group\.web opens TCP port 3389 \(RDP\) to ::/0, so anyone on the internet can try to log in to or exploit the service listening there\. Allow only known source CIDRs, prefix lists or security groups, or reach the hosts through SSM Session Manager or EC2 Instance Connect Endpoint instead\.` @ "ingress"
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
  ingress { # want `An ingress rule of aws_security_group\.web opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0 and ::/0,` @ "ingress"
    from_port        = 22
    to_port          = 22
    protocol         = 6
    cidr_blocks      = ["10.0.0.0/8", "0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
  ingress { # want `An ingress rule of aws_security_group\.web opens all protocols and ports, including port 22 \(SSH\) and port 3389 \(RDP\), to 0\.0\.0\.0/0,` @ "ingress"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress { # want `An ingress rule of aws_security_group\.web opens TCP ports 0-65535, including port 22 \(SSH\) and port 3389 \(RDP\), to 0\.0\.0\.0/0,` @ "ingress"
    from_port   = "0"
    to_port     = "65535"
    protocol    = "TCP"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
