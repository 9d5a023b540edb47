package rules

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzCloudFrontOriginHost(f *testing.F) {
	for _, seed := range []string{
		"", "example.com", "app.example.com", "https://example.com/path", "10.0.0.1", "::1",
		"[2001:db8::1]:443", "db.internal", "a..b", strings.Repeat("a", 64) + ".com",
		"bucket.s3.us-east-1.amazonaws.com", "xn--bcher-kva.example", "\xff\xfe", "host:8080",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, host string) {
		problem := cloudfrontOriginHostProblem(host)
		syntax := cloudfrontOriginHostSyntaxProblem(host)
		if syntax != "" && problem == "" {
			t.Errorf("%q: a malformed host (%s) must also be an invalid origin", host, syntax)
		}
		if !utf8.ValidString(problem) && utf8.ValidString(host) {
			t.Errorf("%q: message is not valid UTF-8: %q", host, problem)
		}
	})
}
