package scandocs

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// preCommitHooks are the hooks that scan infrastructure code, of
// antonbabenko/pre-commit-terraform, of the scanners' own repositories and
// of mxab/pre-commit-trivy. The scanners' repositories publish others too
// (checkov_secrets, trivyfs-go) that do not.
var preCommitHooks = map[string]bool{
	"terraform_tfsec": true, "terraform_trivy": true, "terraform_checkov": true, "terrascan": true,
	"checkov": true, "checkov_container": true, "checkov_diff": true, "checkov_diff_container": true,
	"tfsec": true, "tfsec-docker": true, "tfsec-system": true,
	"kics": true, "kics-scan": true, "trivyconfig": true, "trivyconfig-docker": true,
}

// preCommitDocs reads a pre-commit configuration, or a part of one shown
// in a document: a scanner hook by id, or a hook whose entry runs a scanner.
func preCommitDocs(docs []*yaml.Node) bool {
	w := &yamlWalker{}
	for _, doc := range docs {
		if w.preCommitNode(doc, false) {
			return true
		}
	}
	return false
}

// preCommitNode reads a node; terrascanRepo tells whether it belongs to
// Terrascan's own repository, whose older hook has a generic id.
func (w *yamlWalker) preCommitNode(n *yaml.Node, terrascanRepo bool) bool {
	n = w.resolve(n, terrascanRepo)
	if n == nil {
		return false
	}
	children := n.Content
	if n.Kind == yaml.MappingNode {
		if repo := value(n, "repo"); repo != nil {
			terrascanRepo = strings.HasSuffix(strings.TrimSuffix(text(repo), ".git"), "/terrascan")
		}
		id := text(value(n, "id"))
		if preCommitHooks[id] || terrascanRepo && id == "terraform-pre-commit" {
			return true
		}
		if commandLine(text(value(n, "entry")), strong) {
			return true
		}
		children = nil
		for _, kv := range pairs(n) {
			children = append(children, kv[1])
		}
	}
	for _, c := range children {
		if w.preCommitNode(c, terrascanRepo) {
			return true
		}
	}
	return false
}
