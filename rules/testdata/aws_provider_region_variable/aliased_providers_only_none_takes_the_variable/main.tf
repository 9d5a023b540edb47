variable "aws_region" {
  type = string
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1" # want `No aws provider of this root takes its region from var\.aws_region: there is no default aws provider and provider aws\.edge hard-codes its region, so the same .* Set region = var\.aws_region in a default aws provider block\.` @ `"us-east-1"`
}
provider "aws" {
  alias  = "main"
  region = "eu-west-1"
}

# Gets the implicit default configuration: what keeps this root judged.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
