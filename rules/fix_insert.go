package rules

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// blockInsertion is where a fix adds a new top-level block to a file in
// native syntax: at the end of a file, or after an existing block.
type blockInsertion struct {
	at hcl.Range
	// lead and trail surround the block so that it stands apart from its
	// neighbours; the fixer formats the file afterwards.
	lead, trail string
}

// insert adds a block's text (without a final newline) at the insertion.
func (in blockInsertion) insert(f tflint.Fixer, block string) error {
	return f.InsertTextAfter(in.at, in.lead+block+in.trail)
}

// atFileEnd is the end of a native-syntax file of the module under check;
// false when the file does not exist. The fixer edits files, it cannot
// create one.
func atFileEnd(runner tflint.Runner, mod *model.Module, name string) (blockInsertion, bool) {
	// Asking the host for a file it does not have logs an error.
	if _, err := os.Stat(filepath.Join(mod.AbsDir(), name)); err != nil {
		return blockInsertion{}, false
	}
	filename := filepath.Join(mod.Dir, name)
	body, src, ok := nativeFile(runner, filename)
	if !ok {
		return blockInsertion{}, false
	}
	end := body.EndRange.End
	in := blockInsertion{at: hcl.Range{Filename: filename, Start: end, End: end}, trail: "\n"}
	switch {
	case len(src) == 0:
	case src[len(src)-1] == '\n':
		in.lead = "\n"
	default:
		in.lead = "\n\n"
	}
	return in, true
}

// afterBlock is the place right after the top-level block whose definition
// starts where def does; false when that block is not in an editable
// native-syntax file.
func afterBlock(runner tflint.Runner, def hcl.Range) (blockInsertion, bool) {
	body, _, ok := nativeFile(runner, def.Filename)
	if !ok {
		return blockInsertion{}, false
	}
	for _, b := range body.Blocks {
		if b.DefRange().Start.Byte == def.Start.Byte {
			return blockInsertion{at: b.Range(), lead: "\n\n"}, true
		}
	}
	return blockInsertion{}, false
}

// nativeFile asks the host for an editable file of the module under check,
// as the fixer will edit it (earlier rules' fixes applied).
func nativeFile(runner tflint.Runner, filename string) (*hclsyntax.Body, []byte, bool) {
	if !isNativeEditable(filename) {
		return nil, nil, false
	}
	file, err := runner.GetFile(filename)
	if err != nil || file == nil {
		return nil, nil, false
	}
	body, ok := file.Body.(*hclsyntax.Body)
	return body, file.Bytes, ok
}

// isNativeEditable reports whether a fix may edit a file: native syntax,
// and not an override file, whose content Terraform merges into blocks of
// other files, so that a new block there would override instead of declare.
func isNativeEditable(filename string) bool {
	base := filepath.Base(filename)
	if !strings.HasSuffix(base, ".tf") {
		return false
	}
	return base != "override.tf" && !strings.HasSuffix(base, "_override.tf")
}
