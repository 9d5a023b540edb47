// Command benchgen writes realistic multi-region Terraform configurations for
// benchmarks: aliased providers with default_tags, v6 per-resource regions, a
// local module called per region, count/for_each, tags built with merge(),
// CloudFront, RDS, KMS, security groups and a share of faults. The output is
// deterministic for a seed.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "testdata/bench/10k", "directory to write (replaced)")
	resources := flag.Int("resources", 10000, "approximate number of root resources (in all roots)")
	perFile := flag.Int("per-file", 500, "resources per file; 0 writes one big main.tf per root")
	roots := flag.Int("roots", 0, "root directories (live/rNNN) sharing modules/regional, for tflint --recursive; 0 writes one root")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	if err := generate(*out, *resources, *perFile, *roots, *seed); err != nil {
		log.Fatal(err)
	}
}

// generate writes a repository: a .git marker, so that the plugin's
// repository walk covers this configuration alone, TFLint configurations with
// and without the plugin, the regional module, and either one root at the top
// or roots under live/ that each call the module.
func generate(dir string, resources, perFile, roots int, seed int64) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	files := map[string]string{
		".git":                          "gitdir: generated-by-benchgen\n",
		".tflint.hcl":                   pluginConfig,
		".tflint.floor.hcl":             floorConfig,
		"modules/regional/main.tf":      regionalModule,
		"modules/regional/variables.tf": regionalVariables,
	}
	if roots == 0 {
		addRoot(files, "", "./modules/regional", resources, perFile, seed)
	}
	for i := 0; i < roots; i++ {
		addRoot(files, fmt.Sprintf("live/r%03d/", i), "../../modules/regional", resources/roots, perFile, seed+int64(i))
	}
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// addRoot adds the files of one root configuration under prefix, calling the
// regional module at moduleSource.
func addRoot(files map[string]string, prefix, moduleSource string, resources, perFile int, seed int64) {
	files[prefix+"providers.tf"] = strings.ReplaceAll(providers, "./modules/regional", moduleSource)
	g := &generator{rnd: rand.New(rand.NewSource(seed)), keyProvider: map[int]string{}}
	var chunks []string
	var cur strings.Builder
	n := 0
	for i := 0; n < resources; i++ {
		block, count := g.unit(i)
		cur.WriteString(block)
		n += count
		if perFile > 0 && cur.Len() > 0 && n/perFile > len(chunks) {
			chunks = append(chunks, cur.String())
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		chunks = append(chunks, cur.String())
	}
	if perFile == 0 {
		files[prefix+"main.tf"] = strings.Join(chunks, "")
		return
	}
	for i, c := range chunks {
		files[fmt.Sprintf("%sresources_%03d.tf", prefix, i)] = c
	}
}

type generator struct {
	rnd *rand.Rand
	// keyProvider remembers the provider argument of each unit's KMS key.
	keyProvider map[int]string
}

// fault reports whether this unit carries a deliberate defect (about 5%).
func (g *generator) fault() bool { return g.rnd.Intn(20) == 0 }

func (g *generator) provider() string {
	switch g.rnd.Intn(3) {
	case 0:
		return "\n  provider = aws.west"
	default:
		return ""
	}
}

func (g *generator) tags(name string) string {
	if g.fault() {
		return fmt.Sprintf("  tags = { Name = %q }\n", name)
	}
	return fmt.Sprintf("  tags = merge(local.common_tags, { Name = %q })\n", name)
}

// unit returns a group of related resources and how many it declares.
func (g *generator) unit(i int) (string, int) {
	p := g.provider()
	switch i % 10 {
	case 0:
		g.keyProvider[i] = p
		return fmt.Sprintf(`
resource "aws_kms_key" "k%[1]d" {%[2]s
  description = "key %[1]d"
%[3]s}

resource "aws_ebs_volume" "v%[1]d" {%[2]s
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.k%[1]d.arn
%[4]s}
`, i, p, g.tags(fmt.Sprintf("k%d", i)), g.tags(fmt.Sprintf("v%d", i))), 2
	case 1:
		egress := `
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }`
		if g.fault() {
			egress = ""
		}
		cidr := "10.0.0.0/8"
		if g.fault() {
			cidr = "0.0.0.0/0"
		}
		return fmt.Sprintf(`
resource "aws_security_group" "sg%[1]d" {%[2]s
  name   = "sg%[1]d"
  vpc_id = module.primary.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [%[3]q]
  }%[4]s
%[5]s}
`, i, p, cidr, egress, g.tags(fmt.Sprintf("sg%d", i))), 1
	case 2:
		profile := "\n  iam_instance_profile = \"app\""
		if g.fault() {
			profile = ""
		}
		return fmt.Sprintf(`
resource "aws_instance" "i%[1]d" {%[2]s
  count         = %[3]d
  ami           = "ami-12345678"
  instance_type = "t3.micro"%[4]s
%[5]s}
`, i, p, 1+g.rnd.Intn(2), profile, g.tags(fmt.Sprintf("i%d", i))), 1
	case 3:
		pw := "\n  manage_master_user_password = true"
		output := fmt.Sprintf("\noutput \"db%d_secret_arn\" {\n  value = aws_db_instance.db%d.master_user_secret[0].secret_arn\n}\n", i, i)
		if g.fault() {
			pw, output = "\n  password = var.db_password", ""
		}
		return fmt.Sprintf(`
resource "aws_db_instance" "db%[1]d" {%[2]s
  engine         = "postgres"
  instance_class = "db.t3.micro"
  username       = "app"%[3]s
%[4]s}
%[5]s`, i, p, pw, g.tags(fmt.Sprintf("db%d", i)), output), 1
	case 4:
		return fmt.Sprintf(`
resource "aws_sqs_queue" "q%[1]d" {
  region = "eu-west-1"
  name   = "q%[1]d"
%[2]s}
`, i, g.tags(fmt.Sprintf("q%d", i))), 1
	case 5:
		return fmt.Sprintf(`
resource "aws_s3_bucket" "b%[1]d" {%[2]s
  for_each = toset(["logs", "data"])
  bucket   = "b%[1]d-${each.key}"
  tags     = merge(local.common_tags, { Name = each.key })
}
`, i, p), 1
	case 6:
		return fmt.Sprintf(`
resource "aws_iam_role" "r%[1]d" {
  name               = "r%[1]d"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
%[2]s}
`, i, g.tags(fmt.Sprintf("r%d", i))), 1
	case 7:
		domain := fmt.Sprintf("aws_s3_bucket.b%d[\"data\"].bucket_regional_domain_name", i-2)
		if g.fault() {
			domain = "aws_route53_zone.main.name"
		}
		return fmt.Sprintf(`
resource "aws_cloudfront_distribution" "cdn%[1]d" {
  enabled = true
  origin {
    domain_name = %[2]s
    origin_id   = "s3"
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
%[3]s}
`, i, domain, g.tags(fmt.Sprintf("cdn%d", i))), 1
	case 8:
		p = g.keyProvider[i-8]
		if g.fault() {
			p = "\n  provider = aws.west"
			if g.keyProvider[i-8] != "" {
				p = ""
			}
		}
		return fmt.Sprintf(`
resource "aws_secretsmanager_secret" "s%[1]d" {%[2]s
  name       = "s%[1]d"
  kms_key_id = aws_kms_key.k%[3]d.arn
%[4]s}

output "secret_%[1]d_arn" {
  value = aws_secretsmanager_secret.s%[1]d.arn
}
`, i, p, i-8, g.tags(fmt.Sprintf("s%d", i))), 1
	default:
		return fmt.Sprintf(`
resource "aws_route_table_association" "rta%[1]d" {%[2]s
  subnet_id      = module.primary.subnet_id
  route_table_id = module.primary.route_table_id
}

resource "aws_cloudwatch_log_group" "lg%[1]d" {%[2]s
  name              = "lg%[1]d"
  retention_in_days = 30
%[3]s}
`, i, p, g.tags(fmt.Sprintf("lg%d", i))), 2
	}
}

const pluginConfig = `plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
  regions = ["us-east-1", "us-west-2"]
}
`

const floorConfig = `plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = false
}
`

const providers = `terraform {
  backend "s3" {}
}

variable "aws_region" {
  type    = string
  default = "us-east-1"
}

variable "db_password" {
  type      = string
  default   = "benchmark-only"
  sensitive = true
}

locals {
  common_tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

provider "aws" {
  region = var.aws_region
  default_tags {
    tags = { ManagedBy = "terraform" }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = local.common_tags
  }
}

module "primary" {
  source = "./modules/regional"
  name   = "primary"
  tags   = local.common_tags
}

module "west" {
  source    = "./modules/regional"
  providers = { aws = aws.west }
  name      = "west"
  tags      = local.common_tags
}

resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_vpn_gateway" "primary" {
  vpc_id = module.primary.vpc_id
  tags   = local.common_tags
}
`

const regionalVariables = `variable "name" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const regionalModule = `resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
  tags       = merge(var.tags, { Name = var.name })
}

resource "aws_subnet" "private" {
  count      = 3
  vpc_id     = aws_vpc.this.id
  cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)
  tags       = var.tags
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id
  tags   = var.tags
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
  tags   = var.tags
}

resource "aws_nat_gateway" "this" {
  subnet_id = aws_subnet.private[0].id
  tags      = var.tags
}

resource "aws_security_group" "app" {
  name   = "${var.name}-app"
  vpc_id = aws_vpc.this.id
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
  tags = var.tags
}

resource "aws_kms_key" "this" {
  tags = var.tags
}

resource "aws_lb" "app" {
  internal = true
  subnets  = aws_subnet.private[*].id
  tags     = var.tags
}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.ssm"
  vpc_endpoint_type = "Interface"
  tags              = var.tags
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "subnet_id" {
  value = aws_subnet.private[0].id
}

output "route_table_id" {
  value = aws_route_table.private.id
}
`
