package encryptionatrest

import (
	"fmt"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// requireKey reports an encrypted site that names no customer-managed key:
// its data is encrypted with an AWS owned or AWS managed key, whose policy
// the customer cannot change or share across accounts.
func (c *check) requireKey(s site, d data.EncryptionDecision, encryptedIn []verdict) {
	for _, v := range encryptedIn {
		attr, ok := s.lookup(d.KMSKeyPath)
		if !ok {
			if d.AccountDefault == "ebs" && c.ebs.hasDefaultKey(v.region) {
				// The region's default EBS key may be the customer's.
				continue
			}
			c.reporter.Report(report.Finding{
				Subject: s.res.Address(), Module: s.res.Module, Range: s.at,
				Message: fmt.Sprintf("%s is encrypted at rest with an AWS owned or AWS managed key: set %s to a customer-managed KMS key (require_customer_managed_key).",
					s.res.Address(), d.KMSKeyPath),
			})
			return
		}
		key, known := text(eval(s.res, attr.Expr, v.scope))
		if known && awsManagedAlias(key) {
			c.reporter.Report(report.Finding{
				Subject: s.res.Address(), Module: s.res.Module, Range: attr.Expr.Range(), Expr: attr.Expr,
				Message: fmt.Sprintf("%s names the AWS managed key %s: use a customer-managed KMS key instead (require_customer_managed_key).",
					s.res.Address(), key),
			})
			return
		}
	}
}

// awsManagedAlias tells an AWS managed key's alias (alias/aws/sqs), by
// name or ARN.
func awsManagedAlias(key string) bool {
	return strings.HasPrefix(key, "alias/aws/") || strings.Contains(key, ":alias/aws/")
}
