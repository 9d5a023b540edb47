package data

import (
	_ "embed"
	"strings"
)

//go:embed encryption-switches.tsv
var encryptionSwitches string

//go:embed encryption-mode-selectors.tsv
var encryptionModeSelectors string

//go:embed encryption-at-rest.tsv
var encryptionAtRest string

// EncryptionSetting is a row of encryption-switches.tsv or
// encryption-mode-selectors.tsv: a settable attribute that turns encryption
// on or off, or chooses its mode.
type EncryptionSetting struct {
	Type, Path string
	// Selector is true for a mode selector, false for an on/off switch.
	Selector bool
}

// EncryptionSettings are the rows of both provider files, switches first.
var EncryptionSettings = func() []EncryptionSetting {
	var out []EncryptionSetting
	for _, row := range rows(encryptionSwitches, 2) {
		out = append(out, EncryptionSetting{Type: row[0], Path: row[1]})
	}
	for _, row := range rows(encryptionModeSelectors, 2) {
		out = append(out, EncryptionSetting{Type: row[0], Path: row[1], Selector: true})
	}
	return out
}()

// Verdicts of encryption-at-rest.tsv.
const (
	VerdictUsed      = "used"
	VerdictKeyChoice = "key-choice"
	VerdictExcluded  = "excluded"
	VerdictAlways    = "always"
)

// EncryptionDecision is a row of encryption-at-rest.tsv: whether a setting
// decides the at-rest encryption of stored data, and what AWS does when it is
// unset. The file's header explains each column.
type EncryptionDecision struct {
	Source, Type, Path, Verdict string
	// Unencrypted are the values meaning unencrypted, lower-cased.
	Unencrypted []string
	// SetTo is the value that turns encryption on, as written in configuration.
	SetTo string
	// Default is encrypted, unencrypted, inherited or "" (required attribute).
	Default string
	// DefaultCondition qualifies Default: "unless" (encrypted when
	// ConditionAttr equals ConditionValue) or "if" (Default only then).
	DefaultCondition, ConditionAttr, ConditionValue string
	// SettledBy are attributes or blocks ("name{}") of the same block whose
	// presence means the encryption comes from elsewhere.
	SettledBy      []string
	AccountDefault string
	Replaces       bool
	// KMSKeyPath is the attribute naming a customer-managed key, "" when none is checked.
	KMSKeyPath  string
	Reason, Doc string
}

// EncryptionAtRest are the decisions, in file order.
var EncryptionAtRest = func() []EncryptionDecision {
	var out []EncryptionDecision
	for _, row := range rows(encryptionAtRest, 13) {
		d := EncryptionDecision{
			Source: row[0], Type: row[1], Path: none(row[2]), Verdict: row[3],
			Unencrypted: list(strings.ToLower(row[4])), SetTo: none(row[5]),
			SettledBy: list(row[7]), AccountDefault: none(row[8]), Replaces: row[9] == "yes",
			KMSKeyPath: none(row[10]), Reason: row[11], Doc: row[12],
		}
		d.Default = none(row[6])
		if def, cond, ok := strings.Cut(d.Default, " "); ok {
			d.Default = def
			kind, test, _ := strings.Cut(cond, " ")
			attr, value, _ := strings.Cut(test, "=")
			d.DefaultCondition, d.ConditionAttr, d.ConditionValue = kind, attr, value
		}
		out = append(out, d)
	}
	return out
}()

// none reads the file's "-" as empty.
func none(field string) string {
	if field == "-" {
		return ""
	}
	return field
}

func list(field string) []string {
	if none(field) == "" {
		return nil
	}
	return strings.Split(field, ",")
}
