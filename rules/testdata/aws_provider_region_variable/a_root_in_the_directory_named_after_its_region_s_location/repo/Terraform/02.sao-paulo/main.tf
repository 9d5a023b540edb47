# One root directory per region, named after the region's location as AWS
# names it ("South America (São Paulo)"): the directory is the parameter.
provider "aws" {
  region = "sa-east-1"
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
