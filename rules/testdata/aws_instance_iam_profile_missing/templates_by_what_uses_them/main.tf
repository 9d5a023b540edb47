resource "aws_launch_template" "asg" {} # want `aws_launch_template\.asg has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "asg"`
resource "aws_autoscaling_group" "asg" {
  min_size = 1
  max_size = 2
  launch_template {
    id      = aws_launch_template.asg.id
    version = "$Latest"
  }
}
resource "aws_launch_template" "mixed" {} # want `aws_launch_template\.mixed has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "mixed"`
locals {
  mixed_id = aws_launch_template.mixed.id
}
resource "aws_autoscaling_group" "mixed" {
  min_size = 1
  max_size = 2
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = local.mixed_id
      }
    }
  }
}
resource "aws_launch_template" "fleet" {} # want `aws_launch_template\.fleet has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "fleet"`
resource "aws_ec2_fleet" "fleet" {
  launch_template_config {
    launch_template_specification {
      launch_template_name = aws_launch_template.fleet.name
      version              = "$Latest"
    }
  }
}
resource "aws_launch_template" "eks" {}
resource "aws_eks_node_group" "eks" {
  cluster_name  = "main"
  node_role_arn = "arn:aws:iam::123456789012:role/nodes"
  launch_template {
    id      = aws_launch_template.eks.id
    version = aws_launch_template.eks.latest_version
  }
}
resource "aws_launch_template" "eks_by_name" {
  name = "eks-nodes"
}
resource "aws_eks_node_group" "by_name" {
  launch_template {
    name    = "eks-nodes"
    version = "1"
  }
}
resource "aws_launch_template" "batch" {}
resource "aws_batch_compute_environment" "batch" {
  type = "MANAGED"
  compute_resources {
    type          = "EC2"
    instance_role = "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole"
    max_vcpus     = 16
    subnets       = ["subnet-1"]
    launch_template {
      launch_template_id = aws_launch_template.batch.id
    }
  }
}
resource "aws_launch_template" "exported" {}
output "template_id" {
  value = aws_launch_template.exported.id
}
resource "aws_launch_template" "handed_to_module" {}
module "nodes" {
  source      = "terraform-aws-modules/eks/aws//modules/eks-managed-node-group"
  template_id = aws_launch_template.handed_to_module.id
}
resource "aws_launch_template" "unused" {} # want `aws_launch_template\.unused has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "unused"`
resource "aws_launch_template" "gone" {
  count = 0
}
