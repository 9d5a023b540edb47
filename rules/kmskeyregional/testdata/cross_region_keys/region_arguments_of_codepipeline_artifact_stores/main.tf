
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "east" {
  provider = aws.east
}
resource "aws_kms_key" "west" {
  provider = aws.west
}

resource "aws_codepipeline" "p" {
  provider = aws.east
  name     = "p"
  role_arn = "arn:aws:iam::111122223333:role/p"
  artifact_store {
    location = "east-bucket"
    type     = "S3"
    region   = "us-east-1"
    encryption_key {
      id   = aws_kms_key.east.arn
      type = "KMS"
    }
  }
  artifact_store {
    location = "west-bucket"
    type     = "S3"
    region   = "us-west-2"
    encryption_key {
      id   = aws_kms_key.east.arn # want `but artifact_store\.region is us-west-2\.` @ "aws_kms_key.east.arn"
      type = "KMS"
    }
  }
}
resource "aws_codepipeline" "single" {
  provider = aws.west
  name     = "single"
  role_arn = "arn:aws:iam::111122223333:role/p"
  artifact_store {
    location = "west-bucket"
    type     = "S3"
    encryption_key {
      id   = aws_kms_key.east.arn # want `aws_codepipeline\.single uses KMS key aws_kms_key\.east, which is in us-east-1, but the resource is in us-west-2\.` @ "aws_kms_key.east.arn"
      type = "KMS"
    }
  }
}
