package data

import _ "embed"

//go:embed region-locations.tsv
var regionLocations string

// RegionNames maps a region code to the name AWS gives the Region
// ("ap-northeast-1": "Asia Pacific (Tokyo)").
var RegionNames = func() map[string]string {
	out := map[string]string{}
	for _, row := range rows(regionLocations, 3) {
		out[row[0]] = row[1]
	}
	return out
}()
