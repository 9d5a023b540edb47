provider "aws" {
  region = "us-east-1"
}

variable "enable_bastion" {
  type    = bool
  default = true
}

variable "app_rules" {
  type = list(object({ port = number, cidrs = list(string) }))
  default = [
    { port = 443, cidrs = ["0.0.0.0/0"] },
  ]
}

resource "aws_security_group" "web" {
  name = "web"

  # Fires: SSH from anywhere.
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # Fine: HTTPS from anywhere.
  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  # Fine: RDP's UDP transport alone does not expose the login.
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # Fine: content depends on the iterator, so it is not judged.
  dynamic "ingress" {
    for_each = var.app_rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }

  # Fires: a toggled SSH rule that is on.
  dynamic "ingress" {
    for_each = var.enable_bastion ? [1] : []
    content {
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      ipv6_cidr_blocks = ["::/0"]
    }
  }

  # Fine: egress is not judged.
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Fires: RDP from anywhere.
resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8", "0.0.0.0/0"]
}

# Fires: all traffic from anywhere over IPv6.
resource "aws_vpc_security_group_ingress_rule" "everything" {
  security_group_id = aws_security_group.web.id
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}

# Fine: SSH from a private range.
resource "aws_vpc_security_group_ingress_rule" "internal_ssh" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}

# Fires: the default security group is managed here too.
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Fires inside the module, reported at the argument that passes the CIDR.
module "bastion" {
  source        = "./modules/bastion"
  allowed_cidrs = ["0.0.0.0/0"]
}

# Fine inside the module: the source is private.
module "bastion_private" {
  source        = "./modules/bastion"
  allowed_cidrs = ["192.168.0.0/16"]
}
