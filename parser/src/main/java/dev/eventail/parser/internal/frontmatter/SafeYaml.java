package dev.eventail.parser.internal.frontmatter;

import dev.eventail.model.Diagnostic;
import dev.eventail.model.SourceRef;
import dev.eventail.parser.DiagnosticCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads a front-matter block as YAML 1.1 (what Jekyll reads) into plain Java values, safely.
 *
 * <p>Safety: SnakeYAML only composes a node tree here; values are built by this class from that
 * tree, and only for the standard scalar tags (str, int, float, bool, null, timestamp), so no tag,
 * local or global, can ever instantiate a class: an unknown tag is reported and its node read as
 * plain text, list or map. Aliases are bounded ({@link #MAX_ALIASES}), as are the size ({@link
 * #CODE_POINT_LIMIT}) and nesting ({@link #NESTING_DEPTH_LIMIT}).
 *
 * <p>The YAML front matter commonly holds is composed by {@link FastComposer} into the very tree
 * SnakeYAML's composer would give, without SnakeYAML's scanner; SnakeYAML composes the rest.
 *
 * <p>Timestamps stay text: SnakeYAML would turn {@code 2021-11-02 00:00:00 +01:00} into a {@code
 * java.util.Date} in UTC, a different calendar day; the mapping parses the text with java.time.
 * Duplicate keys are allowed, as Jekyll allows them (the last wins), and reported with their line.
 */
public final class SafeYaml {

    /** Most aliases a collection may hold: stops "billion laughs" documents. */
    public static final int MAX_ALIASES = 50;

    /** Largest front matter read, in code points. */
    public static final int CODE_POINT_LIMIT = 2 * 1024 * 1024;

    /** Deepest nesting of collections read. */
    public static final int NESTING_DEPTH_LIMIT = 40;

    private static final Set<Tag> STANDARD_COLLECTION_TAGS =
            Set.of(Tag.SEQ, Tag.MAP, Tag.SET, Tag.OMAP, Tag.PAIRS);

    private SafeYaml() {}

    /**
     * The loaded front matter.
     *
     * @param values the top-level mapping in file order (empty when the YAML could not be read)
     * @param keyLines the file line of each top-level key
     * @param lines the file line of each map and list built (by identity), for diagnostics about
     *     nested values
     * @param readable false when a syntax error stopped the load
     */
    public record Result(
            Map<String, @Nullable Object> values,
            Map<String, Integer> keyLines,
            Map<Object, Integer> lines,
            boolean readable) {

        /** The file line of a map or list of {@link #values}, or {@code fallback}. */
        public int lineOf(@Nullable Object container, int fallback) {
            if (container == null) return fallback;
            Integer l = lines.get(container);
            return l == null ? fallback : l;
        }

        /** The file line of a top-level key, or {@code fallback}. */
        public int lineOfKey(String key, int fallback) {
            return keyLines.getOrDefault(key, fallback);
        }
    }

    /**
     * Loads {@code yaml}, whose first line is line {@code firstLine} of {@code file}; problems go
     * to {@code diagnostics} with file lines. Never throws on bad content.
     */
    public static Result load(
            String yaml, int firstLine, String file, Consumer<Diagnostic> diagnostics) {
        if (yaml.length() > CODE_POINT_LIMIT) {
            // SnakeYAML would scan the whole scalar before noticing, slowly: refuse up front.
            diagnostics.accept(
                    Diagnostic.error(
                            DiagnosticCodes.YAML_LIMIT,
                            "the front matter was not read: it is longer than "
                                    + CODE_POINT_LIMIT
                                    + " characters",
                            SourceRef.of(file, firstLine)));
            return empty(false);
        }
        Loader loader = new Loader(firstLine, file, diagnostics);
        Node root;
        try {
            root = compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // a quote or bracket never closed is noticed at the end of the YAML; the line to fix
            // is where it opens, which SnakeYAML gives as the context
            boolean unclosed =
                    e.getContextMark() != null
                            && e.getProblem() != null
                            && e.getProblem().contains("end of stream");
            String where = "";
            if (unclosed) {
                where =
                        "; opened here and never closed (noticed on line "
                                + (mark == null ? firstLine : firstLine + mark.getLine())
                                + ")";
                mark = e.getContextMark();
            }
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 0 : mark.getColumn() + 1;
            diagnostics.accept(
                    Diagnostic.error(
                            DiagnosticCodes.YAML_SYNTAX,
                            "the front matter is not valid YAML: " + describe(e) + where,
                            new SourceRef(file, line, column)));
            return empty(false);
        } catch (YAMLException | StackOverflowError e) {
            diagnostics.accept(
                    Diagnostic.error(
                            DiagnosticCodes.YAML_LIMIT,
                            "the front matter was not read: " + limitMessage(e),
                            SourceRef.of(file, firstLine)));
            return empty(false);
        }
        if (root == null) {
            return empty(true);
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.accept(
                    Diagnostic.error(
                            DiagnosticCodes.FRONTMATTER_NOT_A_MAPPING,
                            "the front matter is a "
                                    + (root instanceof SequenceNode ? "list" : "single value")
                                    + ", not a set of \"key: value\" lines",
                            SourceRef.of(file, firstLine + root.getStartMark().getLine())));
            return empty(false);
        }
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, @Nullable Object> values = loader.mapping(mapping, keyLines);
        return new Result(
                values,
                Collections.unmodifiableMap(keyLines),
                Collections.unmodifiableMap(loader.lines),
                true);
    }

    /**
     * The node tree of {@code yaml}: from the fast reader of the common subset when it takes the
     * text, else from SnakeYAML's composer (what {@code Yaml.compose} does, without building a
     * {@code Yaml}, its representer and dumper, per file).
     */
    static @Nullable Node compose(String yaml) {
        Node fast = FastComposer.compose(yaml, RESOLVER);
        if (fast != null) return fast;
        return snakeYamlCompose(yaml);
    }

    /** SnakeYAML's own composition of {@code yaml}, the reference the fast reader must match. */
    static @Nullable Node snakeYamlCompose(String yaml) {
        return new Composer(new ParserImpl(new StreamReader(yaml), OPTIONS), RESOLVER, OPTIONS)
                .getSingleNode();
    }

    /** The resolver of implicit tags shared by both composers. */
    static Resolver resolver() {
        return RESOLVER;
    }

    private static Result empty(boolean readable) {
        return new Result(Map.of(), Map.of(), Map.of(), readable);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) problem = "unreadable";
        if (context != null && !context.isBlank()) problem = problem + " (" + context + ")";
        return problem;
    }

    private static String limitMessage(Throwable e) {
        if (e instanceof StackOverflowError) return "it is nested too deeply";
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("code points"))
            return "it is longer than " + CODE_POINT_LIMIT + " characters";
        if (m.contains("Nesting Depth"))
            return "it nests more than " + NESTING_DEPTH_LIMIT + " levels";
        if (m.contains("aliases"))
            return "it uses more than " + MAX_ALIASES + " aliases in a collection";
        return m;
    }

    /** Never changed after this: shared by every load, on every thread. */
    private static final LoaderOptions OPTIONS = Loader.options();

    /** Read-only once built (its tables are filled by the constructor). */
    private static final Resolver RESOLVER = new Resolver();

    /** One load: SnakeYAML's composer plus the scalar constructors of its safe constructor. */
    private static final class Loader extends SafeConstructor {
        private final int firstLine;
        private final String file;
        private final Consumer<Diagnostic> diagnostics;
        private final Map<Object, Integer> lines = new IdentityHashMap<>();
        private final Map<Node, @Nullable Object> built = new IdentityHashMap<>();
        private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

        Loader(int firstLine, String file, Consumer<Diagnostic> diagnostics) {
            super(OPTIONS);
            this.firstLine = firstLine;
            this.file = file;
            this.diagnostics = diagnostics;
        }

        private static LoaderOptions options() {
            LoaderOptions o = new LoaderOptions();
            o.setAllowDuplicateKeys(true);
            o.setMaxAliasesForCollections(MAX_ALIASES);
            o.setAllowRecursiveKeys(false);
            o.setCodePointLimit(CODE_POINT_LIMIT);
            o.setNestingDepthLimit(NESTING_DEPTH_LIMIT);
            o.setProcessComments(false);
            o.setMergeOnCompose(false);
            // Composing builds nodes only; a tag is reported and ignored below, never resolved to a
            // class, so letting the composer accept it costs nothing and keeps the other keys.
            o.setTagInspector(tag -> true);
            return o;
        }

        private int line(Node n) {
            return firstLine + n.getStartMark().getLine();
        }

        private SourceRef at(Node n) {
            return new SourceRef(file, line(n), n.getStartMark().getColumn() + 1);
        }

        @Nullable Object value(Node node) {
            if (built.containsKey(node)) return built.get(node);
            if (!inProgress.add(node)) {
                diagnostics.accept(
                        Diagnostic.error(
                                DiagnosticCodes.YAML_RECURSIVE,
                                "a YAML alias refers to a value that contains it; read as empty",
                                at(node)));
                return null;
            }
            try {
                Object v;
                if (node instanceof ScalarNode scalar) {
                    v = scalar(scalar);
                } else if (node instanceof SequenceNode seq) {
                    checkTag(node, STANDARD_COLLECTION_TAGS);
                    List<@Nullable Object> list = new ArrayList<>(seq.getValue().size());
                    for (Node item : seq.getValue()) list.add(value(item));
                    v = Collections.unmodifiableList(list);
                    lines.put(v, line(node));
                } else if (node instanceof MappingNode map) {
                    checkTag(node, STANDARD_COLLECTION_TAGS);
                    v = mapping(map, null);
                } else {
                    v = null;
                }
                built.put(node, v);
                return v;
            } finally {
                inProgress.remove(node);
            }
        }

        Map<String, @Nullable Object> mapping(
                MappingNode node, @Nullable Map<String, Integer> keyLines) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            Map<String, Integer> seenAt = new LinkedHashMap<>();
            List<Node> merges = new ArrayList<>();
            for (NodeTuple t : node.getValue()) {
                Node keyNode = t.getKeyNode();
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    merges.add(t.getValueNode());
                    continue;
                }
                String key = key(keyNode);
                Integer previous = seenAt.get(key);
                if (previous != null) {
                    diagnostics.accept(
                            Diagnostic.warning(
                                    DiagnosticCodes.YAML_DUPLICATE_KEY,
                                    "the key \""
                                            + key
                                            + "\" is given twice (first at line "
                                            + previous
                                            + "); the last value is kept, as Jekyll does",
                                    at(keyNode)));
                    map.remove(key); // keep file order of the value that wins
                }
                seenAt.put(key, line(keyNode));
                if (keyLines != null) keyLines.put(key, line(keyNode));
                map.put(key, value(t.getValueNode()));
            }
            for (Node merge : merges) {
                List<Node> sources =
                        merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
                for (Node source : sources) {
                    Object merged = value(source);
                    if (merged instanceof Map<?, ?> m) {
                        for (Map.Entry<?, ?> e : m.entrySet()) {
                            map.putIfAbsent(String.valueOf(e.getKey()), e.getValue());
                        }
                    } else {
                        diagnostics.accept(
                                Diagnostic.warning(
                                        DiagnosticCodes.YAML_TAG_IGNORED,
                                        "a \"<<\" merge key needs a mapping; ignored",
                                        at(source)));
                    }
                }
            }
            Map<String, @Nullable Object> result = Collections.unmodifiableMap(map);
            lines.put(result, line(node));
            return result;
        }

        private String key(Node keyNode) {
            if (keyNode instanceof ScalarNode s) return s.getValue();
            Object v = value(keyNode);
            return String.valueOf(v);
        }

        private void checkTag(Node node, Set<Tag> allowed) {
            Tag tag = node.getTag();
            if (!allowed.contains(tag)) {
                diagnostics.accept(
                        Diagnostic.warning(
                                DiagnosticCodes.YAML_TAG_IGNORED,
                                "the YAML tag "
                                        + tag.getValue()
                                        + " is not allowed here; the value is read as plain data",
                                at(node)));
            }
        }

        private @Nullable Object scalar(ScalarNode node) {
            Tag tag = node.getTag();
            String text = node.getValue();
            if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.BINARY)) {
                return text;
            }
            if (tag.equals(Tag.NULL)) return null;
            if (tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                try {
                    Object v = constructObject(node);
                    if (v instanceof Integer i) return i.longValue();
                    if (v instanceof Long || v instanceof Double || v instanceof Boolean) return v;
                    return text; // a BigInteger: keep the digits as written
                } catch (RuntimeException e) {
                    diagnostics.accept(
                            Diagnostic.warning(
                                    DiagnosticCodes.YAML_TAG_IGNORED,
                                    "\""
                                            + text
                                            + "\" is not a valid "
                                            + tag.getValue()
                                            + "; kept as text",
                                    at(node)));
                    return text;
                }
            }
            checkTag(node, Set.of());
            return text;
        }
    }
}
