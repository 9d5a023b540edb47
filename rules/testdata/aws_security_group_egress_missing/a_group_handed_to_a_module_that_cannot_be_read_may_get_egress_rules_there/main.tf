resource "aws_security_group" "shared" {}
resource "aws_security_group" "kept" {}
module "rules" {
  source  = "terraform-aws-modules/security-group/aws//modules/rules"
  version = "5.1.0"
  groups  = [aws_security_group.shared.id]
}
