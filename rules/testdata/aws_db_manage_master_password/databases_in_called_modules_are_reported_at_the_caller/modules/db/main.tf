variable "password" {
  type    = string
  default = null
}
variable "managed" {
  type    = bool
  default = null
}

resource "aws_db_instance" "from_caller" {
  password = var.password
}

resource "aws_db_instance" "switched_off" {
  manage_master_user_password = var.managed
}

resource "aws_db_instance" "bare" {
  count = var.managed == true ? 0 : 1
}

resource "aws_rds_cluster" "bare" {
  count = var.managed == true ? 0 : 1
}
