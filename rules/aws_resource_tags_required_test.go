package rules

import (
	"errors"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruleconfig"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// The environment variables fixture's env.txt sets TF_AWS_DEFAULT_TAGS_<key>,
// default tags the AWS provider takes for every resource but Auto Scaling groups.
func TestAwsResourceTagsRequiredRule(t *testing.T) {
	ruletest.Run(t, NewAwsResourceTagsRequiredRule(), "testdata/aws_resource_tags_required")
}

func tagsTestMsg(addr, provider string, missing ...string) string {
	parts := strings.Split(addr, ".")
	return tagsMessage(addr, parts[len(parts)-2], provider, missing)
}

func TestAwsResourceTagsRequiredRuleMessages(t *testing.T) {
	got := tagsTestMsg("module.a.aws_s3_bucket.b", "aws.west", "Environment", "Owner")
	want := `module.a.aws_s3_bucket.b is missing the required tags "Environment", "Owner": without them the resource cannot be attributed in cost allocation reports or matched by tag-based access and automation policies. Set them in its tags or in default_tags of its provider configuration (aws.west).`
	if got != want {
		t.Errorf("message = %s", got)
	}
	got = tagsTestMsg("aws_autoscaling_group.web", "aws", "Owner")
	want = `aws_autoscaling_group.web is missing the required tag "Owner": without it the resource cannot be attributed in cost allocation reports or matched by tag-based access and automation policies. Add a tag block for each; provider default_tags do not apply to Auto Scaling groups.`
	if got != want {
		t.Errorf("message = %s", got)
	}
}

// A tags option the rule cannot use is the user's to fix: the empty list
// fixture, with a bad option instead of its own.
func TestAwsResourceTagsRequiredRuleConfigErrors(t *testing.T) {
	for _, tags := range []string{`[1]`, `["Owner", true]`, `"Owner"`, `[""]`, `null`, `[["Owner"]]`, `{ Owner = "x" }`} {
		t.Run(tags, func(t *testing.T) {
			c := ruletest.Load(t, "testdata/aws_resource_tags_required/an_empty_list_checks_nothing")
			c.Files[".tflint.hcl"] = "rule \"aws_resource_tags_required\" {\n  enabled = true\n  tags = " + tags + "\n}\n"
			rule := NewAwsResourceTagsRequiredRule()
			runner, h := c.Runner(t, rule)
			err := rule.Check(runner)
			var cfgErr *ruleconfig.Error
			if !errors.As(err, &cfgErr) {
				t.Fatalf("want a ruleconfig.Error, got %v", err)
			}
			if len(h.Issues) != 0 {
				t.Errorf("no issue expected with a bad rule block, got %d", len(h.Issues))
			}
		})
	}
}

// A near miss differs in case, `-`, `_` or spaces, or starts so; the
// closest spelling wins over a longer one.
func TestAwsResourceTagsRequiredRuleNearMisses(t *testing.T) {
	present := tagsKeySet{keys: map[string]bool{"Owner-Team": true, "owner": true, "cost_center": true, "environment-name": true, "Name": true}, known: true}
	got := tagsNearMisses([]string{"Owner", "CostCenter", "Environment", "Project"}, present)
	want := map[string]string{"Owner": "owner", "CostCenter": "cost_center", "Environment": "environment-name"}
	if len(got) != len(want) {
		t.Fatalf("near misses = %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("near miss of %s = %q, want %q", k, got[k], v)
		}
	}
}

// A key's normal form drops `-`, `_` and spaces and lowers every letter,
// beyond ASCII too, as strings.ToLower does.
func TestAwsResourceTagsRequiredRuleNormalKey(t *testing.T) {
	for key, want := range map[string]string{
		"Cost Center":      "costcenter",
		"environment-name": "environmentname",
		"Owner_Team":       "ownerteam",
		"ÉQUIPE-Ä":         "équipeä",
		"":                 "",
	} {
		if got := tagsNormalKey(key); got != want {
			t.Errorf("tagsNormalKey(%q) = %q, want %q", key, got, want)
		}
	}
}
