variable "vpc_id" {
  type = string
}

variable "allowed_cidrs" {
  type = list(string)
}

resource "aws_security_group" "admin" {
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.allowed_cidrs
  }
}
