package rules

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// tagsNearMissHint tells, after a finding's message, which missing keys the
// tags do carry under another spelling (`owner` for `Owner`,
// `environment-name` for `Environment`). AWS tag keys are case-sensitive, so
// the finding stands; but an organisation that spells its keys its own way
// should configure the rule rather than rename every tag, and a message that
// ignores the near miss reads as false. subject starts the hint: "It has".
func tagsNearMissHint(subject string, required, missing []string, present tagsKeySet) string {
	near := tagsNearMisses(missing, present)
	if len(near) == 0 {
		return ""
	}
	var found []string
	for _, key := range missing {
		if spelled, ok := near[key]; ok {
			found = append(found, spelled)
		}
	}
	suggested := make([]string, len(required))
	for i, key := range required {
		suggested[i] = key
		if spelled, ok := near[key]; ok {
			suggested[i] = spelled
		}
	}
	it := "it"
	if len(found) > 1 {
		it = "them"
	}
	return fmt.Sprintf(" %s %s; tag keys are case-sensitive: rename %s, or set tags = [%s] in the rule block if that is your organisation's spelling.",
		subject, tagsQuoted(found), it, tagsQuoted(suggested))
}

// tagsNearMisses maps each missing key to a present key that differs only in
// case, `-`, `_` or spaces, or that starts with it so (`environment-name`). A
// key spelled the same but for case wins over a longer one.
func tagsNearMisses(missing []string, present tagsKeySet) map[string]string {
	out := map[string]string{}
	if len(missing) == 0 || len(present.keys) == 0 {
		return out
	}
	keys := model.SortedKeys(present.keys)
	normal := make([]string, len(keys))
	for i, have := range keys {
		normal[i] = tagsNormalKey(have)
	}
	for _, want := range missing {
		norm := tagsNormalKey(want)
		for i, have := range keys {
			got := normal[i]
			if got == norm {
				out[want] = have
				break
			}
			if _, ok := out[want]; !ok && strings.HasPrefix(got, norm) {
				out[want] = have
			}
		}
	}
	return out
}

// tagsNormalKey is the key in lower case without `-`, `_` or spaces. It maps
// each rune itself, as strings.ToLower does beyond ASCII: it runs for every
// key of every taggable resource, where building a strings.Replacer each
// time cost more than the rest of the rule.
func tagsNormalKey(key string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == ' ' {
			return -1
		}
		return unicode.ToLower(r)
	}, key)
}

// tagsUnion is the set of keys either set holds.
func tagsUnion(a, b tagsKeySet) tagsKeySet {
	out := tagsKeySet{keys: map[string]bool{}, known: a.known && b.known}
	for k := range a.keys {
		out.keys[k] = true
	}
	for k := range b.keys {
		out.keys[k] = true
	}
	return out
}
