
resource "aws_db_instance" "db" {
  storage_encrypted = true
}
resource "aws_efs_file_system" "fs" {
  encrypted = false # want `aws_efs_file_system\.fs.*encrypted is false` @ "false"
}
