resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod" } # want `aws_sqs_queue\.q is missing the required tag "Owner":.* \(aws\)\.` @ `{ Environment = "prod" }`
}
