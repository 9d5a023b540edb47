variable "template_id" {
  type = string
}
resource "aws_launch_template" "with_profile" {
  iam_instance_profile {
    name = "app"
  }
}
resource "aws_launch_template" "without" { # want `aws_launch_template\.without has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "without"`
  image_id = "ami-123"
}
resource "aws_instance" "a" {
  launch_template {
    id = aws_launch_template.with_profile.id
  }
}
resource "aws_instance" "b" {
  launch_template {
    name = aws_launch_template.without.name
  }
}
resource "aws_instance" "c" {
  launch_template {
    id = var.template_id
  }
}
resource "aws_instance" "d" {
  iam_instance_profile = ""
  launch_template {
    id = "lt-0123456789abcdef0"
  }
}
resource "aws_launch_template" "overridden" {}
resource "aws_instance" "e" {
  iam_instance_profile = "app"
  launch_template {
    id = aws_launch_template.overridden.id
  }
}
resource "aws_launch_template" "shared" {} # want `aws_launch_template\.shared has no iam_instance_profile, so instances launched from it run` @ `resource "aws_launch_template" "shared"`
resource "aws_instance" "f" {
  iam_instance_profile = "app"
  launch_template {
    id = aws_launch_template.shared.id
  }
}
resource "aws_autoscaling_group" "shared" {
  launch_template {
    id = aws_launch_template.shared.id
  }
}
