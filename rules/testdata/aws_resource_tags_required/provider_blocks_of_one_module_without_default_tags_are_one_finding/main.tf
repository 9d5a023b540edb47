# A multi-region root whose provider blocks have no default_tags at all: the
# root does not use default_tags, one cause, one finding at the first block
# naming every configuration and the resources they leave untagged.
provider "aws" { # want `^Provider configurations aws\.primary, aws\.dr have no default_tags, and 3 resources that do not set them themselves \(aws_sqs_queue\.a, aws_sqs_queue\.b, aws_sqs_queue\.c\) lack the required tags "Environment", "Owner": .* Add a default_tags block that sets them to each of them, or set them in each resource's tags\.$` @ `provider "aws"`
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# A block with default_tags that lack a key is its own cause, at its default_tags.
provider "aws" {
  alias  = "edge"
  region = "us-east-1"
  default_tags { # want `^default_tags of provider configuration aws\.edge lack the required tag "Owner"` @ "default_tags"
    tags = { Environment = "prod" }
  }
}

resource "aws_sqs_queue" "a" {
  provider = aws.primary
}

resource "aws_sqs_queue" "b" {
  provider = aws.primary
}

resource "aws_sqs_queue" "c" {
  provider = aws.dr
}

resource "aws_sqs_queue" "d" {
  provider = aws.edge
}
