variable "manage_password" {
  type    = bool
  default = true
}

resource "aws_db_instance" "this" {
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  username                    = "admin"
  manage_master_user_password = var.manage_password
}

output "master_secret_arn" {
  value = aws_db_instance.this.master_user_secret[0].secret_arn
}
