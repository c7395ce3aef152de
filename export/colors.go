package export

import (
	"fmt"
	"strings"

	"github.com/relgraph/relgraph/graph/plover"
)

// Categories are the PLOVER event categories, from cooperation to conflict (declared in
// graph/plover).
var Categories = plover.Names()

// categoryColors run from greens and blues (cooperation) through yellows (demands) to reds
// (conflict), so a timeline or a graph shows at a glance which way relations went.
var categoryColors = map[string]string{
	"AGREE":       "#2e7d32",
	"CONSULT":     "#1565c0",
	"SUPPORT":     "#00897b",
	"CONCEDE":     "#558b2f",
	"COOPERATE":   "#0277bd",
	"AID":         "#43a047",
	"RETREAT":     "#7cb342",
	"INVESTIGATE": "#6a1b9a",
	"DEMAND":      "#f9a825",
	"DISAPPROVE":  "#ef6c00",
	"REJECT":      "#e65100",
	"THREATEN":    "#d84315",
	"SANCTION":    "#ad1457",
	"PROTEST":     "#8e24aa",
	"CRIME":       "#4e342e",
	"MOBILIZE":    "#c62828",
	"COERCE":      "#b71c1c",
	"ASSAULT":     "#7f0000",
	"FIGHT":       "#3e0000",
}

// CategoryColor returns the colour of a PLOVER category (grey for an unknown one).
func CategoryColor(cat string) string {
	if c, ok := categoryColors[strings.ToUpper(cat)]; ok {
		return c
	}
	return "#757575"
}

// darker returns a #rrggbb colour at 70% brightness, for text on white.
func darker(hex string) string {
	var r, g, b int
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return hex
	}
	return fmt.Sprintf("#%02x%02x%02x", r*7/10, g*7/10, b*7/10)
}
