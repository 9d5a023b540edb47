resource "aws_db_instance" "db" { # want `aws_db_instance\.db sets no master password source\. .*` @ `resource "aws_db_instance" "db"`
  engine = "mysql"
}
