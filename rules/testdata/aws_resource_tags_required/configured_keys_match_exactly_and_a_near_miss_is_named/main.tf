# Keys set in the rule block are matched exactly (AWS tag keys are
# case-sensitive): default_tags that set owner and environment-name lack
# them. One finding, which names the near misses.
provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tags "Environment", "Owner", so 2 resources .* default_tags have "environment-name", "owner"; tag keys are case-sensitive: rename them, or set tags = \["environment-name", "owner"\] in the rule block if that is your organisation's spelling\.$` @ "default_tags"
    tags = { owner = "team@example.com", environment-name = "production", Owner-Team = "x" }
  }
}

resource "aws_sqs_queue" "a" {}
resource "aws_sqs_queue" "b" {}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = { Environment = "prod" }
  }
}

resource "aws_sqs_queue" "own" {
  provider = aws.west
  tags     = { OWNER = "team" } # want `^aws_sqs_queue\.own is missing the required tag "Owner":.* \(aws\.west\)\. It has "OWNER"; tag keys are case-sensitive: rename it, or set tags = \["Environment", "OWNER"\] in the rule block if that is your organisation's spelling\.$` @ `{ OWNER = "team" }`
}
