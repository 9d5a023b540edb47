resource "aws_security_group" "exported" {} # want `aws_security_group\.exported has no egress rules` @ `resource "aws_security_group" "exported"`
output "security_group_id" {
  value = aws_security_group.exported.id
}
