resource "aws_security_group" "shared" {}
resource "aws_security_group" "private" {} # want `aws_security_group\.private has no egress rules` @ `resource "aws_security_group" "private"`
module "rules" {
  source = "terraform-aws-modules/security-group/aws//modules/rules"
  groups = [aws_security_group.shared.id]
}
