package export

import (
	"encoding/json"
	"io"
	"strings"
)

// PLOVERRecord is one event in the field names of PLOVER event data (the Open Event Data
// Alliance's gold-standard records and the data sets coded with it): id, date, source,
// target, event, mode, context, text, publication. Actor names with several actors are
// joined with "; ", as are their IDs and the topics in context.
type PLOVERRecord struct {
	ID            string `json:"id"`
	Date          string `json:"date"`
	Source        string `json:"source"`
	SourceActorID string `json:"source_actor_id"`
	Target        string `json:"target"`
	TargetActorID string `json:"target_actor_id"`
	Event         string `json:"event"`
	EventText     string `json:"eventText,omitempty"`
	Mode          string `json:"mode"`
	Context       string `json:"context"`
	Text          string `json:"text"`
	Publication   string `json:"publication"`
	Title         string `json:"title,omitempty"`
	URL           string `json:"url,omitempty"`
	ArticleID     string `json:"article_id,omitempty"`
	Published     string `json:"date_published,omitempty"`
	Negated       bool   `json:"negated,omitempty"`
	Future        bool   `json:"future,omitempty"`
}

// PLOVERRecords converts the model's events, by date.
func PLOVERRecords(m *Model) []PLOVERRecord {
	var out []PLOVERRecord
	for _, ev := range m.Events() {
		r := PLOVERRecord{ID: ev.ID, Date: ev.Date, Event: ev.Category, EventText: ev.Trigger, Mode: ev.Mode,
			Context: m.topicNames(ev), Text: ev.Evidence, Negated: ev.Negated, Future: ev.Future,
			Source: m.names(ev.Actors), SourceActorID: strings.Join(ev.Actors, "; "),
			Target: m.names(ev.Targets), TargetActorID: strings.Join(ev.Targets, "; ")}
		if len(ev.Sources) > 0 {
			a := m.Article(ev.Sources[0])
			r.Publication = firstNonEmpty(a.Publisher, a.Title, a.ID)
			r.Title, r.URL, r.ArticleID, r.Published = a.Title, a.URL, a.ID, a.Published
		}
		out = append(out, r)
	}
	return out
}

// WritePLOVER writes one PLOVERRecord a line (JSON Lines).
func WritePLOVER(w io.Writer, m *Model) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range PLOVERRecords(m) {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

func (m *Model) names(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = m.Name(id)
	}
	return strings.Join(names, "; ")
}
