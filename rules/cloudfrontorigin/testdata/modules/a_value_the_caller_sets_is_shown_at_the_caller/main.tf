# Values the caller passes are shown in the caller's files: at the expression
# that writes them when the root writes it (through a module in between, or
# an element of a map the module iterates over), else at the caller's argument.
locals {
  port = 8080
}
module "cdn" {
  source      = "./modules/cdn"
  host        = "https://app.example.com"       # want `module\.cdn\.aws_cloudfront_distribution\.this origin domain_name "https://app\.example\.com" includes a URL scheme` @ `"https://app.example.com"`
  with_port   = "api.example.com:${local.port}" # want `module\.cdn\.aws_cloudfront_distribution\.this origin domain_name "api\.example\.com:8080" includes a port` @ `"api.example.com:${local.port}"`
  server_name = "nas"                           # want `module\.cdn\.aws_cloudfront_distribution\.this origin domain_name "nas\.internal" ends in \.internal` @ `"nas"`
  origins = {
    web    = "www.example.com"
    legacy = "http://legacy.example.com" # want `module\.cdn\.aws_cloudfront_distribution\.this origin\["legacy"\] domain_name "http://legacy\.example\.com" includes a URL scheme` @ `"http://legacy.example.com"`
  }
  paths = {
    "/img/*" = "images" # want `module\.cdn\.aws_cloudfront_distribution\.this ordered_cache_behavior\["/img/\*"\] \(path_pattern "/img/\*"\) target_origin_id "images" names no origin` @ `"images"`
  }
  looked_up = { odd = { name = "odd host" } } # want `module\.cdn\.aws_cloudfront_distribution\.this origin\["odd"\] domain_name "odd host" contains whitespace` @ `{ odd = { name = "odd host" } }`
}
# The wrapper writes the server name the module completes: nothing the root
# writes, so the finding is shown at the module block.
module "wrapped" { # want `module\.wrapped\.module\.cdn\.aws_cloudfront_distribution\.this origin domain_name "wrapped\.internal" ends in \.internal` @ `module "wrapped"`
  source = "./modules/wrapper"
  host   = "10.0.0.1" # want `module\.wrapped\.module\.cdn\.aws_cloudfront_distribution\.this origin domain_name "10\.0\.0\.1" is an IP address` @ `"10.0.0.1"`
}
