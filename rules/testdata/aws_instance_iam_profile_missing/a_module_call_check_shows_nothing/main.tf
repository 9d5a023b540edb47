# The root's check reports what a called module holds, at the caller: TFLint's
# module-call checks show nothing, so each finding appears once.
resource "aws_instance" "this" {
  iam_instance_profile = null
}
