package cloudfrontorigin

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// wantIssue is an expected issue: at the only occurrence of needle in
// file, with a message containing msg. Text after a "§" in needle is context
// that makes the occurrence unique, outside the range.
type wantIssue struct {
	file, needle, msg string
}

// rangeOf is the range of the only occurrence of needle in src.
func rangeOf(t *testing.T, filename, src, needle string) hcl.Range {
	t.Helper()
	match, context, _ := strings.Cut(needle, "§")
	i := strings.Index(src, match+context)
	if i < 0 || strings.Count(src, match+context) != 1 {
		t.Fatalf("%q must occur exactly once in %s", match+context, filename)
	}
	needle = match
	pos := func(offset int) hcl.Pos {
		line := strings.Count(src[:offset], "\n") + 1
		col := offset - strings.LastIndex(src[:offset], "\n")
		return hcl.Pos{Line: line, Column: col, Byte: offset}
	}
	return hcl.Range{Filename: filename, Start: pos(i), End: pos(i + len(needle))}
}

// runRule runs the rule on files, laid out on disk when some lie in a
// subdirectory (a local module); dir is that root directory, else "".
func runRule(t *testing.T, files map[string]string) (issues helper.Issues, dir string) {
	t.Helper()
	onDisk := false
	for name := range files {
		if strings.Contains(name, "/") {
			onDisk = true
		}
	}
	var runner *helper.Runner
	if onDisk {
		runner, dir = ruletest.ModuleRunner(t, files)
	} else {
		runner = helper.TestRunner(t, files)
	}
	if err := New().Check(runner); err != nil {
		t.Fatalf("Check: %s", err)
	}
	return runner.Issues, dir
}

// assertIssues checks that the rule reports exactly the wanted issues, in any order.
func assertIssues(t *testing.T, files map[string]string, want []wantIssue) {
	t.Helper()
	got, dir := runRule(t, files)
	var wantRanges []hcl.Range
	for _, w := range want {
		name := w.file
		if dir != "" {
			name = filepath.Join(dir, w.file)
		}
		wantRanges = append(wantRanges, rangeOf(t, name, files[w.file], w.needle))
	}
	if len(got) != len(want) {
		var msgs []string
		for _, i := range got {
			msgs = append(msgs, i.Range.String()+": "+i.Message)
		}
		t.Fatalf("got %d issues, want %d:\n%s", len(got), len(want), strings.Join(msgs, "\n"))
	}
	sort.Slice(got, func(i, j int) bool {
		a, b := got[i].Range, got[j].Range
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
	order := make([]int, len(want))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := wantRanges[order[i]], wantRanges[order[j]]
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
	for i, issue := range got {
		w, r := want[order[i]], wantRanges[order[i]]
		if issue.Range != r {
			t.Errorf("issue %d at %s, want %s (%q)", i, issue.Range, r, w.needle)
		}
		if !strings.Contains(issue.Message, w.msg) {
			t.Errorf("issue at %s:\n  message %q\n  want it to contain %q", issue.Range, issue.Message, w.msg)
		}
		if issue.Rule.Name() != "aws_cloudfront_origin_invalid" {
			t.Errorf("issue from rule %s", issue.Rule.Name())
		}
	}
}

// ruleCase is a configuration and the issues the rule reports on it.
type ruleCase struct {
	name  string
	files map[string]string
	want  []wantIssue
}

// runCases checks each case in a subtest of its own.
func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { assertIssues(t, tc.files, tc.want) })
	}
}

// distributionWith wraps origin blocks in a distribution without cache
// behaviors, so that only the origins are judged.
func distributionWith(name, body string) string {
	return `
resource "aws_cloudfront_distribution" "` + name + `" {
  enabled = true
` + body + `
}
`
}

const (
	msgScheme   = `includes a URL scheme: CloudFront accepts only a DNS name here`
	msgPath     = `includes a path:`
	msgPort     = `includes a port:`
	msgIP       = `is an IP address: CloudFront needs a DNS name`
	msgEmpty    = `is empty:`
	msgReserved = `a name reserved for private or special use that public DNS never resolves`
	msgSingle   = `is a single label`
	msgZoneID   = `an identifier, not a host name`
	msgZoneName = `and no record here gives the zone apex an address other than this distribution's`
	msgNS       = `is a name server of Route 53 zone`
	msgPrivate  = `a record in the private hosted zone`
	msgURL      = `a URL of the form "https://<url-id>.lambda-url.<region>.on.aws/", not a host name`
	msgPrivDNS  = `a private DNS name that resolves only inside its VPC`
	msgInternal = `an internal load balancer (internal = true)`
	msgTarget   = `names no origin or origin group of the distribution`
)

func TestMessage(t *testing.T) {
	got, _ := runRule(t, map[string]string{"main.tf": distributionWith("cdn", `
  origin {
    domain_name = "http://origin.example.com"
    origin_id   = "any"
  }`)})
	want := `aws_cloudfront_distribution.cdn origin domain_name "http://origin.example.com" includes a URL scheme: CloudFront accepts only a DNS name here and rejects the distribution. Remove the scheme and choose the protocol with custom_origin_config's origin_protocol_policy.`
	if len(got) != 1 || got[0].Message != want {
		t.Fatalf("got %v, want one issue %q", got, want)
	}
	rule := New()
	if rule.Severity().String() != "Error" || !strings.HasSuffix(rule.Link(), "/docs/rules/aws_cloudfront_origin_invalid.md") {
		t.Errorf("severity %s, link %s", rule.Severity(), rule.Link())
	}
}
