# A distribution in a local module, called twice. The root's check judges it
# with each caller's values and shows every finding once, in this file:
# TFLint's module-call checks show nothing, so the result is the same with
# --call-module-type=all (this fixture) and =local (the _local twin).

resource "aws_lb" "internal" {
  internal = true
}

resource "aws_lb" "public" {}

# Reported once, at this module block: the module's own "assets.internal"
# origin comes from no argument, so the issue names module.other too.
module "site" {
  source = "./modules/cdn"

  # Reported here: a URL, not a host name.
  api_host = "https://api.example.com"

  origins = {
    # Reported at this expression: an internal load balancer.
    app = { domain_name = aws_lb.internal.dns_name }
    web = { domain_name = aws_lb.public.dns_name }
  }
}

module "other" {
  source   = "./modules/cdn"
  api_host = "api.example.com"
  origins = {
    web = { domain_name = aws_lb.public.dns_name }
  }
}
