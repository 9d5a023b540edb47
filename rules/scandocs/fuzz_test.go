package scandocs

import "testing"

// FuzzSecurityScanText feeds arbitrary documents of every kind to the scan
// matcher: it must neither panic nor depend on anything but its input.
func FuzzSecurityScanText(f *testing.F) {
	for _, seed := range []string{
		"```sh\ntrivy config .\n```\n", "    tfsec .\n", "<pre>\ncheckov -d .\n</pre>\n", "<!--\n```\ntfsec .\n```\n-->\n",
		"\uFEFF$ tfsec .\n", "Run `tfsec` here.\n", "Scan it::\n\n    trivy config .\n", "- run: >-\n    checkov\n    --directory .\n",
		"repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    hooks: [{id: terraform_trivy}]\n",
		"scan:\n  script:\n    - kics scan -p . -t Terraform\n", "<PRE>tfsec . İİİ</pre>", "checkov \\\n  -d .\n", "",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, k := range []kind{markdown, rst, plain, shell, pipeline, preCommit} {
			if first, again := documents(k, src), documents(k, src); first != again {
				t.Errorf("kind %d: %q matched %v, then %v", k, src, first, again)
			}
		}
	})
}
