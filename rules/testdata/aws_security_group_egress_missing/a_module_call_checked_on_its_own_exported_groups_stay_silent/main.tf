resource "aws_security_group" "exported" {}
resource "aws_security_group" "internal" {} # want `module\.app\.aws_security_group\.internal has no egress rules` @ `resource "aws_security_group" "internal"`
output "group" {
  value = aws_security_group.exported
}
