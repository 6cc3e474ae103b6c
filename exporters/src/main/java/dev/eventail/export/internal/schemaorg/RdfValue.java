package dev.eventail.export.internal.schemaorg;

/**
 * A value in the schema.org mapping: an IRI, a typed literal, or a nested node. Format-neutral so
 * that the JSON-LD and the RDF writers say the same thing.
 */
public sealed interface RdfValue permits RdfValue.Iri, RdfValue.Literal, SchemaNode {

    /** A reference to a resource by its absolute IRI. */
    record Iri(String iri) implements RdfValue {}

    /**
     * A literal with its datatype IRI; RDF 1.1 plain strings have {@link Vocab#XSD_STRING}. No
     * language tags: the schema.org context sets no default language, so a JSON string expands to
     * an {@code xsd:string} and the RDF must say the same.
     */
    record Literal(String lexical, String datatype) implements RdfValue {}
}
