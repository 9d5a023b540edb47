terraform {
  backend "s3" {}
}
resource "aws_sqs_queue" "q" {} # want `aws_sqs_queue\.q is missing the required tags "Environment", "Owner":.* \(aws\)\.` @ `resource "aws_sqs_queue" "q"`
