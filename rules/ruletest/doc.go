// Package ruletest is how rule tests are written: fixtures on disk that carry
// their expected issues beside the code they concern, in the manner of
// go/analysis's analysistest. Only tests import it.
//
// A rule's fixtures are the directories under testdata/<rule>/, one a case,
// and its test is
//
//	ruletest.Run(t, NewMyRule(), "testdata/my_rule")
//
// In a fixture directory:
//
//   - the top-level .tf and .tf.json files are the module under check;
//   - subdirectories are on disk only: the modules local module calls read;
//   - .tflint.hcl configures the rule (rule blocks, as helper.TestRunner
//     reads) and the ruleset (a plugin "awsbaseline" block: regions);
//   - env.txt sets environment variables while the fixture is checked, one
//     `NAME=value` a line (what the rule reads from the environment);
//   - module_call.txt, holding an address such as module.app, checks the
//     module as that module call (as TFLint's child runners do), not as the root;
//   - <file>.fixed is what a file of the module must be after the rule's fixes;
//     a file without one must not be changed by them;
//   - want.txt holds the expectations about files that cannot hold comments
//     (JSON), one `<file>:<line> <expectations>` a line;
//   - module_dir.txt, holding a subdirectory such as repo/envs/prod, makes
//     that directory's .tf and .tf.json files the module under check (and its
//     .fixed files the fixed ones) instead of the top-level ones;
//   - repository.txt has the fixture checked from a copy in a temporary
//     directory (symbolic links stay links), away from the repository this
//     project's testdata lie in; each of its lines names a directory that
//     holds .git in the copy (. for the fixture's own), none for no repository.
//
// An expectation sits in a comment on the line where the range starts,
// `# want <expectations>` (or `// want`), and is one or more of
//
//	"regexp"                       the message matches regexp (unanchored)
//	"regexp" @ "text"              ... and the range is exactly text on this line
//	"regexp" @ "text"#2            ... its second occurrence on the line
//	"regexp" @ "start" ... "end"   ... from start on this line to the end of the
//	                               first end on a later line (#N works on both)
//
// Strings are Go strings, double-quoted or backquoted (`resource "a" "b"`).
// A want is a comment of its own (a line's other comment must go). Spans are
// looked for in the code, not in comments. Every issue the rule emits must
// meet one want, and every want one issue, with the rule's name; Run reports
// each miss as file:line with the rule and message, and for an unexpected
// issue the want that would expect it (Suggest).
//
// Variables without a default are unknown values, as helper.TestRunner
// evaluates them; tfvars files are not read.
package ruletest
