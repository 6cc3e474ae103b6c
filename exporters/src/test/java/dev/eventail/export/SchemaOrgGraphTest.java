package dev.eventail.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventail.export.internal.validate.OfflineJsonLd;
import dev.eventail.model.Event;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD, expanded offline with the real schema.org context (release 29.3), and the Turtle,
 * N-Triples and RDF/XML are one graph for every fixture.
 */
class SchemaOrgGraphTest {

    static Stream<String> fixtures() {
        return FixtureEvents.all().keySet().stream();
    }

    static Graph parse(String format, List<Event> events) {
        byte[] bytes = ExportRun.main(format, events, ExportContext.defaults());
        if (format.equals("jsonld"))
            return OfflineJsonLd.read(new String(bytes, StandardCharsets.UTF_8));
        Lang lang =
                switch (format) {
                    case "turtle" -> Lang.TURTLE;
                    case "ntriples" -> Lang.NTRIPLES;
                    default -> Lang.RDFXML;
                };
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).toGraph();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void jsonLdExpandedWithTheSchemaOrgContextIsIsomorphicToTheTurtle(String fixture) {
        List<Event> events = FixtureEvents.all().get(fixture);
        Graph jsonld = parse("jsonld", events);
        Graph turtle = parse("turtle", events);
        boolean dated = events.stream().anyMatch(e -> e.start() != null);
        assertThat(jsonld.size() > 0).as("a dated event gives triples").isEqualTo(dated);
        assertThat(jsonld.isIsomorphicWith(turtle))
                .as(
                        "only in JSON-LD: %s%nonly in Turtle: %s",
                        minus(jsonld, turtle), minus(turtle, jsonld))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void nTriplesAndRdfXmlParseBackToTheTurtleGraph(String fixture) {
        List<Event> events = FixtureEvents.all().get(fixture);
        Graph turtle = parse("turtle", events);
        for (String format : List.of("ntriples", "rdfxml")) {
            Graph other = parse(format, events);
            assertThat(other.isIsomorphicWith(turtle))
                    .as(
                            "%s: only there: %s%nonly in Turtle: %s",
                            format, minus(other, turtle), minus(turtle, other))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void graphHasNoBlankNodesAndEveryEventIsTyped(String fixture) {
        Graph g = parse("turtle", FixtureEvents.all().get(fixture));
        assertThat(g.find().toList())
                .noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        Node event = NodeFactory.createURI("http://schema.org/Event");
        Node superEvent = NodeFactory.createURI("http://schema.org/superEvent");
        for (Triple t : g.find(Node.ANY, superEvent, Node.ANY).toList()) {
            assertThat(g.contains(t.getObject(), RDF.type.asNode(), event))
                    .as("superEvent %s is an Event of the graph", t.getObject())
                    .isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void enumerationMembersAreIrisAndDatesCarryTheContextsDatatype() {
        Graph g = parse("jsonld", List.of(SampleEvents.workshop()));
        Node s =
                NodeFactory.createURI(ExportContext.DEFAULT_BASE_URI + "evenements/atelier-design");
        Node status =
                g.find(s, NodeFactory.createURI("http://schema.org/eventStatus"), Node.ANY)
                        .next()
                        .getObject();
        assertThat(status.isURI()).isTrue();
        assertThat(status.getURI()).isEqualTo("http://schema.org/EventCancelled");
        Node start =
                g.find(s, NodeFactory.createURI("http://schema.org/startDate"), Node.ANY)
                        .next()
                        .getObject();
        assertThat(start.getLiteralLexicalForm()).isEqualTo("2023-05-25T14:00:00+02:00");
        assertThat(start.getLiteralDatatypeURI()).isEqualTo("http://schema.org/Date");
    }

    private static List<Triple> minus(Graph a, Graph b) {
        return a.find().toList().stream().filter(t -> !b.contains(t)).limit(10).toList();
    }
}
