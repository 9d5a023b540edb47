variable "groups" {
  type    = list(string)
  default = []
}

resource "aws_security_group" "database" {}

resource "aws_security_group" "access" {
  egress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_db_instance" "main" {
  vpc_security_group_ids      = concat(var.groups, [aws_security_group.database.id])
  manage_master_user_password = true
}

output "access_group" {
  value = aws_security_group.access.id
}
