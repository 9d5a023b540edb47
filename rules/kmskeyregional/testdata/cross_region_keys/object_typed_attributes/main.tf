
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

resource "aws_s3tables_table_bucket" "west" {
  provider = aws.west
  name     = "t"
  encryption_configuration = {
    kms_key_arn   = aws_kms_key.east.arn # want `encryption_configuration\.kms_key_arn of aws_s3tables_table_bucket\.west uses KMS key aws_kms_key\.east` @ "aws_kms_key.east.arn"
    sse_algorithm = "aws:kms"
  }
}
resource "aws_securitylake_data_lake" "lake" {
  provider                    = aws.east
  meta_store_manager_role_arn = "arn:aws:iam::111122223333:role/lake"
  configuration {
    region = "us-west-2"
    encryption_configuration = [{
      kms_key_id = aws_kms_key.east.arn # want `configuration\.encryption_configuration\.kms_key_id of aws_securitylake_data_lake\.lake uses KMS key aws_kms_key\.east, which is in us-east-1, but configuration\.region is us-west-2\.` @ "aws_kms_key.east.arn"
    }]
  }
  configuration {
    region = "us-east-1"
    encryption_configuration = [{
      kms_key_id = aws_kms_key.east.arn
    }]
  }
}
