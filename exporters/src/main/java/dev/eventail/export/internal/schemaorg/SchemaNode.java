package dev.eventail.export.internal.schemaorg;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the schema.org graph with an IRI (never a blank node, so that every output is
 * byte-identical from run to run), one schema.org type and its properties in writing order.
 */
public record SchemaNode(String iri, String type, List<Property> properties) implements RdfValue {

    public SchemaNode {
        properties = List.copyOf(properties);
    }

    /** A schema.org property (its local name) and its values in writing order. */
    public record Property(String name, List<RdfValue> values) {
        public Property {
            values = List.copyOf(values);
            if (values.isEmpty()) throw new IllegalArgumentException("no value for " + name);
        }
    }

    /** Collects properties in order, skipping absent values. */
    static final class Builder {
        private final String iri;
        private final String type;
        private final List<Property> properties = new ArrayList<>();

        Builder(String iri, String type) {
            this.iri = iri;
            this.type = type;
        }

        Builder add(String name, List<? extends RdfValue> values) {
            if (!values.isEmpty()) properties.add(new Property(name, List.copyOf(values)));
            return this;
        }

        Builder add(String name, RdfValue value) {
            if (value != null) properties.add(new Property(name, List.of(value)));
            return this;
        }

        boolean isEmpty() {
            return properties.isEmpty();
        }

        SchemaNode build() {
            return new SchemaNode(iri, type, properties);
        }
    }
}
