# The root's check reports what a called module holds, at the caller: TFLint's
# module-call checks show nothing, so each finding appears once.
resource "aws_security_group" "exported" {}
resource "aws_security_group" "internal" {}
output "group" {
  value = aws_security_group.exported
}
