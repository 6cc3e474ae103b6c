package dev.eventail.export.internal.dcat;

import java.util.concurrent.atomic.AtomicLong;

/** A node of the catalogue's graph: an IRI, a literal with its datatype, or a blank node. */
record Term(Kind kind, String value, String datatype) {

    enum Kind {
        IRI,
        LITERAL,
        BLANK
    }

    private static final AtomicLong BLANKS = new AtomicLong();

    static Term iri(String iri) {
        return new Term(Kind.IRI, iri, "");
    }

    /** An RDF 1.1 plain string ({@code xsd:string}). */
    static Term string(String lexical) {
        return new Term(Kind.LITERAL, lexical, DcatSink.XSD + "string");
    }

    static Term typed(String lexical, String datatype) {
        return new Term(Kind.LITERAL, lexical, datatype);
    }

    /** A blank node distinct from every other. */
    static Term blank() {
        return new Term(Kind.BLANK, "blank-" + BLANKS.incrementAndGet(), "");
    }

    // equals and hashCode written out: a record's generated ones are bootstrapped through
    // java.lang.runtime.ObjectMethods on first use, about 0.1 s of a one-post conversion

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t
                && kind == t.kind
                && value.equals(t.value)
                && datatype.equals(t.datatype);
    }

    @Override
    public int hashCode() {
        return (kind.ordinal() * 31 + value.hashCode()) * 31 + datatype.hashCode();
    }

    boolean isPlainString() {
        return kind == Kind.LITERAL && datatype.equals(DcatSink.XSD + "string");
    }

    /**
     * What Jena's {@code RDFNode.toString()} gives, which the catalogue's order of objects was
     * defined by: the IRI, the lexical form of a plain string, {@code lexical^^datatype} otherwise.
     */
    String sortKey() {
        if (kind == Kind.LITERAL && !isPlainString()) return value + "^^" + datatype;
        return value;
    }
}
