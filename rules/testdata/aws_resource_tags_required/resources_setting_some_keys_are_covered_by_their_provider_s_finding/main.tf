provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tags "Environment", "Owner", so 2 resources that do not set all of them themselves \(aws_sqs_queue\.none, aws_sqs_queue\.some\) lack them too:` @ "default_tags"
    tags = { Project = "shop" }
  }
}

provider "aws" {
  alias  = "full"
  region = "eu-west-2"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

resource "aws_sqs_queue" "none" {}

# It sets Environment and lacks Owner, which default_tags lack too: adding
# Owner there fixes it, so the provider's finding covers it.
resource "aws_sqs_queue" "some" {
  tags = { Environment = "prod" }
}

# Its own tags spell Owner another way: the fix (or the rule setting) is
# decided in its own tags, so it keeps its finding there.
resource "aws_sqs_queue" "near_miss" {
  tags = { Environment = "prod", owner = "team" } # want `^aws_sqs_queue\.near_miss is missing the required tag "Owner":.* \(aws\)\. It has "owner";` @ `{ Environment = "prod", owner = "team" }`
}

# Its provider's default_tags have both keys; a null in its own tags does
# not remove them.
resource "aws_sqs_queue" "override" {
  provider = aws.full
  tags     = { Owner = null }
}

# No default_tags, but a resource that sets neither key gives the
# configuration a finding anyway: adding a default_tags block fixes the
# partially tagged resource too, so that finding covers it.
provider "aws" { # want `^Provider configuration aws\.bare has no default_tags, and 2 resources that do not set all of them themselves \(aws_sqs_queue\.bare_none, aws_sqs_queue\.bare_some\) lack the required tags "Environment", "Owner":` @ `provider "aws"`
  alias  = "bare"
  region = "us-east-1"
}

resource "aws_sqs_queue" "bare_none" {
  provider = aws.bare
}

resource "aws_sqs_queue" "bare_some" {
  provider = aws.bare
  tags     = { Owner = "team" }
}
