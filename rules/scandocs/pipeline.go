package scandocs

import (
	"path"
	"strings"

	"go.yaml.in/yaml/v3"
)

// commandKeys are the keys of CI definitions and task files whose values
// are commands: a script of one or more lines, or a list of them.
var commandKeys = map[string]bool{
	"run": true, "script": true, "command": true, "cmd": true, "cmds": true, "commands": true, "entry": true,
	"before_script": true, "after_script": true, "sh": true, "bash": true, "pwsh": true,
}

// pipelineDocs reads a CI definition: the commands of its steps and jobs,
// the scanners' GitHub Actions and container images, and GitLab's IaC SAST
// template, which runs KICS.
func pipelineDocs(docs []*yaml.Node) bool {
	w := &yamlWalker{}
	for _, doc := range docs {
		if w.pipelineNode(doc, false) {
			return true
		}
	}
	return false
}

// pipelineNode reads a node; commands tells whether it is the value of a
// command key, or an item of a list that is.
func (w *yamlWalker) pipelineNode(n *yaml.Node, commands bool) bool {
	n = w.resolve(n, commands)
	if n == nil {
		return false
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return commands && shellText(strings.Split(n.Value, "\n"))
	case yaml.MappingNode:
		if uses := text(value(n, "uses")); uses != "" && actionScans(uses, value(n, "with")) {
			return true
		}
		for _, kv := range pairs(n) {
			key := kv[0].Value
			if key == "template" && strings.Contains(text(kv[1]), "SAST-IaC") && strings.Contains(text(kv[1]), ".gitlab-ci.yml") {
				return true
			}
			if w.pipelineNode(kv[1], commandKeys[key]) {
				return true
			}
		}
	default:
		for _, c := range n.Content {
			if w.pipelineNode(c, commands && n.Kind == yaml.SequenceNode) {
				return true
			}
		}
	}
	return false
}

// actionScans reports whether a step's action (`uses:`), given its inputs
// (`with:`), scans Terraform: the scanners' actions and container images.
func actionScans(uses string, with *yaml.Node) bool {
	action, _, _ := strings.Cut(strings.ToLower(uses), "@")
	if image, ok := strings.CutPrefix(action, "docker://"); ok {
		switch imageTool(image) {
		case "":
			return false
		case "trivy":
			return trivyStep(with)
		}
		return true
	}
	switch {
	case strings.HasPrefix(action, "aquasecurity/tfsec-"),
		action == "reviewdog/action-tfsec",
		action == "triat/terraform-security-scan",
		strings.HasPrefix(action, "tenable/terrascan-action"),
		strings.HasPrefix(action, "accurics/terrascan-action"),
		strings.HasPrefix(action, "checkmarx/kics-"),
		strings.HasPrefix(action, "snyk/actions/iac"),
		path.Base(action) == "snyk-iac":
		return true
	case strings.HasPrefix(action, "bridgecrewio/checkov-action"), action == "bridgecrewio/bridgecrew-action":
		return checkovStep(with)
	case strings.HasPrefix(action, "aquasecurity/trivy-action"), action == "reviewdog/action-trivy":
		return trivyStep(with)
	}
	return false
}

// checkovStep reports whether Checkov's action scans Terraform: its
// framework input may restrict it to others, such as secrets.
func checkovStep(with *yaml.Node) bool {
	framework := value(with, "framework")
	if framework == nil {
		return true
	}
	var frameworks []string
	for _, n := range append([]*yaml.Node{framework}, framework.Content...) {
		// An expression (`${{ matrix.framework }}`) may name Terraform.
		if strings.Contains(text(n), "$") {
			return true
		}
		frameworks = append(frameworks, strings.Fields(strings.ReplaceAll(text(n), ",", " "))...)
	}
	return includesTerraform("checkov", frameworks)
}

// trivyStep reports whether a Trivy step scans configuration: Trivy's
// action and image scan container images by default. trivy-action's
// scan-type and reviewdog/action-trivy's trivy_command name the scan;
// a trivy-config input brings Trivy's settings file.
func trivyStep(with *yaml.Node) bool {
	for _, kv := range pairs(with) {
		key, v := kv[0].Value, text(kv[1])
		switch {
		case (key == "scan-type" || key == "trivy_command") && (v == "config" || v == "conf"),
			strings.Contains(v, "misconfig"),
			key == "trivy-config",
			key == "args" && trivyArgs(strings.Fields(v)):
			return true
		}
	}
	return false
}
