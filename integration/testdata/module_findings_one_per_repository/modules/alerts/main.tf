variable "name" {
  type = string
}

variable "audit_key" {
  type    = string
  default = null
}

# The module's own defect: no key, whatever the caller passes.
resource "aws_sns_topic" "alerts" {
  name = var.name
}

# A caller decides: a call that passes no audit_key leaves it unencrypted.
resource "aws_sns_topic" "audit" {
  name              = "${var.name}-audit"
  kms_master_key_id = var.audit_key
}
