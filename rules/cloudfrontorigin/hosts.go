package cloudfrontorigin

import (
	"fmt"
	"net/netip"
	"strings"
)

// reservedSuffixes are names that can never resolve in public DNS:
// special-use names reserved by the IETF (RFC 2606, 6761, 6762, 7686, 8375,
// 9476) and .internal, which ICANN reserved for private use in 2024. Names
// that are merely unassigned today (.corp, .home, .lan, .localdomain) are
// not listed: they could be delegated one day.
var reservedSuffixes = []string{
	"localhost", "local", "internal", "test", "invalid", "example", "onion", "alt", "home.arpa",
}

// hostProblem explains why CloudFront rejects, or cannot reach
// over the internet, an origin whose domain_name is host; "" when host may be
// a valid public origin. It accepts any input.
func hostProblem(host string) string {
	if p := hostSyntaxProblem(host); p != "" {
		return p
	}
	if isIP(host) {
		return "is an IP address: CloudFront needs a DNS name for an origin and rejects IP addresses. Use a DNS name that resolves to the server, such as a Route 53 record, the instance's public_dns or a load balancer's dns_name."
	}
	name := strings.TrimSuffix(host, ".")
	for _, suffix := range reservedSuffixes {
		if hasLabelSuffix(name, suffix) {
			return fmt.Sprintf("ends in .%s, a name reserved for private or special use that public DNS never resolves: CloudFront resolves origin names in public DNS, so it cannot reach this origin. Use a publicly resolvable name, or a CloudFront VPC origin (vpc_origin_config) for a server in a private subnet.", suffix)
		}
	}
	last := name[strings.LastIndexByte(name, '.')+1:]
	if allDigits(last) {
		return "ends in an all-numeric label, so it is neither an IP address nor a resolvable DNS name: CloudFront rejects it or cannot resolve it. Use the origin's DNS name."
	}
	if !strings.Contains(name, ".") {
		return "is a single label, not a fully qualified domain name: CloudFront resolves origin names in public DNS, where it has no address. Use the origin's full DNS name, such as an S3 bucket's bucket_regional_domain_name or a load balancer's dns_name."
	}
	return ""
}

// hostSyntaxProblem explains why host is not a DNS name
// CloudFront accepts as an origin's domain_name, whatever the network can
// reach; "" when it may be one. IP addresses are left to the caller. It
// accepts any input.
func hostSyntaxProblem(host string) string {
	if strings.TrimSpace(host) == "" {
		return "is empty: CloudFront needs the DNS name of the server or bucket to fetch from, such as an S3 bucket's bucket_regional_domain_name or a load balancer's dns_name."
	}
	if isIP(host) {
		return ""
	}
	if strings.ContainsAny(host, " \t\n\r\v\f") {
		return "contains whitespace, which no DNS name can: CloudFront rejects it. Remove the spaces or line breaks, e.g. with trimspace()."
	}
	if hasScheme(host) {
		return "includes a URL scheme: CloudFront accepts only a DNS name here and rejects the distribution. Remove the scheme and choose the protocol with custom_origin_config's origin_protocol_policy."
	}
	if strings.Contains(host, "/") {
		return "includes a path: CloudFront accepts only a DNS name here and rejects the distribution. Keep only the host name and put the path in origin_path."
	}
	if strings.ContainsAny(host, "?#") {
		return "includes a query string or fragment: CloudFront accepts only a DNS name here and rejects the distribution. Keep only the host name."
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 && len(host)-i-1 >= 1 && len(host)-i-1 <= 5 && allDigits(host[i+1:]) {
		return "includes a port: CloudFront accepts only a DNS name here and rejects the distribution. Keep only the host name and set the port with custom_origin_config's http_port or https_port."
	}
	ascii := true
	for i := 0; i < len(host); i++ {
		b := host[i]
		if b >= 0x80 {
			ascii = false
			continue
		}
		if !isHostByte(b) {
			return "contains characters that a DNS name cannot (only letters, digits, hyphens, underscores and dots): CloudFront rejects it. Use the origin's DNS name."
		}
	}
	name := strings.TrimSuffix(host, ".")
	if ascii && len(name) > 253 {
		return "is longer than 253 characters, so it is not a valid DNS name: CloudFront rejects it. Use the origin's DNS name."
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '.' {
			continue
		}
		switch size := i - start; {
		case size == 0:
			return "has an empty label (a leading dot or two dots in a row), so it is not a valid DNS name: CloudFront rejects it or cannot resolve it. Use the origin's DNS name."
		case size > 63 && ascii:
			return "has a label longer than 63 characters, so it is not a valid DNS name: CloudFront rejects it or cannot resolve it. Use the origin's DNS name."
		}
		start = i + 1
	}
	return ""
}

func isIP(host string) bool {
	if len(host) >= 2 && host[0] == '[' && host[len(host)-1] == ']' {
		host = host[1 : len(host)-1]
	}
	_, err := netip.ParseAddr(host)
	return err == nil
}

// hasScheme reports whether s starts with a URL scheme and "://".
func hasScheme(s string) bool {
	end := strings.Index(s, "://")
	if end <= 0 {
		return false
	}
	for i := 0; i < end; i++ {
		b := s[i]
		letter := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
		if !letter && (i == 0 || !(b >= '0' && b <= '9' || b == '+' || b == '.' || b == '-')) {
			return false
		}
	}
	return true
}

func isHostByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '.' || b == '_'
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// hasLabelSuffix reports whether name is suffix or ends in "."+suffix, ignoring case.
func hasLabelSuffix(name, suffix string) bool {
	if len(name) == len(suffix) {
		return strings.EqualFold(name, suffix)
	}
	return len(name) > len(suffix) && name[len(name)-len(suffix)-1] == '.' && strings.EqualFold(name[len(name)-len(suffix):], suffix)
}
