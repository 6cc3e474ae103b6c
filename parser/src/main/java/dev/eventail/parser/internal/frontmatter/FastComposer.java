package dev.eventail.parser.internal.frontmatter;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the YAML that front matter commonly uses into the node tree SnakeYAML's {@code Composer}
 * gives for it, without SnakeYAML's scanner and parser (a few percent of a conversion's CPU, and
 * much JIT work). It reads only a strict subset and declines ({@link #compose} returns {@code
 * null}) on anything else, so that SnakeYAML reads it as before: its values, errors and their lines
 * stay the reference.
 *
 * <p>The subset: a block mapping at the root; keys that are plain one-line text; values that are
 * plain, single-quoted or double-quoted scalars (over several lines too, folded as YAML folds them;
 * in double quotes only the escapes {@code \\ \" \n \t}), literal block scalars ({@code |}, {@code
 * |-}, {@code |+}, no indentation indicator, text on their first line), empty values, one-line flow
 * sequences of scalars, block sequences (indented or not) of scalars or of mappings, nested block
 * mappings; blank lines and comments. Declined: tabs, carriage returns, control and other
 * characters SnakeYAML refuses or treats as line breaks, a byte order mark, anchors, aliases, tags,
 * folded block scalars, flow mappings, {@code ?} keys, quoted keys, merge keys, directives and
 * document markers, empty sequence items, and any indentation other than the one each block starts
 * with.
 *
 * <p>The nodes carry the same classes, tags (resolved by the same {@link Resolver}), values, scalar
 * and flow styles, and start marks (line and column, in code points) as SnakeYAML's; scalars' end
 * marks are SnakeYAML's too. Collections' end marks are where their last child ends (SnakeYAML puts
 * them at the next token): nothing reads them. Marks carry no text snippet.
 */
final class FastComposer {

    /** What SnakeYAML calls a string source in its marks. */
    private static final String SOURCE_NAME = "'string'";

    private static final int[] NO_SNIPPET = new int[0];

    /** Deeper documents are left to SnakeYAML, which enforces the nesting limit. */
    private static final int MAX_DEPTH = 20;

    /** SnakeYAML refuses simple keys over 1024 characters; stay well below. */
    private static final int MAX_KEY_LENGTH = 256;

    /** Characters that cannot start a plain scalar (or that this reader does not take there). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final String text;
    private final int length;
    private final Resolver resolver;
    private final boolean countCodePoints;

    /** Index of the first character of the current line. */
    private int lineStart;

    /** 0-based number of the current line. */
    private int line;

    private int depth;

    /** Set by {@link #plainChunkEnd}: the chunk was ended by a comment. */
    private boolean commentFollows;

    // Marks are asked for roughly in text order: counting code points from the last one asked
    // keeps the whole count linear.
    private int countedAt;
    private int countedIndex;
    private int countedLineStart = -1;
    private int countedLineStartIndex;

    /** Set by {@link #skipBlankLines}: the line breaks it skipped and the next line's indent. */
    private int skippedBreaks;

    private int nextIndent;

    /**
     * From the start of a line at {@code q}, skips the lines that hold only spaces; returns where
     * the first line with anything else starts (or the end of the text).
     */
    private int skipBlankLines(int q) {
        int breaks = 0;
        int spaces;
        while (true) {
            spaces = 0;
            while (q + spaces < length && text.charAt(q + spaces) == ' ') spaces++;
            if (q + spaces < length && text.charAt(q + spaces) == '\n') {
                breaks++;
                q += spaces + 1;
                continue;
            }
            break;
        }
        skippedBreaks = breaks;
        nextIndent = spaces;
        return q;
    }

    /** The character a double-quoted escape stands for; the rarer escapes are SnakeYAML's. */
    private static char unescaped(char e) {
        return switch (e) {
            case '\\' -> '\\';
            case '"' -> '"';
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> throw Decline.INSTANCE;
        };
    }

