module "templates" {
  source = "./templates"
}
module "nodes" {
  source      = "./nodes"
  template_id = aws_launch_template.nodes.id
}
resource "aws_launch_template" "nodes" {}
resource "aws_instance" "from_bare" { # want `aws_instance\.from_bare sets no iam_instance_profile and its launch template module\.templates\.aws_launch_template\.bare has none either, so the instance runs` @ `resource "aws_instance" "from_bare"`
  launch_template {
    id = module.templates.bare_id
  }
}
resource "aws_instance" "from_profiled" {
  launch_template {
    id = module.templates.profiled_id
  }
}
resource "aws_instance" "through_for_each" { # want `aws_instance\.through_for_each sets no iam_instance_profile and its launch template module\.templates\.aws_launch_template\.bare has none either, so the instance runs` @ `resource "aws_instance" "through_for_each"`
  for_each = { a = module.templates.bare_id }
  launch_template {
    id = each.value
  }
}
