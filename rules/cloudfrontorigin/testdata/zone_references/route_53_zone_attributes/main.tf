resource "aws_route53_zone" "main" {
  name = "example.com"
}
locals {
  zone_name = aws_route53_zone.main.name
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_route53_zone.main.zone_id # want `origin domain_name is the zone_id of Route 53 zone aws_route53_zone\.main, an identifier, not a host name` @ "aws_route53_zone.main.zone_id"
    origin_id   = "zone_id"
  }
  origin {
    domain_name = aws_route53_zone.main.name_servers[0] # want "is a name server of Route 53 zone" @ "aws_route53_zone.main.name_servers[0]"
    origin_id   = "ns"
  }
  origin {
    domain_name = local.zone_name # want `is the name of Route 53 zone aws_route53_zone\.main, and no record here gives the zone apex an address other than this distribution's` @ "local.zone_name"
    origin_id   = "apex"
  }
  origin {
    domain_name = "app.${aws_route53_zone.main.name}"
    origin_id   = "record-name"
  }
  origin {
    domain_name = trimsuffix(aws_route53_zone.main.name, ".")
    origin_id   = "wrapped"
  }
  origin {
    domain_name = element(aws_route53_zone.main.name_servers, 1) # want "is a name server of Route 53 zone" @ "element(aws_route53_zone.main.name_servers, 1)"
    origin_id   = "ns-element"
  }
  origin {
    domain_name = tolist(aws_route53_zone.main.name_servers)[2] # want "is a name server of Route 53 zone" @ "tolist(aws_route53_zone.main.name_servers)[2]"
    origin_id   = "ns-list"
  }
}
