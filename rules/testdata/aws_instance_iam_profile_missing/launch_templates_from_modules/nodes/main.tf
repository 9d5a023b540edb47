variable "template_id" {}
resource "aws_eks_node_group" "this" {
  launch_template {
    id      = var.template_id
    version = "1"
  }
}
