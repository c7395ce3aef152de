package extract

// Result is what one article yields: the contract of `relgraph extract` (see README.md,
// "The extraction contract"). Offsets are UTF-8 byte offsets into the text, end exclusive.
type Result struct {
	ID       string    `json:"id"`
	Entities []Mention `json:"entities"`
	Times    []Time    `json:"times"`
	Events   []Event   `json:"events"`
	// Resolved lists each entity the mentions link to once, with its canonical name,
	// type, every alias seen and the roles the article gives it.
	Resolved []Entity `json:"resolved"`
}

// Mention is one entity mention in the text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"` // person, organization, country, city, location, nationality, other
	ID    string `json:"id"`   // canonical entity ID (slug); "" when not linked
	// Kind is "" for a name, else "nominal" ("the French president"), "pronoun" ("He") or
	// "group" ("the two presidents": one mention per member, same span).
	Kind string `json:"kind,omitempty"`
}

// Time is one date or time expression, normalized against the article date.
type Time struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

// Ref is an entity or phrase an event refers to.
type Ref struct {
	Text string `json:"text"`
	ID   string `json:"id,omitempty"`
}

// Event is one reported interaction.
type Event struct {
	Type    string `json:"type"` // PLOVER category
	Trigger string `json:"trigger"`
	Mode    string `json:"mode,omitempty"`
	Source  []Ref  `json:"source"`
	Target  []Ref  `json:"target"`
	Topics  []Ref  `json:"topics"`
	Date    string `json:"date,omitempty"`
	// Sentence is the sentence the event was found in; Start and End are its offsets.
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Negated  bool   `json:"negated,omitempty"`
	Future   bool   `json:"future,omitempty"`
	// Reporter is who the article says reported the event ("the Kremlin said"): kept apart
	// from the actors.
	Reporter []Ref `json:"reporter,omitempty"`
	// Relation is the normalized verb of the direct edge between actor and target
	// entities: called, met, visited, urged, agreed_with...
	Relation string `json:"relation,omitempty"`
	// Symmetric events (a call, talks, a meeting) relate both sides equally.
	Symmetric bool `json:"symmetric,omitempty"`
	// Implied marks an earlier event the text implies ("first call since 2022").
	Implied bool `json:"implied,omitempty"`
}

// Entity is a resolved entity: every mention with its ID links here.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
	Roles   []Role   `json:"roles,omitempty"`
}

// Role is a title an entity holds: President of Russia.
type Role struct {
	Title string `json:"title"`
	Of    string `json:"of,omitempty"` // entity ID
}
