package encryptionatrest

import (
	"fmt"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// judge reports a decision's sites that store data unencrypted, and, with
// require_customer_managed_key, those encrypted without a key of the
// customer's. One finding per site: instances that agree share it.
func (c *check) judge(res *model.Resource, d data.EncryptionDecision) {
	for _, s := range sites(res, d.Path) {
		var first *verdict
		var keyless []verdict
		for _, sc := range s.scopes {
			v := c.judgeScope(s, d, sc)
			switch v.state {
			case unencrypted, unencryptedByDefault:
				if first == nil {
					first = &v
				}
			case encrypted:
				keyless = append(keyless, v)
			}
		}
		if first != nil && d.Verdict == data.VerdictUsed {
			c.reportUnencrypted(s, d, *first)
			continue
		}
		if c.opts.RequireCustomerManagedKey && d.KMSKeyPath != "" {
			c.requireKey(s, d, keyless)
		}
	}
}

func (c *check) reportUnencrypted(s site, d data.EncryptionDecision, v verdict) {
	f := report.Finding{Subject: s.res.Address(), Module: s.res.Module, Range: s.at}
	var why string
	if v.state == unencrypted {
		f.Range, f.Expr = v.attr.Expr.Range(), v.attr.Expr
		why = fmt.Sprintf("%s is %s", d.Path, v.value)
	} else {
		why = fmt.Sprintf("%s is not set and AWS does not encrypt it by default", d.Path)
	}
	msg := fmt.Sprintf("%s stores its data unencrypted at rest: %s. %s", s.res.Address(), why, setting(d))
	if d.AccountDefault == "ebs" {
		msg += fmt.Sprintf(" EBS encryption by default in %s would also cover it: aws_ebs_encryption_by_default in that region, or the rule's ebs_default_regions when a landing zone turns it on outside this configuration.",
			c.cfg.RegionLabel(v.region))
	}
	if d.Replaces {
		msg += " Turning encryption on for an existing database or volume replaces it, so plan the data migration (there is no autofix)."
	}
	f.Message = msg
	c.reporter.Report(f)
}

// setting says what to write: "Set storage_encrypted = true." or, for a
// setting whose value is a key, "Set kms_master_key_id to a KMS key ARN or alias."
func setting(d data.EncryptionDecision) string {
	if strings.Contains(d.SetTo, " ") {
		return fmt.Sprintf("Set %s to %s.", d.Path, d.SetTo)
	}
	return fmt.Sprintf("Set %s = %s.", d.Path, d.SetTo)
}
