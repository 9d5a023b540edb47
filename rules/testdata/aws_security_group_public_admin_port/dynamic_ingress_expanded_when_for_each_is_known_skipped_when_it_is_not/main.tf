variable "rules" {
  default = [{ port = 22, cidrs = ["0.0.0.0/0"] }]
}
variable "bastion" {
  default = true
}
variable "unknown" {
  type = bool
}
resource "aws_security_group" "dyn" {
  dynamic "ingress" { # want `An ingress rule of aws_security_group\.dyn opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `dynamic "ingress"`
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }
  dynamic "ingress" { # want `An ingress rule of aws_security_group\.dyn opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `dynamic "ingress"`
    for_each = var.bastion ? [1] : []
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  dynamic "ingress" {
    for_each = []
    content {
      from_port   = 3389
      to_port     = 3389
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  dynamic "ingress" {
    for_each = var.unknown ? [1] : []
    iterator = rule
    content {
      from_port   = 3389
      to_port     = 3389
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
