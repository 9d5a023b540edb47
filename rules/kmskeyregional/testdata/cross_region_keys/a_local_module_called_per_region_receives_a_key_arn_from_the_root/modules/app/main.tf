
variable "key_arn" {
  type = string
}
resource "aws_sqs_queue" "this" {
  kms_master_key_id = var.key_arn
}
resource "aws_sns_topic" "this" {
  kms_master_key_id = var.key_arn
}
