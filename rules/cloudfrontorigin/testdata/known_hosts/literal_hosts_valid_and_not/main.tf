resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = "https://api.example.com" # want `aws_cloudfront_distribution\.cdn origin domain_name "https://api\.example\.com" includes a URL scheme: CloudFront accepts only a DNS name here` @ `"https://api.example.com"`
    origin_id   = "scheme"
  }
  origin {
    domain_name = "api.example.com/v1" # want "includes a path:" @ `"api.example.com/v1"`
    origin_id   = "path"
  }
  origin {
    domain_name = "api.example.com:8443" # want "includes a port:" @ `"api.example.com:8443"`
    origin_id   = "port"
  }
  origin {
    domain_name = "203.0.113.10" # want "is an IP address: CloudFront needs a DNS name" @ `"203.0.113.10"`
    origin_id   = "ip"
  }
  origin {
    domain_name = "" # want "is empty:" @ `""`
    origin_id   = "empty"
  }
  origin {
    domain_name = "ip-10-0-0-12.ec2.internal" # want `ends in \.internal, a name reserved for private or special use that public DNS never resolves` @ `"ip-10-0-0-12.ec2.internal"`
    origin_id   = "internal"
  }
  origin {
    domain_name = "printer.local" # want `ends in \.local, a name reserved for private or special use that public DNS never resolves` @ `"printer.local"`
    origin_id   = "local"
  }
  origin {
    domain_name = "webserver" # want "is a single label" @ `"webserver"`
    origin_id   = "single"
  }
  origin {
    domain_name = "api.example.com"
    origin_id   = "ok"
  }
  origin {
    domain_name = "my-bucket.s3.eu-west-1.amazonaws.com"
    origin_id   = "s3"
  }
  origin {
    domain_name = "my-bucket.s3-website-eu-west-1.amazonaws.com"
    origin_id   = "website"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}
