package rules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

// Without --fix the SDK still runs every fix, against its Fixer, only to
// learn whether the fix returns tflint.ErrFixNotSupported (the issue is then
// not fixable), and throws the edits away. Its Fixer rewrites a copy of the
// whole file for every edit, and lexes or parses the whole file to remove an
// attribute or a block: in a configuration kept in one big file every fixable
// finding copied and lexed megabytes (docs/performance.md). So, without
// --fix, a fix runs against a Fixer that edits nothing and fails only where
// the SDK's Fixer fails with tflint.ErrFixNotSupported (removing from a JSON
// file); reading (TextAt, ValueText, RangeTo) goes to the SDK's. The other errors
// of an edit do not matter then, and fixes decide that they are not
// supported before they edit (TestFixesPreviewAsTheyRun checks every fixture).
// It implements every method itself, so that an SDK adding an edit method to
// tflint.Fixer fails the build here rather than edit through the SDK's.
type previewFixer struct {
	sdk tflint.Fixer
}

// previewing is fix run against a previewFixer.
func previewing(fix func(tflint.Fixer) error) func(tflint.Fixer) error {
	if fix == nil {
		return nil
	}
	return func(f tflint.Fixer) error { return fix(previewFixer{sdk: f}) }
}

func (f previewFixer) TextAt(at hcl.Range) tflint.TextNode { return f.sdk.TextAt(at) }
func (f previewFixer) ValueText(v cty.Value) string        { return f.sdk.ValueText(v) }
func (f previewFixer) RangeTo(to, filename string, start hcl.Pos) hcl.Range {
	return f.sdk.RangeTo(to, filename, start)
}

func (previewFixer) ReplaceText(hcl.Range, ...any) error       { return nil }
func (previewFixer) InsertTextBefore(hcl.Range, string) error  { return nil }
func (previewFixer) InsertTextAfter(hcl.Range, string) error   { return nil }
func (previewFixer) Remove(hcl.Range) error                    { return nil }
func (previewFixer) RemoveAttribute(attr *hcl.Attribute) error { return removable(attr.Range.Filename) }
func (previewFixer) RemoveBlock(block *hcl.Block) error        { return removable(block.DefRange.Filename) }
func (previewFixer) RemoveExtBlock(block *hclext.Block) error {
	return removable(block.DefRange.Filename)
}

// removable is what the SDK's Fixer answers about removing an attribute or a
// block from a file, as far as fixability goes: JSON is not supported.
func removable(filename string) error {
	if terraform.IsJSONFilename(filename) {
		return tflint.ErrFixNotSupported
	}
	return nil
}
