// Package data embeds facts read from the AWS provider's resource schemas
// (hashicorp/aws 6.57.1), copied unchanged from the project's shared/aws/
// directory, and facts about AWS behaviour curated by hand, each row with the
// AWS documentation link that states it. Every file keeps its source line.
package data

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed taggable-resources.txt
var taggableResources string

//go:embed kms-attributes.tsv
var kmsAttributes string

//go:embed kms-attributes-other-names.tsv
var kmsAttributesOtherNames string

//go:embed global-services.tsv
var globalServices string

//go:embed storage-for-other-regions.tsv
var storageForOtherRegions string

// TaggableResources are the resource types whose schema has a top-level `tags` attribute.
var TaggableResources = set(rows(taggableResources, 1))

// KMSAttributes maps a resource type to the dotted paths of its attributes
// that take a KMS key id, ARN or alias.
var KMSAttributes = func() map[string][]string {
	out := map[string][]string{}
	for _, src := range []string{kmsAttributes, kmsAttributesOtherNames} {
		for _, row := range rows(src, 2) {
			out[row[0]] = append(out[row[0]], row[1])
		}
	}
	return out
}()

// GlobalServicePrefixes maps a resource type prefix to whether the
// service's resources are placed in a region: false for a global service,
// true for a regional exception inside a global prefix.
var GlobalServicePrefixes = func() map[string]bool {
	out := map[string]bool{}
	for _, row := range rows(globalServices, 3) {
		out[row[0]] = row[1] == "regional"
	}
	return out
}()

// StorageForOtherRegions are the resource types that hold storage a
// workload in another region writes to: buckets and their settings, replica
// tables, backup vaults, replica keys.
var StorageForOtherRegions = set(rows(storageForOtherRegions, 3))

// rows splits a data file into its non-comment rows of at least n tab-separated fields.
func rows(src string, n int) [][]string {
	var out [][]string
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) >= n {
			out = append(out, fields)
		}
	}
	return out
}

func set(list [][]string) map[string]bool {
	out := make(map[string]bool, len(list))
	for _, row := range list {
		out[row[0]] = true
	}
	return out
}

//go:embed receive-only-endpoints.tsv
var receiveOnlyEndpoints string

// ReceiveOnlyEndpointTypes are the resource types that attach security groups
// to VPC endpoints that only receive connections.
var ReceiveOnlyEndpointTypes = set(rows(receiveOnlyEndpoints, 3))

//go:embed admin-endpoint-services.tsv
var adminEndpointServices string

//go:embed self-managed-vpn-ports.tsv
var selfManagedVPNPorts string

// AdminEndpointServices are the AWS services, by the last part of their
// endpoint service name (com.amazonaws.<region>.<service>), whose interface
// VPC endpoint gives administrators a way into a VPC (Session Manager's).
var AdminEndpointServices = set(rows(adminEndpointServices, 3))

// SelfManagedVPNPorts are the UDP port sets a self-managed VPN server
// listens on; a server needs every port of one set.
var SelfManagedVPNPorts = func() [][]int {
	var out [][]int
	for _, row := range rows(selfManagedVPNPorts, 3) {
		var ports []int
		for _, p := range strings.Split(row[0], ",") {
			n, err := strconv.Atoi(p)
			if err != nil {
				panic("self-managed-vpn-ports.tsv: " + err.Error())
			}
			ports = append(ports, n)
		}
		out = append(out, ports)
	}
	return out
}()
