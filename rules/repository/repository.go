// Package repository knows what a module check cannot see from its own files:
// the repository around the directory TFLint checks, and which of its
// directories other directories call as local modules. `tflint --recursive`
// runs one worker process per directory and nothing merges their findings, so
// every worker must reach the same verdict about the same directory from disk.
package repository

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Repository is the tree under the nearest directory holding .git (a
// directory, or a file in worktrees and submodules), or under the directory
// a run started in when none does (Around), as seen from that start.
type Repository struct {
	// Root is the repository's top directory, absolute and free of symlinks.
	Root string
	// start is the directory the run started in when it lies in the
	// repository, else "": what is under it was asked for (IsSample).
	start string
	*index
}

// index is what the walk of a repository finds, shared by every view of it.
type index struct {
	once sync.Once
	dirs []string
	// limit bounds the directories walked (0: none); truncated tells that
	// the walk stopped there.
	limit     int
	truncated bool
	// moduleFiles are the files that may hold a module block, and
	// hasSymlinks whether the walk met a symbolic link, through which a
	// source may name a directory by another name.
	moduleFiles []string
	hasSymlinks bool

	mu sync.Mutex
	// called caches IsCalled by directory; targets caches the directories a
	// module file calls, parsed only when a question needs them; callers
	// caches the directories that call a directory (callers.go).
	called  map[string]bool
	targets map[string][]string
	callers map[string][]string
}

// maxStartDirs bounds the walk of a tree without .git: a run started far
// above the directory it checks (`cd ~ && tflint --chdir=…`) must not walk
// the home directory or the whole disk. Past it the tree is no repository,
// for every worker alike.
var maxStartDirs = 10000

// view names a repository as seen from a run's start directory.
type view struct{ root, start string }

var (
	cacheMu sync.Mutex
	cache   = map[view]*Repository{}
	indexes = map[string]*index{}
)

// Around returns the repository holding dir as seen from start, the
// directory TFLint started in: the tree under the nearest directory holding
// .git, else (an unpacked archive) the tree under start if start holds dir,
// else nil. Every worker of a recursive run shares its start, so all of them
// read the same tree the same way.
func Around(dir, start string) *Repository {
	abs, err := Canonical(dir)
	if err != nil {
		return nil
	}
	top := ""
	if start != "" {
		top, _ = Canonical(start)
	}
	if root := FindRoot(abs); root != "" {
		if top != "" && !Within(top, root) {
			top = ""
		}
		return lookup(view{root, top}, 0)
	}
	if top == "" || !Within(abs, top) {
		return nil
	}
	r := lookup(view{top, top}, maxStartDirs)
	if r.read(); r.truncated {
		return nil
	}
	return r
}

// lookup returns the repository of a view, its tree read once per root and
// walked through at most limit directories (0: all) when first named.
func lookup(v view, limit int) *Repository {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if r := cache[v]; r != nil {
		return r
	}
	idx := indexes[v.root]
	if idx == nil {
		idx = &index{limit: limit}
		indexes[v.root] = idx
	}
	r := &Repository{Root: v.root, start: v.start, index: idx}
	cache[v] = r
	return r
}

// FindRoot returns the nearest directory at or above dir that holds .git, or "".
func FindRoot(dir string) string {
	abs, err := Canonical(dir)
	if err != nil {
		return ""
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// IsCalled reports whether a local module call (`source = "../modules/x"`) in
// another directory of the repository uses dir as its source. Such a
// directory is a module whatever provider blocks it declares: before
// Terraform 0.13 modules configured their providers themselves.
func (r *Repository) IsCalled(dir string) bool {
	abs, ok := r.lockFor(dir)
	if !ok {
		return false
	}
	defer r.mu.Unlock()
	if called, ok := r.called[abs]; ok {
		return called
	}
	called := false
	r.eachCall([]string{abs}, func(string, string) bool {
		called = true
		return false
	})
	r.called[abs] = called
	return called
}

// eachCall calls yield with each directory of dirs and a module file of
// another directory that calls it as a local module, until yield returns
// false. It reads each module file once and parses only those whose strings
// may name one of dirs (namesIn), so that a worker of a recursive run parses only the
// callers of its own directory rather than every root of the repository. A
// source names a directory by its base name unless it ends in "." or ".."
// (`../..`), or passes through a symbolic link, and then every module file
// is parsed (links outside the repository, which the walk does not see, are
// not considered); the caller holds r.mu.
func (r *Repository) eachCall(dirs []string, yield func(dir, path string) bool) {
	names := map[string]bool{}
	for _, dir := range dirs {
		names[filepath.Base(dir)] = true
	}
	for _, path := range r.moduleFiles {
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		named, all := namesIn(src, names)
		for _, dir := range dirs {
			if filepath.Dir(path) == dir {
				continue
			}
			if !r.hasSymlinks && !all && !named[filepath.Base(dir)] {
				continue
			}
			if slices.Contains(r.targetsOf(path, src), dir) && !yield(dir, path) {
				return
			}
		}
	}
}

// targetsOf returns the directories a module file (its text src) calls as
// local modules, parsing the file once; the caller holds r.mu.
func (r *Repository) targetsOf(path string, src []byte) []string {
	if targets, ok := r.targets[path]; ok {
		return targets
	}
	dir := filepath.Dir(path)
	var targets []string
	for _, source := range localSources(path, src) {
		target := filepath.Join(dir, filepath.FromSlash(source))
		if real, err := filepath.EvalSymlinks(target); err == nil {
			target = real
		}
		targets = append(targets, target)
	}
	r.targets[path] = targets
	return targets
}

// Dirs returns the repository's directories that hold Terraform files
// (`.tf`, `.tf.json`), absolute, in path order.
func (r *Repository) Dirs() []string {
	r.read()
	return r.dirs
}

// read walks the repository once: it lists the directories with Terraform
// files and the files that may hold module blocks.
func (r *Repository) read() {
	r.once.Do(func() {
		r.called, r.targets, r.callers = map[string]bool{}, map[string][]string{}, map[string][]string{}
		seen := map[string]bool{}
		walked := 0
		var buf []byte
		_ = filepath.WalkDir(r.Root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				r.hasSymlinks = true
			}
			if d.IsDir() {
				if path != r.Root && skipDir(d.Name()) {
					return filepath.SkipDir
				}
				if walked++; r.limit > 0 && walked > r.limit {
					r.truncated = true
					return filepath.SkipAll
				}
				return nil
			}
			if !IsTerraformFile(d.Name()) {
				return nil
			}
			dir := filepath.Dir(path)
			if !seen[dir] {
				seen[dir] = true
				r.dirs = append(r.dirs, dir)
			}
			if mayHoldModuleBlocks(path, &buf) {
				r.moduleFiles = append(r.moduleFiles, path)
			}
			return nil
		})
		sort.Strings(r.dirs)
	})
}

// skipDir leaves out what is not the repository's own configuration:
// Terraform's and TFLint's working directories (installed modules are read
// through modules.json, not as directories of the repository), VCS data and
// vendored packages.
func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor"
}

// IsTerraformFile reports whether a file name is a Terraform configuration
// file (native or JSON syntax, override files included).
func IsTerraformFile(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

// Canonical is dir as an absolute path free of symlinks, the form in which
// the repository compares directories.
func Canonical(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs, nil
}

// Within reports whether path is dir or lies under it.
func Within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
