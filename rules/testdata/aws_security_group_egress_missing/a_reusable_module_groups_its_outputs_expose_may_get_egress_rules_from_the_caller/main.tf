resource "aws_security_group" "exported" {}
resource "aws_security_group" "internal" {} # want `aws_security_group\.internal has no egress rules` @ `resource "aws_security_group" "internal"`
output "security_group_id" {
  value = aws_security_group.exported.id
}
