package dev.eventail.export.internal.schemaorg;

/** The namespaces and datatypes the schema.org mapping uses. */
public final class Vocab {
    private Vocab() {}

    /** What {@code "@context": "https://schema.org"} expands terms to ({@code "@vocab"}). */
    public static final String SCHEMA = "http://schema.org/";

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDF_TYPE = RDF + "type";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String XSD_STRING = XSD + "string";
    public static final String XSD_BOOLEAN = XSD + "boolean";
    public static final String XSD_INTEGER = XSD + "integer";

    /**
     * The datatype the schema.org context gives {@code startDate}, {@code endDate} and {@code
     * validFrom} (even for a date-time): the RDF outputs use it too, so that the JSON-LD and the
     * RDF are one graph.
     */
    public static final String SCHEMA_DATE = SCHEMA + "Date";
}
