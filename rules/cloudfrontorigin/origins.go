package cloudfrontorigin

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// urlAttrs are attributes whose value is a URL with a scheme (and
// sometimes a path), not a host name, with the form of their values.
var urlAttrs = map[string]struct{ attr, example string }{
	"aws_lambda_function_url":    {"function_url", "https://<url-id>.lambda-url.<region>.on.aws/"},
	"aws_apigatewayv2_api":       {"api_endpoint", "https://<api-id>.execute-api.<region>.amazonaws.com"},
	"aws_apigatewayv2_stage":     {"invoke_url", "https://<api-id>.execute-api.<region>.amazonaws.com/<stage>"},
	"aws_api_gateway_stage":      {"invoke_url", "https://<api-id>.execute-api.<region>.amazonaws.com/<stage>"},
	"aws_api_gateway_deployment": {"invoke_url", "https://<api-id>.execute-api.<region>.amazonaws.com/<stage>"},
}

// privateNameAttrs are DNS names that resolve only inside their VPC.
var privateNameAttrs = map[string]map[string]bool{
	"aws_instance":          {"private_dns": true},
	"aws_eip":               {"private_dns": true},
	"aws_network_interface": {"private_dns_name": true},
}

// ipAttrs are IP addresses, which CloudFront does not take as an origin name.
var ipAttrs = map[string]map[string]bool{
	"aws_instance":          {"private_ip": true, "public_ip": true},
	"aws_eip":               {"private_ip": true, "public_ip": true},
	"aws_network_interface": {"private_ip": true},
}

// loadBalancerTypes are the load balancers whose dns_name resolves to private
// addresses when they are internal.
var loadBalancerTypes = map[string]bool{"aws_lb": true, "aws_alb": true, "aws_elb": true}

// checkOrigin reports an origin whose domain_name CloudFront rejects or cannot
// reach: its value when known (for one element of a dynamic origin, or elem
// nil), else the resource attribute it comes from.
func (c *distributionCheck) checkOrigin(origin *model.Block, domain *hcl.Attribute, elem *element) {
	what := c.dist.Address() + " origin" + elem.label()
	vpc := c.usesVPCOrigin(origin, elem)
	if host, ok := c.evalString(domain.Expr, elem); ok {
		problem := hostProblem(host)
		if vpc {
			problem = hostSyntaxProblem(host)
		}
		if problem != "" {
			c.report(fmt.Sprintf("%s domain_name %s %s", what, quote(host), problem), domain.Expr, origin, elem)
		}
		return
	}
	ref, whole, ok := c.valueRef(domain.Expr, origin, elem)
	if !ok || ref.Resource.Absent() {
		return
	}
	if problem := c.refProblem(ref, whole, vpc); problem != "" {
		c.report(what+" domain_name "+problem, domain.Expr, origin, elem)
	}
}

// valueRef finds the resource attribute the value of expr begins with, from
// where the value is written: a value from a dynamic block's iterator is
// followed through the block's for_each, as a caller's origin map.
func (c *distributionCheck) valueRef(expr hcl.Expression, block *model.Block, elem *element) (ref model.Ref, whole, ok bool) {
	if s, found := c.written(expr, block, elem); found {
		return valueRef(s.mod, s.expr)
	}
	if fromIterator(expr, elem) {
		return ref, false, false
	}
	return valueRef(c.mod, expr)
}

// refProblem explains why an origin whose domain_name is (or, when not whole,
// begins with) a resource attribute is rejected or unreachable.
func (c *distributionCheck) refProblem(ref model.Ref, whole, vpc bool) string {
	res, attr := ref.Resource, ref.Attr
	addr := res.Address()
	if url, ok := urlAttrs[res.Type]; ok && url.attr == attr {
		// A resource of a called module cannot be named from here.
		value := "<url>"
		if res.InCheckedModule() {
			value = addr + "." + attr
		}
		return fmt.Sprintf("is %s.%s, a URL of the form %q, not a host name: CloudFront accepts only a DNS name here and rejects a scheme or path. Strip them, e.g. with split(\"/\", %s)[2], and put any path (such as an API stage) in origin_path.",
			addr, attr, url.example, value)
	}
	if !whole {
		return ""
	}
	switch {
	case res.Type == "aws_route53_zone":
		return c.zoneProblem(res, attr)
	case res.Type == "aws_route53_record" && !res.Data && (attr == "fqdn" || attr == "name") && !vpc:
		zone := c.privateZoneOf(res)
		if zone == nil {
			return ""
		}
		return fmt.Sprintf("is the %s of %s, a record in the private hosted zone %s: CloudFront resolves origin names in public DNS, where private zone records do not exist, so it cannot reach the origin. Use a record in a public hosted zone, or a CloudFront VPC origin (vpc_origin_config) for a resource in a private subnet.",
			attr, addr, zone.Address())
	case privateNameAttrs[res.Type][attr] && !vpc:
		return fmt.Sprintf("is the %s of %s, a private DNS name that resolves only inside its VPC: CloudFront resolves origin names in public DNS and connects over the internet, so it cannot reach the origin. Use a CloudFront VPC origin (vpc_origin_config), or a public name such as the instance's public_dns or an internet-facing load balancer's dns_name.",
			attr, addr)
	case ipAttrs[res.Type][attr] && !vpc:
		return fmt.Sprintf("is the %s of %s, an IP address: CloudFront needs a DNS name for an origin and rejects IP addresses. Use a DNS name that resolves to it, such as the instance's public_dns, a Route 53 record or a load balancer's dns_name, or a CloudFront VPC origin (vpc_origin_config) for a private instance.",
			attr, addr)
	case loadBalancerTypes[res.Type] && attr == "dns_name" && !res.Data && !vpc:
		internal := res.Body.Attr("internal")
		if internal == nil {
			return ""
		}
		if on, known := res.Module.EvalBool(internal.Expr, res); !known || !on {
			return ""
		}
		return fmt.Sprintf("is the dns_name of %s, an internal load balancer (internal = true) whose name resolves to private addresses: CloudFront connects to origins over the internet and cannot reach it. Use an internet-facing load balancer, or a CloudFront VPC origin (vpc_origin_config) with an internal Application or Network Load Balancer.",
			addr)
	}
	return ""
}

// usesVPCOrigin reports whether the origin may connect through a CloudFront
// VPC origin, which reaches private addresses.
func (c *distributionCheck) usesVPCOrigin(origin *model.Block, elem *element) bool {
	for _, v := range origin.Body.AllBlocks("vpc_origin_config") {
		if !v.Dynamic || v.ForEach == nil {
			return true
		}
		if n, ok := forEachLength(c.eval(v.ForEach, elem)); !ok || n > 0 {
			return true
		}
	}
	return false
}