    /** Abandons the fast path; thrown only inside this class and never escapes it. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }

    private FastComposer(String text, Resolver resolver, boolean countCodePoints) {
        this.text = text;
        this.length = text.length();
        this.resolver = resolver;
        this.countCodePoints = countCodePoints;
    }

    /**
     * The node tree of {@code yaml} as SnakeYAML's composer would give it, or {@code null} when
     * {@code yaml} is outside the subset this class reads (then SnakeYAML must read it).
     */
    static @Nullable Node compose(String yaml, Resolver resolver) {
        int n = yaml.length();
        boolean supplementary = false;
        for (int i = 0; i < n; i++) {
            char c = yaml.charAt(i);
            if (c < 0x20) {
                if (c != '\n') return null;
            } else if (c >= 0x7F) {
                if (c <= 0x9F) return null;
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < n
                            && Character.isLowSurrogate(yaml.charAt(i + 1))) {
                        supplementary = true;
                        i++;
                        continue;
                    }
                    return null;
                }
                if (c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE') return null;
            }
        }
        try {
            return new FastComposer(yaml, resolver, supplementary).document();
        } catch (Decline | IndexOutOfBoundsException e) {
            // an index out of bounds would be a bug of this reader: SnakeYAML still reads the text
            return null;
        }
    }

    private Node document() {
        int indent = skipInsignificant();
        if (indent < 0 || text.charAt(lineStart + indent) == '-') throw Decline.INSTANCE;
        Node root = blockMapping(lineStart + indent, indent);
        if (skipInsignificant() >= 0) throw Decline.INSTANCE;
        return root;
    }

    /**
     * Moves to the start of the next line holding something other than spaces and a comment, from
     * the current line start; returns its indentation, or -1 at the end of the text.
     */
    private int skipInsignificant() {
        while (lineStart < length) {
            int i = skipSpaces(lineStart);
            if (i < length && text.charAt(i) != '\n' && text.charAt(i) != '#') {
                return i - lineStart;
            }
            nextLineFrom(i);
        }
        return -1;
    }

    /** Moves to the line after the one holding {@code at}. */
    private void nextLineFrom(int at) {
        int end = text.indexOf('\n', at);
        if (end < 0) {
            lineStart = length;
        } else {
            lineStart = end + 1;
        }
        line++;
    }

    /**
     * After a value ending at {@code at}: the rest of the line must be spaces, then maybe a comment
     * after at least one space. Moves to the next line.
     */
    private void endOfLine(int at) {
        int i = skipSpaces(at);
        if (i < length && text.charAt(i) != '\n') {
            if (text.charAt(i) != '#' || i == at) throw Decline.INSTANCE;
        }
        nextLineFrom(i);
    }

    private Mark mark(int lineNumber, int startOfLine, int at) {
        if (!countCodePoints) {
            return new Mark(SOURCE_NAME, at, lineNumber, at - startOfLine, NO_SNIPPET, 0);
        }
        if (startOfLine != countedLineStart) {
            countedLineStart = startOfLine;
            countedLineStartIndex = codePointIndex(startOfLine);
        }
        int index = codePointIndex(at);
        return new Mark(
                SOURCE_NAME, index, lineNumber, index - countedLineStartIndex, NO_SNIPPET, 0);
    }

    /** The index in code points of the character at {@code at}. */
    private int codePointIndex(int at) {
        if (at >= countedAt) {
            countedIndex += text.codePointCount(countedAt, at);
        } else {
            countedIndex -= text.codePointCount(at, countedAt);
        }
        countedAt = at;
        return countedIndex;
    }

    private Mark mark(int at) {
        return mark(line, lineStart, at);
    }

    /**
     * A block mapping whose first key starts at {@code at} on the current line, at column {@code
     * indent}; ends before the first line indented less, which it leaves current.
     */
    private MappingNode blockMapping(int at, int indent) {
        if (++depth > MAX_DEPTH) throw Decline.INSTANCE;
        Mark start = mark(at);
        List<NodeTuple> tuples = new ArrayList<>();
        Node last;
        int keyAt = at;
        while (true) {
            int colon = keyEnd(keyAt);
            if (colon < 0) throw Decline.INSTANCE;
            String key = text.substring(keyAt, colon);
            ScalarNode keyNode =
                    new ScalarNode(
                            resolver.resolve(NodeId.scalar, key, true),
                            true,
                            key,
                            mark(keyAt),
                            mark(colon),
                            ScalarStyle.PLAIN);
            if (keyNode.getTag().equals(Tag.MERGE)) throw Decline.INSTANCE;
            last = mappingValue(colon + 1, indent);
            tuples.add(new NodeTuple(keyNode, last));
            int next = skipInsignificant();
            if (next < indent) break;
            if (next > indent) throw Decline.INSTANCE;
            keyAt = lineStart + next;
        }
        depth--;
        return new MappingNode(Tag.MAP, true, tuples, start, last.getEndMark(), FlowStyle.BLOCK);
    }

    /**
     * The value after the colon at {@code afterColon - 1} of a key of a mapping at {@code indent}.
     */
    private Node mappingValue(int afterColon, int indent) {
        int i = skipSpaces(afterColon);
        if (i == length || text.charAt(i) == '\n' || text.charAt(i) == '#') {
            // nothing on the key's line (a comment needs a space before it, which keyEnd checked)
            Mark colonEnd = mark(afterColon);
            nextLineFrom(i);
            int next = skipInsignificant();
            if (next > indent) {
                int at = lineStart + next;
                if (isEntry(at)) return blockSequence(at, next);
                if (keyEnd(at) < 0) throw Decline.INSTANCE;
                return blockMapping(at, next);
            }
            if (next == indent && isEntry(lineStart + next)) {
                return blockSequence(lineStart + next, next);
            }
            return new ScalarNode(
                    resolver.resolve(NodeId.scalar, "", true),
                    true,
                    "",
                    colonEnd,
                    colonEnd,
                    ScalarStyle.PLAIN);
        }
        return inlineValue(i, indent);
    }

    /** A scalar or flow sequence starting at {@code at}, after which its line ends. */
    private Node inlineValue(int at, int indent) {
        char c = text.charAt(at);
        if (c == '\'' || c == '"') return quoted(at, indent);
        if (c == '[') return flowSequence(at);
        if (c == '|') return literal(at, indent);
        return plain(at, indent);
    }

    private boolean isEntry(int at) {
        return text.charAt(at) == '-'
                && (at + 1 == length || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\n');
    }

    /**
     * A block sequence whose first {@code -} is at {@code at} on the current line, at column {@code
     * indent}; ends before the first line that is not an entry at that column.
     */
    private SequenceNode blockSequence(int at, int indent) {
        if (++depth > MAX_DEPTH) throw Decline.INSTANCE;
        Mark start = mark(at);
        List<Node> items = new ArrayList<>();
        int dash = at;
        Node last;
        while (true) {
            int i = skipSpaces(dash + 1);
            if (i == length || text.charAt(i) == '\n' || text.charAt(i) == '#' || isEntry(i)) {
                throw Decline.INSTANCE; // empty entry, or a sequence in a sequence
            }
            char c = text.charAt(i);
            if (c != '\'' && c != '"' && c != '[' && keyEnd(i) >= 0) {
                last = blockMapping(i, i - lineStart);
            } else {
                last = inlineValue(i, indent);
            }
            items.add(last);
            int next = skipInsignificant();
            if (next < indent) break;
            if (next > indent) throw Decline.INSTANCE;
            dash = lineStart + next;
            if (!isEntry(dash)) break; // a key of the mapping holding a sequence at its own column
        }
        depth--;
        return new SequenceNode(Tag.SEQ, true, items, start, last.getEndMark(), FlowStyle.BLOCK);
    }

    /**
     * The end of a simple key starting at {@code at} (the index of its colon), or -1 when the text
     * there is not a plain one-line key followed by {@code ": "} or a line end.
     */
    private int keyEnd(int at) {
        char first = text.charAt(at);
        if (first == ' ' || first == '\n' || INDICATORS.indexOf(first) >= 0) return -1;
        int limit = Math.min(length, at + MAX_KEY_LENGTH);
        for (int i = at + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '#') return -1;
            if (c == ':') {
                if (i + 1 < length && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\n') {
                    return -1;
                }
                return text.charAt(i - 1) == ' ' ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * A plain scalar in block context starting at {@code at}, inside a block collection at column
     * {@code indent}: continues on following lines indented more, folded as SnakeYAML folds them.
     */
    private ScalarNode plain(int at, int indent) {
        if (INDICATORS.indexOf(text.charAt(at)) >= 0) throw Decline.INSTANCE;
        Mark start = mark(at);
        int end = plainChunkEnd(at);
        int lineEnd = lineEndFrom(end);
        boolean comment = commentFollows;
        String value = text.substring(at, end);
        StringBuilder folded = null;
        int endLine = line;
        int endLineStart = lineStart;
        int endAt = end;
        while (!comment && lineEnd < length) {
            int q = skipBlankLines(lineEnd + 1);
            int breaks = skippedBreaks;
            int spaces = nextIndent;
            if (q + spaces == length || spaces <= indent || text.charAt(q + spaces) == '#') break;
            int chunkStart = q + spaces;
            int chunkEnd = plainChunkEnd(chunkStart);
            comment = commentFollows;
            if (folded == null) folded = new StringBuilder(value);
            if (breaks == 0) {
                folded.append(' ');
            } else {
                for (int b = 0; b < breaks; b++) folded.append('\n');
            }
            folded.append(text, chunkStart, chunkEnd);
            line += breaks + 1;
            lineStart = q;
            endLine = line;
            endLineStart = q;
            endAt = chunkEnd;
            lineEnd = lineEndFrom(chunkEnd);
        }
        if (folded != null) value = folded.toString();
        Mark endMark = mark(endLine, endLineStart, endAt);
        nextLineFrom(lineEnd);
        return new ScalarNode(
                resolver.resolve(NodeId.scalar, value, true),
                true,
                value,
                start,
                endMark,
                ScalarStyle.PLAIN);
    }

    /**
     * The end (after its last non-space) of the part of a plain scalar on one line starting at
     * {@code at}; declines on a {@code ": "} (a key SnakeYAML would refuse here).
     */
    private int plainChunkEnd(int at) {
        int last = at;
        commentFollows = false;
        for (int i = at; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') break;
            if (c == ':'
                    && (i + 1 == length
                            || text.charAt(i + 1) == ' '
                            || text.charAt(i + 1) == '\n')) {
                throw Decline.INSTANCE;
            }
            if (c == '#' && i > at && text.charAt(i - 1) == ' ') {
                commentFollows = true;
                break;
            }
            if (c != ' ') last = i + 1;
        }
        return last;
    }

    private int lineEndFrom(int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? length : end;
    }

    /**
     * A single- or double-quoted scalar starting at {@code at}, inside a block collection at column
     * {@code indent}; its continuation lines must be indented more (SnakeYAML is looser: declined).
     */
    private ScalarNode quoted(int at, int indent) {
        char quote = text.charAt(at);
        boolean isDouble = quote == '"';
        Mark start = mark(at);
        StringBuilder value = new StringBuilder();
        int pendingSpaces = 0;
        int i = at + 1;
        while (true) {
            if (i >= length) throw Decline.INSTANCE;
            char c = text.charAt(i);
            if (c == quote) {
                if (!isDouble && i + 1 < length && text.charAt(i + 1) == '\'') {
                    appendSpaces(value, pendingSpaces);
                    pendingSpaces = 0;
                    value.append('\'');
                    i += 2;
                    continue;
                }
                appendSpaces(value, pendingSpaces);
                i++;
                break;
            }
            if (c == ' ') {
                pendingSpaces++;
                i++;
            } else if (c == '\n') {
                // spaces before a line break are dropped; blank lines become line breaks
                pendingSpaces = 0;
                int q = skipBlankLines(i + 1);
                int breaks = skippedBreaks;
                int spaces = nextIndent;
                if (q + spaces == length) throw Decline.INSTANCE;
                // SnakeYAML does not ask continuation lines to be indented, only not to be a
                // document marker
                if (spaces == 0 && (text.startsWith("---", q) || text.startsWith("...", q))) {
                    throw Decline.INSTANCE;
                }
                if (breaks == 0) {
                    value.append(' ');
                } else {
                    for (int b = 0; b < breaks; b++) value.append('\n');
                }
                line += breaks + 1;
                lineStart = q;
                i = q + spaces;
            } else if (c == '\\' && isDouble) {
                if (i + 1 >= length) throw Decline.INSTANCE;
                char e = text.charAt(i + 1);
                char replacement = unescaped(e);
                appendSpaces(value, pendingSpaces);
                pendingSpaces = 0;
                value.append(replacement);
                i += 2;
            } else {
                appendSpaces(value, pendingSpaces);
                pendingSpaces = 0;
                value.append(c);
                i++;
            }
        }
        Mark end = mark(i);
        endOfLine(i);
        String v = value.toString();
        return new ScalarNode(
                Tag.STR,
                true,
                v,
                start,
                end,
                isDouble ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }

    /**
     * A literal block scalar ({@code |}, {@code |-} or {@code |+} alone on its line) starting at
     * {@code at}, inside a block collection at column {@code indent}. Its indentation is the first
     * line's, which must hold text; other headers, leading blank lines and folded ({@code >})
     * scalars are declined.
     */
    private ScalarNode literal(int at, int indent) {
        Mark start = mark(at);
        int i = at + 1;
        char chomping = i < length ? text.charAt(i) : '\n';
        if (chomping == '-' || chomping == '+') {
            i++;
        } else {
            chomping = ' ';
        }
        i = skipSpaces(i);
        if (i >= length || text.charAt(i) != '\n') throw Decline.INSTANCE;
        int contentStart = i + 1;
        int contentIndent = 0;
        while (contentStart + contentIndent < length
                && text.charAt(contentStart + contentIndent) == ' ') {
            contentIndent++;
        }
        if (contentStart + contentIndent >= length
                || text.charAt(contentStart + contentIndent) == '\n'
                || contentIndent <= indent) {
            throw Decline.INSTANCE;
        }
        StringBuilder value = new StringBuilder();
        String breaks = "";
        boolean lineBreak = false;
        int lineNumber = line + 1;
        int lineAt = contentStart;
        int endLine;
        int endLineStart;
        int endAt;
        // at the start of each turn: lineAt starts a line whose first contentIndent characters are
        // spaces, followed by something
        while (true) {
            value.append(breaks);
            int from = lineAt + contentIndent;
            int lineEnd = lineEndFrom(from);
            value.append(text, from, lineEnd);
            if (lineEnd == length) {
                lineBreak = false;
                breaks = "";
                endLine = lineNumber;
                endLineStart = lineAt;
                endAt = length;
                lineAt = length;
                break;
            }
            lineBreak = true;
            // the lines after it that are blank up to the content's indentation
            StringBuilder blank = new StringBuilder();
            int next = lineEnd + 1;
            lineNumber++;
            endLine = lineNumber;
            endLineStart = next;
            endAt = next;
            int col;
            while (true) {
                col = 0;
                while (col < contentIndent
                        && next + col < length
                        && text.charAt(next + col) == ' ') {
                    col++;
                }
                if (next + col < length && text.charAt(next + col) == '\n') {
                    blank.append('\n');
                    next += col + 1;
                    lineNumber++;
                    endLine = lineNumber;
                    endLineStart = next;
                    endAt = next;
                    continue;
                }
                break;
            }
            breaks = blank.toString();
            lineAt = next;
            if (col == contentIndent && next + col < length) {
                value.append('\n');
            } else {
                break;
            }
        }
        if (chomping != '-' && lineBreak) value.append('\n');
        if (chomping == '+') value.append(breaks);
        line = lineNumber;
        lineStart = lineAt;
        String v = value.toString();
        return new ScalarNode(
                Tag.STR, true, v, start, mark(endLine, endLineStart, endAt), ScalarStyle.LITERAL);
    }

    private static void appendSpaces(StringBuilder out, int count) {
        for (int k = 0; k < count; k++) out.append(' ');
    }

    /** A flow sequence of scalars on one line, {@code [a, 'b', "c"]}, starting at {@code at}. */
    private SequenceNode flowSequence(int at) {
        Mark start = mark(at);
        List<Node> items = new ArrayList<>();
        int i = skipSpaces(at + 1);
        if (i < length && text.charAt(i) == ']') {
            i++;
        } else {
            while (true) {
                if (i >= length) throw Decline.INSTANCE;
                char c = text.charAt(i);
                if (c == '\'' || c == '"') {
                    i = flowQuoted(i, items);
                } else {
                    i = flowPlain(i, items);
                }
                i = skipSpaces(i);
                if (i >= length) throw Decline.INSTANCE;
                char after = text.charAt(i);
                if (after == ']') {
                    i++;
                    break;
                }
                if (after != ',') throw Decline.INSTANCE;
                i = skipSpaces(i + 1);
            }
        }
        Mark end = mark(i);
        endOfLine(i);
        return new SequenceNode(Tag.SEQ, true, items, start, end, FlowStyle.FLOW);
    }

    /** The index of the first character that is not a space, from {@code at}. */
    private int skipSpaces(int at) {
        int i = at;
        while (i < length && text.charAt(i) == ' ') i++;
        return i;
    }

    /** A plain item of a flow sequence; returns the index after its last non-space. */
    private int flowPlain(int at, List<Node> items) {
        if (at >= length || INDICATORS.indexOf(text.charAt(at)) >= 0) throw Decline.INSTANCE;
        int last = at;
        int i = at;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ']') break;
            if (c == '\n' || c == '#' || c == '?' || c == '[' || c == '{' || c == '}') {
                throw Decline.INSTANCE;
            }
            if (c == ':') {
                // "10:00" is text; a colon before a space or a flow indicator would make a pair
                char next = i + 1 < length ? text.charAt(i + 1) : '\n';
                if (" \n,[]{}".indexOf(next) >= 0) throw Decline.INSTANCE;
            }
            if (c != ' ') last = i + 1;
        }
        String value = text.substring(at, last);
        items.add(
                new ScalarNode(
                        resolver.resolve(NodeId.scalar, value, true),
                        true,
                        value,
                        mark(at),
                        mark(last),
                        ScalarStyle.PLAIN));
        return last;
    }

    /** A quoted item of a flow sequence on one line; returns the index after its closing quote. */
    private int flowQuoted(int at, List<Node> items) {
        char quote = text.charAt(at);
        boolean isDouble = quote == '"';
        StringBuilder value = new StringBuilder();
        int i = at + 1;
        while (true) {
            if (i >= length) throw Decline.INSTANCE;
            char c = text.charAt(i);
            if (c == '\n') throw Decline.INSTANCE;
            if (c == quote) {
                if (!isDouble && i + 1 < length && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (c == '\\' && isDouble) {
                if (i + 1 >= length) throw Decline.INSTANCE;
                char e = text.charAt(i + 1);
                value.append(unescaped(e));
                i += 2;
                continue;
            }
            value.append(c);
            i++;
        }
        items.add(
                new ScalarNode(
                        Tag.STR,
                        true,
                        value.toString(),
                        mark(at),
                        mark(i),
                        isDouble ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED));
        return i;
    }
}
