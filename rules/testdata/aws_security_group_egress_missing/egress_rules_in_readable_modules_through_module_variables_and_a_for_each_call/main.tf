resource "aws_security_group" "direct" {}
resource "aws_security_group" "each" {}
resource "aws_security_group" "ingress_only" {} # want `aws_security_group\.ingress_only has no egress rules` @ `resource "aws_security_group" "ingress_only"`
module "egress" {
  source = "./modules/egress"
  sg_id  = aws_security_group.direct.id
}
module "egress_each" {
  source   = "./modules/egress"
  for_each = { app = aws_security_group.each.id }
  sg_id    = each.value
}
module "ingress" {
  source = "./modules/ingress"
  sg_id  = aws_security_group.ingress_only.id
}
