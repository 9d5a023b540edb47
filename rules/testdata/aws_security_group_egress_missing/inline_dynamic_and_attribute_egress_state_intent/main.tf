variable "egress" {
  type = list(any)
}
resource "aws_security_group" "block" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
resource "aws_security_group" "dynamic" {
  dynamic "egress" {
    for_each = []
    content {
      from_port = egress.value
      to_port   = egress.value
      protocol  = "tcp"
    }
  }
}
resource "aws_security_group" "none" {
  egress = []
}
resource "aws_security_group" "unknown" {
  egress = var.egress
}
