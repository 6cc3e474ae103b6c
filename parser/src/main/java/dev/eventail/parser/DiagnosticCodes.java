package dev.eventail.parser;

/**
 * The stable codes of the {@link dev.eventail.model.Diagnostic}s the parser reports, one place for
 * all of them: tools may match on these strings, so a code never changes meaning once published.
 *
 * <table>
 * <caption>Codes</caption>
 * <tr><th>code</th><th>severity</th><th>when</th></tr>
 * <tr><td>{@value #FRONTMATTER_MISSING}</td><td>info</td><td>the file does not start with
 *     {@code ---}: no front matter, no event</td></tr>
 * <tr><td>{@value #FRONTMATTER_UNCLOSED}</td><td>error</td><td>{@code ---} opens a front matter
 *     that no {@code ---} or {@code ...} line closes; read as body, no event</td></tr>
 * <tr><td>{@value #FRONTMATTER_NOT_A_MAPPING}</td><td>error</td><td>the front matter is a list or
 *     a single value</td></tr>
 * <tr><td>{@value #YAML_SYNTAX}</td><td>error</td><td>the YAML cannot be read (line and column of
 *     the problem in the file)</td></tr>
 * <tr><td>{@value #YAML_LIMIT}</td><td>error</td><td>the YAML is too long, too deep or uses too
 *     many aliases</td></tr>
 * <tr><td>{@value #YAML_DUPLICATE_KEY}</td><td>warning</td><td>a key is given twice in one
 *     mapping; the last value is kept, as Jekyll does</td></tr>
 * <tr><td>{@value #YAML_TAG_IGNORED}</td><td>warning</td><td>a YAML tag ({@code !foo},
 *     {@code !!java.…}) or a bad typed scalar was read as plain data</td></tr>
 * <tr><td>{@value #YAML_RECURSIVE}</td><td>error</td><td>an alias refers to a value containing
 *     it</td></tr>
 * <tr><td>{@value #ENCODING_INVALID}</td><td>warning</td><td>bytes that are not UTF-8 (offset
 *     given); replaced by U+FFFD</td></tr>
 * <tr><td>{@value #ENCODING_WINDOWS_1252}</td><td>warning</td><td>the file is not UTF-8 but reads
 *     as Windows-1252 (every bad byte a single byte, no UTF-8 sequence): read as such</td></tr>
 * <tr><td>{@value #ENCODING_UTF16}</td><td>info</td><td>the file starts with a UTF-16 byte order
 *     mark: read as UTF-16</td></tr>
 * <tr><td>{@value #FILE_BINARY}</td><td>error</td><td>the file holds NUL bytes (a binary file, or
 *     UTF-16 without byte order mark): not read</td></tr>
 * <tr><td>{@value #LIMIT_SIZE}</td><td>warning</td><td>the text is longer than the parser's
 *     {@code maxChars}: read up to the line where the limit falls</td></tr>
 * <tr><td>{@value #LIMIT_LINES}</td><td>warning</td><td>the file has more lines than
 *     {@code maxLines}: read up to the limit</td></tr>
 * <tr><td>{@value #LIMIT_LINE_LENGTH}</td><td>warning</td><td>a line is longer than
 *     {@code maxLineLength}: cut there</td></tr>
 * <tr><td>{@value #LIMIT_SUB_EVENTS}</td><td>warning</td><td>an event has more sub-events than
 *     {@code maxSubEvents}: the first ones are kept</td></tr>
 * <tr><td>{@value #LIMIT_TIME}</td><td>warning</td><td>reading the file took longer than the
 *     parser's {@code maxTimePerFile}: the body was read up to the line named, the rest
 *     ignored</td></tr>
 * <tr><td>{@value #FILE_UNREADABLE}</td><td>error</td><td>the file could not be read</td></tr>
 * <tr><td>{@value #DATE_UNPARSEABLE}</td><td>error</td><td>an event date is not a date</td></tr>
 * <tr><td>{@value #DATE_IMPLAUSIBLE}</td><td>warning</td><td>an event date is a date but not a
 *     sane one (year 0007, a +00:09 offset, one date of a list years away from the others); the
 *     text's date is used when it gives one</td></tr>
 * <tr><td>{@value #DATE_LIST}</td><td>warning</td><td>an event date key holds a list; the earliest
 *     start and latest end are used</td></tr>
 * <tr><td>{@value #DATE_END_BEFORE_START}</td><td>warning</td><td>the end precedes the start</td></tr>
 * <tr><td>{@value #DATE_END_WITHOUT_START}</td><td>warning</td><td>an end date but no start
 *     date</td></tr>
 * <tr><td>{@value #DATE_TIME_MISMATCH}</td><td>warning</td><td>the front-matter time contradicts
 *     the written hours ({@code Horaires}); the written hours win</td></tr>
 * <tr><td>{@value #DATE_YEAR_MISMATCH}</td><td>warning</td><td>the front-matter date lies before
 *     the post's own date and the text gives the same day in another year; the text's year
 *     wins</td></tr>
 * <tr><td>{@value #DATE_OFFSET_MISMATCH}</td><td>info</td><td>a timestamp's offset is not the one
 *     the site's time zone has that day; the instant is kept and shown in the zone</td></tr>
 * <tr><td>{@value #DATE_FROM_TEXT}</td><td>info</td><td>the event date was read from the text
 *     (title, {@code champs_informations}, body) rather than the front matter's dates</td></tr>
 * <tr><td>{@value #URL_FIXED}</td><td>warning</td><td>a link was repaired (a bare host name, an
 *     e-mail address made a {@code mailto:} contact, {@code https:/…})</td></tr>
 * <tr><td>{@value #URL_REFUSED}</td><td>warning</td><td>a link is not an http(s) or mailto URL
 *     and was dropped</td></tr>
 * <tr><td>{@value #IMAGE_RELATIVE}</td><td>info</td><td>an image path could not be made absolute
 *     (no site url); dropped from the event</td></tr>
 * <tr><td>{@value #PLACE_CORRECTED}</td><td>warning</td><td>an address was corrected (a wrong
 *     postal code for a known street)</td></tr>
 * <tr><td>{@value #EVENT_NO_PLACE}</td><td>info</td><td>an event held in person names no
 *     place</td></tr>
 * <tr><td>{@value #EVENT_NO_DATE}</td><td>warning</td><td>a post has event-date keys but no date
 *     could be read from them or from its text</td></tr>
 * <tr><td>{@value #POST_PLACEHOLDER}</td><td>info</td><td>the post is placeholder text ("Lorem
 *     ipsum"); its dates are not read as an event</td></tr>
 * <tr><td>{@value #CONFIG_TIMEZONE}</td><td>warning</td><td>{@code _config.yml} names an unknown
 *     time zone</td></tr>
 * <tr><td>{@value #INTERNAL_ERROR}</td><td>error</td><td>a bug in eventail met this file; the
 *     rest of the archive is still read</td></tr>
 * </table>
 *
 * <p>The body walk adds its own codes (such as {@code date.weekday-mismatch}); they follow the same
 * {@code area.problem} form.
 */
