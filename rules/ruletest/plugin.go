package ruletest

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// pluginName is the ruleset's name in its plugin block.
const pluginName = "awsbaseline"

// splitPluginBlock takes the plugin "awsbaseline" block out of a .tflint.hcl,
// which helper.TestRunner cannot read, and returns its settings (nil without
// one) and the rest of the file.
func splitPluginBlock(src []byte) (*model.Settings, []byte, error) {
	file, diags := hclsyntax.ParseConfig(src, ".tflint.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		return nil, nil, diags
	}
	var settings *model.Settings
	for _, block := range file.Body.(*hclsyntax.Body).Blocks {
		if block.Type != "plugin" || len(block.Labels) != 1 || block.Labels[0] != pluginName {
			continue
		}
		var plugin struct {
			Regions []string `hcl:"regions,optional"`
			Enabled *bool    `hcl:"enabled,optional"`
		}
		if diags := gohcl.DecodeBody(block.Body, nil, &plugin); diags.HasErrors() {
			return nil, nil, diags
		}
		if settings != nil {
			return nil, nil, fmt.Errorf(".tflint.hcl: two plugin %q blocks", pluginName)
		}
		settings = &model.Settings{Regions: plugin.Regions}
	}
	if settings == nil {
		return nil, src, nil
	}
	w, diags := hclwrite.ParseConfig(src, ".tflint.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		return nil, nil, diags
	}
	w.Body().RemoveBlock(w.Body().FirstMatchingBlock("plugin", []string{pluginName}))
	return settings, w.Bytes(), nil
}
