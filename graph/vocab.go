package graph

// The well-known vocabularies the N-Quads contract uses.
const (
	RDFType      IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	RDFSLabel    IRI = "http://www.w3.org/2000/01/rdf-schema#label"
	SKOSAltLabel IRI = "http://www.w3.org/2004/02/skos/core#altLabel"
	SKOSPref     IRI = "http://www.w3.org/2004/02/skos/core#prefLabel"

	XSDString             IRI = "http://www.w3.org/2001/XMLSchema#string"
	XSDNonNegativeInteger IRI = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"

	SchemaPerson       IRI = "http://schema.org/Person"
	SchemaCountry      IRI = "http://schema.org/Country"
	SchemaOrganization IRI = "http://schema.org/Organization"
	SchemaPlace        IRI = "http://schema.org/Place"
	SchemaArticle      IRI = "http://schema.org/NewsArticle"
	SchemaMentions     IRI = "http://schema.org/mentions"

	DCTermsSource IRI = "http://purl.org/dc/terms/source"
	DCTermsDate   IRI = "http://purl.org/dc/terms/date"

	XSDDate       IRI = "http://www.w3.org/2001/XMLSchema#date"
	XSDGYearMonth IRI = "http://www.w3.org/2001/XMLSchema#gYearMonth"
	XSDGYear      IRI = "http://www.w3.org/2001/XMLSchema#gYear"

	// EventClass links a relation predicate, in the graph of the sentence
	// that states the relation, to the relation's class: an IRI under
	// ClassNS ending in a CAMEO code (190) or a non-event class (role).
	EventClass IRI = "https://actorgraph.example/ns#eventClass"
	// ClassNS is the namespace of the classes of package cameo.
	ClassNS = "https://actorgraph.example/ns/class/"

	nif                  = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
	NIFSentence      IRI = nif + "Sentence"
	NIFAnchorOf      IRI = nif + "anchorOf"
	NIFBeginIndex    IRI = nif + "beginIndex"
	NIFEndIndex      IRI = nif + "endIndex"
	NIFReferenceCtxt IRI = nif + "referenceContext"
)

// ClassIRI returns the IRI of a relation class such as "190" or "role".
func ClassIRI(class string) IRI { return IRI(ClassNS + class) }

// DateDatatype returns the XSD datatype of a date written YYYY-MM-DD,
// YYYY-MM or YYYY.
func DateDatatype(date string) IRI {
	switch len(date) {
	case 4:
		return XSDGYear
	case 7:
		return XSDGYearMonth
	}
	return XSDDate
}

// DefaultBase is the IRI under which actors, relations and articles are
// minted unless the user names another (build --base). The .example domain
// is reserved and never resolves, so the default cannot collide with anyone's
// data.
const DefaultBase IRI = "https://actorgraph.example/"

// Class returns the schema.org class of an actor type, or "" for Unknown.
func (t ActorType) Class() IRI {
	switch t {
	case Person:
		return SchemaPerson
	case Country:
		return SchemaCountry
	case Organization:
		return SchemaOrganization
	case Location:
		return SchemaPlace
	}
	return ""
}

// TypeOfClass is the inverse of Class; it also accepts the class's local
// name under any namespace (.../Person, ...#Location).
func TypeOfClass(class IRI) ActorType {
	t, err := ParseActorType(localName(string(class)))
	if err != nil {
		return Unknown
	}
	return t
}

// LocalName returns the part of an IRI after its last '/' or '#': the
// relation name of a predicate IRI.
func LocalName(i IRI) string { return localName(string(i)) }

func localName(s string) string {
	for k := len(s) - 1; k >= 0; k-- {
		if s[k] == '/' || s[k] == '#' {
			return s[k+1:]
		}
	}
	return s
}