public final class DiagnosticCodes {

    private DiagnosticCodes() {}

    /** No front matter: the file does not start with {@code ---}. */
    public static final String FRONTMATTER_MISSING = "frontmatter.missing";

    /** {@code ---} with no closing line. */
    public static final String FRONTMATTER_UNCLOSED = "frontmatter.unclosed";

    /** The front matter is not a mapping. */
    public static final String FRONTMATTER_NOT_A_MAPPING = "frontmatter.not-a-mapping";

    /** YAML that cannot be read. */
    public static final String YAML_SYNTAX = "yaml.syntax";

    /** YAML over a size, depth or alias limit. */
    public static final String YAML_LIMIT = "yaml.limit";

    /** A key given twice. */
    public static final String YAML_DUPLICATE_KEY = "yaml.duplicate-key";

    /** A YAML tag or bad typed scalar read as plain data. */
    public static final String YAML_TAG_IGNORED = "yaml.tag-ignored";

    /** An alias that contains itself. */
    public static final String YAML_RECURSIVE = "yaml.recursive";

    /** Bytes that are not UTF-8. */
    public static final String ENCODING_INVALID = "encoding.invalid";

    /** A file that could not be read. */
    public static final String FILE_UNREADABLE = "file.unreadable";

    /** An event date that is not a date. */
    public static final String DATE_UNPARSEABLE = "date.unparseable";

    /** A date that is not sane (year 0007). */
    public static final String DATE_IMPLAUSIBLE = "date.implausible";

    /** An event date key holding a list. */
    public static final String DATE_LIST = "date.list";

    /** An end before the start. */
    public static final String DATE_END_BEFORE_START = "date.end-before-start";

    /** An end without a start. */
    public static final String DATE_END_WITHOUT_START = "date.end-without-start";

    /** A front-matter time contradicting the written hours. */
    public static final String DATE_TIME_MISMATCH = "date.time-mismatch";

    /** A front-matter year contradicted by the text. */
    public static final String DATE_YEAR_MISMATCH = "date.year-mismatch";

    /** A timestamp offset that is not the zone's. */
    public static final String DATE_OFFSET_MISMATCH = "date.offset-mismatch";

    /** An event date read from the text rather than the front matter. */
    public static final String DATE_FROM_TEXT = "date.from-text";

    /** A repaired link. */
    public static final String URL_FIXED = "url.fixed";

    /** A link that was dropped. */
    public static final String URL_REFUSED = "url.refused";

    /** An image path that could not be made absolute. */
    public static final String IMAGE_RELATIVE = "image.relative";

    /** A corrected address. */
    public static final String PLACE_CORRECTED = "place.corrected";

    /** An in-person event without a place. */
    public static final String EVENT_NO_PLACE = "event.no-place";

    /** Event-date keys but no readable date. */
    public static final String EVENT_NO_DATE = "event.no-date";

    /** A placeholder post ("Lorem ipsum"). */
    public static final String POST_PLACEHOLDER = "post.placeholder";

    /** An unknown time zone in {@code _config.yml}. */
    public static final String CONFIG_TIMEZONE = "config.timezone";

    /** A bug met while reading a file. */
    public static final String INTERNAL_ERROR = "internal.error";

    /** Not UTF-8, read as Windows-1252. */
    public static final String ENCODING_WINDOWS_1252 = "encoding.windows-1252";

    /** A UTF-16 byte order mark: read as UTF-16. */
    public static final String ENCODING_UTF16 = "encoding.utf-16";

    /** NUL bytes: a binary file, not read. */
    public static final String FILE_BINARY = "file.binary";

    /** The text is longer than the parser's limit; read up to it. */
    public static final String LIMIT_SIZE = "limit.size";

    /** The file has more lines than the parser's limit; read up to it. */
    public static final String LIMIT_LINES = "limit.lines";

    /** A line is longer than the parser's limit; cut. */
    public static final String LIMIT_LINE_LENGTH = "limit.line-length";

    /** An event has more sub-events than the parser's limit; the first are kept. */
    public static final String LIMIT_SUB_EVENTS = "limit.sub-events";

    /** Reading the file took longer than the parser's limit; the body was read up to a line. */
    public static final String LIMIT_TIME = "limit.time";
}
