package repository

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestDirsUnderWalksOnlyTheSubtree(t *testing.T) {
	root := layout(t, map[string]string{
		".git/HEAD":                        "ref: refs/heads/main\n",
		"live/us-east-1/main.tf":           "",
		"live/us-east-1/app/main.tf":       "",
		"live/us-east-1/app/extra.tf.json": "{}",
		"live/us-east-1/a/b/c.tf":          "",
		"live/us-east-1/.terraform/m/x.tf": "",
		"live/us-east-1/vendor/x.tf":       "",
		"live/us-east-1/docs/README.md":    "",
		"live/us-west-2/main.tf":           "",
	})
	var rel []string
	for _, d := range DirsUnder(filepath.Join(root, "live", "us-east-1")) {
		r, _ := filepath.Rel(root, d)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := []string{"live/us-east-1", "live/us-east-1/a/b", "live/us-east-1/app"}
	if !reflect.DeepEqual(rel, want) {
		t.Errorf("DirsUnder = %v, want %v", rel, want)
	}
	if got := DirsUnder(filepath.Join(root, "missing")); got != nil {
		t.Errorf("DirsUnder(missing) = %v, want none", got)
	}
}

func TestRelAndSegments(t *testing.T) {
	root := layout(t, map[string]string{".git/HEAD": "", "live/us-east-1/app/main.tf": ""})
	repo := Around(root, "")
	for dir, want := range map[string][]string{
		"live/us-east-1/app": {"live", "us-east-1", "app"},
		".":                  nil,
	} {
		got, ok := repo.Segments(filepath.Join(root, dir))
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("Segments(%s) = %v, %v; want %v", dir, got, ok, want)
		}
	}
	if rel, ok := repo.Rel(filepath.Join(root, "live", "us-east-1")); !ok || rel != "live/us-east-1" {
		t.Errorf("Rel = %q, %v", rel, ok)
	}
	if _, ok := repo.Rel(filepath.Dir(root)); ok {
		t.Error("a directory above the repository has no path in it")
	}
}
