# A reusable module: no provider block, so it never fires, neither linted on
# its own under --recursive nor as the module the roots call.
variable "name" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name = var.name
}
