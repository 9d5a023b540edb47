package cloudfrontorigin

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHostProblem(t *testing.T) {
	cases := []struct {
		host string
		// want is a part of the problem, "" for a valid host.
		want string
		// syntax is a part of the problem when a VPC origin is used, "" for none.
		syntax string
	}{
		{"example.com", "", ""},
		{"EXAMPLE.COM", "", ""},
		{"example.com.", "", ""},
		{"d111111abcdef8.cloudfront.net", "", ""},
		{"my-bucket.s3.us-east-1.amazonaws.com", "", ""},
		{"my_bucket.s3.amazonaws.com", "", ""},
		{"internal-app-123.eu-west-1.elb.amazonaws.com", "", ""},
		{"internal.example.com", "", ""},
		{"local.example.org", "", ""},
		{"1.2.3.4.nip.io", "", ""},
		{"xn--bcher-kva.de", "", ""},
		{"bücher.de", "", ""},
		{"foo.localdomain", "", ""},
		{"nas.lan", "", ""},
		{"intranet.corp", "", ""},
		{"example.com", "", ""},
		{"", "is empty", "is empty"},
		{"   ", "is empty", "is empty"},
		{" example.com", "contains whitespace", "contains whitespace"},
		{"example.com\n", "contains whitespace", "contains whitespace"},
		{"exa mple.com", "contains whitespace", "contains whitespace"},
		{"https://example.com", "URL scheme", "URL scheme"},
		{"HTTP://example.com/", "URL scheme", "URL scheme"},
		{"s3://bucket", "URL scheme", "URL scheme"},
		{"wss://ws.example.com", "URL scheme", "URL scheme"},
		{"git+ssh://host.example.com", "URL scheme", "URL scheme"},
		{"://example.com", "includes a path", "includes a path"},
		{"//example.com", "includes a path", "includes a path"},
		{"example.com/", "includes a path", "includes a path"},
		{"example.com/app", "includes a path", "includes a path"},
		{"example.com?x=1", "query string", "query string"},
		{"example.com#top", "query string", "query string"},
		{"example.com:443", "includes a port", "includes a port"},
		{"10.0.0.1:8080", "includes a port", "includes a port"},
		{"[2001:db8::1]:443", "includes a port", "includes a port"},
		{"localhost:3000", "includes a port", "includes a port"},
		{"example.com:", "contains characters", "contains characters"},
		{"example.com:123456", "contains characters", "contains characters"},
		{"user@example.com", "contains characters", "contains characters"},
		{"*.example.com", "contains characters", "contains characters"},
		{"exa%mple.com", "contains characters", "contains characters"},
		{`example\com`, "contains characters", "contains characters"},
		{"a..b.com", "empty label", "empty label"},
		{".example.com", "empty label", "empty label"},
		{"example.com..", "empty label", "empty label"},
		{".", "empty label", "empty label"},
		{strings.Repeat("a", 64) + ".com", "label longer than 63", "label longer than 63"},
		{strings.Repeat("a", 63) + ".com", "", ""},
		{strings.Repeat("abcdefghi.", 26) + "com", "longer than 253", "longer than 253"},
		{"203.0.113.7", "is an IP address", ""},
		{"10.0.0.1", "is an IP address", ""},
		{"::1", "is an IP address", ""},
		{"2001:db8::1", "is an IP address", ""},
		{"[2001:db8::1]", "is an IP address", ""},
		{"fe80::1%eth0", "is an IP address", ""},
		{"localhost", "ends in .localhost", ""},
		{"LOCALHOST.", "ends in .localhost", ""},
		{"app.localhost", "ends in .localhost", ""},
		{"printer.local", "ends in .local", ""},
		{"printer.LOCAL.", "ends in .local", ""},
		{"ip-10-0-0-1.ec2.internal", "ends in .internal", ""},
		{"ip-10-0-0-1.eu-west-1.compute.internal", "ends in .internal", ""},
		{"app.test", "ends in .test", ""},
		{"foo.invalid", "ends in .invalid", ""},
		{"www.example", "ends in .example", ""},
		{"hidden.onion", "ends in .onion", ""},
		{"name.alt", "ends in .alt", ""},
		{"router.home.arpa", "ends in .home.arpa", ""},
		{"home.arpa", "ends in .home.arpa", ""},
		{"1.2.3.999", "all-numeric label", ""},
		{"010.0.0.1", "all-numeric label", ""},
		{"10.0.0.1.", "all-numeric label", ""},
		{"webserver", "single label", ""},
		{"my-bucket", "single label", ""},
		{"com.", "single label", ""},
	}
	for _, tc := range cases {
		got := hostProblem(tc.host)
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("hostProblem(%q) = %q, want it to contain %q", tc.host, got, tc.want)
		}
		syntax := hostSyntaxProblem(tc.host)
		if (tc.syntax == "") != (syntax == "") || !strings.Contains(syntax, tc.syntax) {
			t.Errorf("hostSyntaxProblem(%q) = %q, want it to contain %q", tc.host, syntax, tc.syntax)
		}
	}
}

func TestHostProblemOddInputs(t *testing.T) {
	inputs := []string{
		"\xff\xfe\xfd",
		"\xffexample.com",
		"example.\xff",
		"\x00",
		"a\x00b.com",
		"[",
		"]",
		"[]",
		":",
		"::",
		"://",
		"a:",
		".",
		"..",
		"-",
		"_.",
		"%",
		"[::1",
		"\u00a0",
		strings.Repeat(".", 1<<16),
		strings.Repeat("a", 1<<20),
		strings.Repeat("a.", 1<<19),
		strings.Repeat("\xff", 1<<16),
		strings.Repeat("https://", 1<<14),
		strings.Repeat("1.", 1<<16) + "1",
		strings.Repeat(":", 1<<16),
	}
	for _, in := range inputs {
		_ = hostProblem(in)
		_ = hostSyntaxProblem(in)
	}
	if got := hostProblem(strings.Repeat("a", 1<<20)); !strings.Contains(got, "longer than 253") {
		t.Errorf("a huge label: %q", got)
	}
	if got := quote(strings.Repeat("\xff", 200)); len(got) > 400 {
		t.Errorf("quoted value not shortened: %d bytes", len(got))
	}
}

// FuzzHostProblem feeds arbitrary hosts to the classifier: a malformed host
// is also an invalid origin, and messages about valid UTF-8 stay valid UTF-8.
func FuzzHostProblem(f *testing.F) {
	for _, seed := range []string{
		"", "example.com", "app.example.com", "https://example.com/path", "10.0.0.1", "::1",
		"[2001:db8::1]:443", "db.internal", "a..b", strings.Repeat("a", 64) + ".com",
		"bucket.s3.us-east-1.amazonaws.com", "xn--bcher-kva.example", "\xff\xfe", "host:8080",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, host string) {
		problem := hostProblem(host)
		syntax := hostSyntaxProblem(host)
		if syntax != "" && problem == "" {
			t.Errorf("%q: a malformed host (%s) must also be an invalid origin", host, syntax)
		}
		if !utf8.ValidString(problem) && utf8.ValidString(host) {
			t.Errorf("%q: message is not valid UTF-8: %q", host, problem)
		}
	})
}
