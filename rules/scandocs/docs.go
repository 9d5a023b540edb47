package scandocs

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A documentation tree is a directory named docs (any case) in a searched
// directory, or docs in one of its child directories (a documentation site
// such as website/docs). Its Markdown pages are read at any depth,
// breadth-first in name order so that overview pages come first, within
// bounds of their own: a large site costs little, and pages beyond the
// bounds count as absent.
const (
	// maxDocDirs bounds the directories listed per search in documentation trees.
	maxDocDirs = 256
	// maxDocFiles bounds the Markdown pages read per search from documentation trees.
	maxDocFiles = 128
)

// docsTrees returns the documentation trees of a directory, given its
// entries: its own docs first, then its child directories'.
func docsTrees(dir string, entries []os.DirEntry) []string {
	var own, nested []string
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		switch {
		case strings.EqualFold(name, "docs"):
			own = append(own, path)
		case walkable(e):
			if docs := filepath.Join(path, "docs"); isDir(docs) {
				nested = append(nested, docs)
			}
		}
	}
	slices.Sort(own)
	slices.Sort(nested)
	return append(own, nested...)
}

// checkDocsTree returns the first Markdown page of a documentation tree that
// documents a scan, or "".
func (s *search) checkDocsTree(root string) string {
	queue := []string{root}
	for len(queue) > 0 && s.docDirs < maxDocDirs {
		dir := queue[0]
		queue = queue[1:]
		real, ok := s.resolve(dir)
		if !ok || s.seen[real] {
			continue
		}
		s.seen[real] = true
		s.docDirs++
		for _, e := range sortedList(real) {
			path := filepath.Join(real, e.Name())
			switch ext := strings.ToLower(filepath.Ext(e.Name())); {
			case ext == ".md" || ext == ".markdown":
				if s.docFiles >= maxDocFiles {
					return ""
				}
				s.docFiles++
				if where := s.checked(path, markdown); where != "" {
					return where
				}
			case walkable(e):
				queue = append(queue, path)
			}
		}
	}
	return ""
}

// walkable reports whether an entry may be a directory worth descending
// into: not hidden (.git, .docusaurus) and not installed packages.
func walkable(e os.DirEntry) bool {
	name := e.Name()
	if strings.HasPrefix(name, ".") || name == "node_modules" {
		return false
	}
	return e.IsDir() || e.Type()&os.ModeSymlink != 0
}

// sortedList is list in name order: which pages the bounds leave out must
// not depend on the file system's order.
func sortedList(dir string) []os.DirEntry {
	entries := list(dir)
	slices.SortFunc(entries, func(a, b os.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
