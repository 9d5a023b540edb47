# The root's check judges the distribution of the module it calls. What the
# module writes itself comes from no argument of the caller: it is shown at the
# module block, one issue for the rule's findings there.
module "cdn" { # want `module\.cdn\.aws_cloudfront_distribution\.this origin domain_name is the name of Route 53 zone module\.cdn\.aws_route53_zone\.this, and no record here gives the zone apex an address.* module\.cdn\.aws_cloudfront_distribution\.this default_cache_behavior target_origin_id "nowhere" names no origin` @ `module "cdn"`
  source = "./modules/cdn"
}
