resource "aws_instance" "a" {
  iam_instance_profile = "app"
}
resource "aws_instance" "b" {
  iam_instance_profile = "" # want `aws_instance\.b sets iam_instance_profile to an empty string, so the instance runs` @ `""`
}
