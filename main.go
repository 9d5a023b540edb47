// Command tflint-ruleset-awsbaseline is the awsbaseline TFLint plugin.
package main

import (
	"log"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/terraform-linters/tflint-plugin-sdk/plugin"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules"
)

func main() {
	// AWSBASELINE_CPUPROFILE writes a CPU profile of the plugin process when
	// TFLint shuts it down (docs/performance.md). Under --recursive every
	// worker starts a plugin process: "{pid}" in the path names each one's.
	if path := os.Getenv("AWSBASELINE_CPUPROFILE"); path != "" {
		f, err := os.Create(strings.ReplaceAll(path, "{pid}", strconv.Itoa(os.Getpid())))
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	plugin.Serve(&plugin.ServeOpts{RuleSet: rules.NewRuleSet()})
}
