package encryptionatrest

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// state is what one site stores, in one scope.
type state int

const (
	// unknown: a value cannot be known, or the encryption comes from a
	// source, snapshot or AMI this configuration does not show.
	unknown state = iota
	// encrypted by the setting or by the service's default.
	encrypted
	// accountEncrypted: the account's EBS encryption by default encrypts it,
	// with a key this configuration may not show.
	accountEncrypted
	// unencrypted by the setting's value.
	unencrypted
	// unencryptedByDefault: the setting is unset and AWS's default is unencrypted.
	unencryptedByDefault
)

// verdict is a site's state in one scope; attr is the setting when written.
type verdict struct {
	state  state
	attr   *hcl.Attribute
	value  string
	region model.Region
	scope  scope
}

// judgeScope decides whether a decision's data at a site is encrypted.
func (c *check) judgeScope(s site, d data.EncryptionDecision, sc scope) verdict {
	v := verdict{region: s.res.InstanceRegion(sc.key), scope: sc}
	if d.Path == "" {
		v.state = encrypted
		return v
	}
	// A source, snapshot or KMS key decides before the switch does.
	switch by, known := s.settled(d, sc); {
	case by != "" && by == d.KMSKeyPath:
		v.state = encrypted
		return v
	case by != "" || !known:
		return v
	}
	if attr, ok := s.lookup(d.Path); ok {
		value, known := text(eval(s.res, attr.Expr, sc))
		switch {
		case !known:
			return v
		case value != "":
			v.attr, v.value = attr, value
			v.state = encrypted
			if slices.Contains(d.Unencrypted, strings.ToLower(value)) {
				v.state = c.ebsOverride(d, v.region, unencrypted)
			}
			return v
		}
	}
	switch d.Default {
	case "encrypted":
		v.state = encrypted
	case "unencrypted":
		v.state = c.conditionalDefault(s, d, sc)
		if v.state == unencryptedByDefault {
			v.state = c.ebsOverride(d, v.region, unencryptedByDefault)
		}
	}
	return v
}

// settled names what else decides the encryption, if anything: a source,
// a snapshot or a KMS key. known is false when that cannot be told.
func (s site) settled(d data.EncryptionDecision, sc scope) (by string, known bool) {
	for _, path := range d.SettledBy {
		attr, ok := s.lookup(path)
		if !ok {
			continue
		}
		if attr == nil {
			return path, true
		}
		v := eval(s.res, attr.Expr, sc)
		if !v.IsKnown() {
			return "", false
		}
		if !v.IsNull() {
			return path, true
		}
	}
	return "", true
}

// conditionalDefault applies the default's condition: `unless engine=valkey`
// makes it encrypted, `if settings.caching_enabled=true` applies it only then.
func (c *check) conditionalDefault(s site, d data.EncryptionDecision, sc scope) state {
	if d.DefaultCondition == "" {
		return unencryptedByDefault
	}
	matches := false
	if attr, ok := s.lookup(d.ConditionAttr); ok {
		value, known := text(eval(s.res, attr.Expr, sc))
		if !known {
			return unknown
		}
		matches = strings.EqualFold(value, d.ConditionValue)
	}
	switch {
	case d.DefaultCondition == "unless" && matches:
		return encrypted
	case d.DefaultCondition == "if" && !matches:
		// Nothing is stored (no cache), so there is nothing to encrypt.
		return unknown
	}
	return unencryptedByDefault
}

// ebsOverride applies EBS encryption by default in the region: it encrypts
// every new volume there, whatever the volume says.
func (c *check) ebsOverride(d data.EncryptionDecision, region model.Region, s state) state {
	if d.AccountDefault != "ebs" {
		return s
	}
	switch c.ebs.coverage(region) {
	case covered:
		return accountEncrypted
	case uncertain:
		return unknown
	}
	return s
}

// text is a known value as written in configuration ("false", "NONE"); ""
// for null. known is false for an unknown value.
func text(v cty.Value) (string, bool) {
	if !v.IsWhollyKnown() {
		return "", false
	}
	if v.IsNull() {
		return "", true
	}
	switch v.Type() {
	case cty.Bool:
		if v.True() {
			return "true", true
		}
		return "false", true
	case cty.String:
		return v.AsString(), true
	case cty.Number:
		return v.AsBigFloat().Text('f', -1), true
	}
	// Another type (an object for a string flag) is the provider's to reject.
	return "", false
}
