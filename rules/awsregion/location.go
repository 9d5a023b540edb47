package awsregion

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/data"
)

// NamesLocation reports whether a directory name names a region's location
// as AWS names the Region: `01.tokyo` for ap-northeast-1 ("Asia Pacific
// (Tokyo)"), `sao-paulo` for sa-east-1 ("South America (São Paulo)"),
// `virginia` or `n-virginia` for us-east-1 ("US East (N. Virginia)"). The
// name's words (split on anything but letters, so dots, dashes, underscores
// and digits) must be the location's, ignoring case and diacritics.
func NamesLocation(dir, region string) bool {
	words := wordsOf(dir)
	if len(words) == 0 {
		return false
	}
	for _, place := range locationForms(data.RegionNames[region]) {
		if slices.Equal(words, place) {
			return true
		}
	}
	return false
}

// locationForms are the ways a directory may name the location of a Region
// name: the part in parentheses ("Tokyo"), also without a leading
// abbreviation ("N. Virginia": virginia). A part that is only a direction
// ("Canada (Central)") names no place; then the whole name does
// (canada-central).
func locationForms(name string) [][]string {
	open := strings.LastIndex(name, "(")
	if open < 0 || !strings.HasSuffix(name, ")") {
		return nil
	}
	place := wordsOf(name[open+1 : len(name)-1])
	if len(place) == 0 {
		return nil
	}
	if !slices.ContainsFunc(place, func(w string) bool { return !directions[w] }) {
		return [][]string{wordsOf(name)}
	}
	forms := [][]string{place}
	if first, _, _ := strings.Cut(name[open+1:], " "); strings.HasSuffix(first, ".") && len(place) > 1 {
		forms = append(forms, place[1:])
	}
	return forms
}

// directions are the words of a Region name that locate it within a
// country rather than name a place.
var directions = map[string]bool{"central": true, "east": true, "west": true, "north": true, "south": true}

// wordsOf splits s into lower-case words of letters without diacritics.
func wordsOf(s string) []string {
	var plain strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			plain.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.FieldsFunc(plain.String(), func(r rune) bool { return !unicode.IsLetter(r) })
}
