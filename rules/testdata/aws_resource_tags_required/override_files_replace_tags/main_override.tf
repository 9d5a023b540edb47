resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", owner = "team" } # want `aws_sqs_queue\.q is missing the required tag "Owner":.* \(aws\)\. It has "owner";` @ `{ Environment = "prod", owner = "team" }`
}
