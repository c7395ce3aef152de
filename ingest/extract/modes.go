package extract

// Modes are the ways an event took place that extraction names in Event.Mode (a call, a
// meeting, a visit), declared once: a filter on mode reads its valid values from here.
var Modes = []string{"meeting", "phone", "visit"}
