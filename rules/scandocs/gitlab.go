package scandocs

import (
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// checkGitLab returns the GitLab pipeline, or the local file it includes,
// that runs a scan, or "". GitLab resolves `include: local` paths from the
// project root, the directory of the top .gitlab-ci.yml. Each file is read
// once, so include cycles end, and the include and file limits bound the
// rest. Wildcards are matched in file names only, so that no directory out
// of the boundary is listed.
func (s *search) checkGitLab(path, projectDir string) string {
	src, ok := s.readFile(path)
	if !ok {
		return ""
	}
	docs := yamlDocuments(src)
	if pipelineDocs(docs) {
		return path
	}
	for _, include := range gitLabIncludes(docs) {
		if s.includes >= maxIncludes {
			return ""
		}
		s.includes++
		pattern := filepath.Join(projectDir, strings.TrimPrefix(include, "/"))
		dir, ok := s.resolve(filepath.Dir(pattern))
		if !ok {
			continue
		}
		matches, _ := filepath.Glob(filepath.Join(dir, filepath.Base(pattern)))
		for _, m := range matches {
			if where := s.checkGitLab(m, projectDir); where != "" {
				return where
			}
		}
	}
	return ""
}

// gitLabIncludes returns the local files of a pipeline's `include:` keys
// (also a child pipeline's `trigger: include:`): `local:` entries and plain
// strings that are not URLs. Another project's `file:` entries, remote
// files, templates and components are not local files.
func gitLabIncludes(docs []*yaml.Node) []string {
	w := &yamlWalker{}
	var paths []string
	for _, doc := range docs {
		paths = append(paths, w.includes(doc, false)...)
	}
	return paths
}

// includes returns the local includes under a node; included tells whether
// it is the value of an include key, or an item of a list that is.
func (w *yamlWalker) includes(n *yaml.Node, included bool) []string {
	n = w.resolve(n, included)
	if n == nil {
		return nil
	}
	var paths []string
	switch n.Kind {
	case yaml.ScalarNode:
		if included {
			paths = appendLocal(paths, n.Value)
		}
	case yaml.MappingNode:
		if included {
			paths = appendLocal(paths, text(value(n, "local")))
		}
		for _, kv := range pairs(n) {
			paths = append(paths, w.includes(kv[1], kv[0].Value == "include")...)
		}
	default:
		for _, c := range n.Content {
			paths = append(paths, w.includes(c, included && n.Kind == yaml.SequenceNode)...)
		}
	}
	return paths
}

// appendLocal appends an include's path unless GitLab expands variables in
// it or it is a URL (a remote include).
func appendLocal(paths []string, path string) []string {
	if path == "" || strings.Contains(path, "$") || strings.Contains(path, "://") {
		return paths
	}
	return append(paths, path)
}
