provider "aws" { # want "sets no region" @ `provider "aws"`
}
