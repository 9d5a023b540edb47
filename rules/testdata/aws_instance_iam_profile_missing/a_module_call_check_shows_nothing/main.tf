resource "aws_instance" "this" {
  iam_instance_profile = null # want `module\.child\.aws_instance\.this sets iam_instance_profile to null, so the instance runs` @ "null"
}
