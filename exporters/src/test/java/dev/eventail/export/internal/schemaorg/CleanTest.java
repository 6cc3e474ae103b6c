package dev.eventail.export.internal.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SchemaOrgMapping#clean} against its definition, one character at a time. */
class CleanTest {

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Café « crème »\n\tl’été";
        assertThat(SchemaOrgMapping.clean(text)).isSameAs(text);
    }

    @Test
    void lineBreaksBecomeLfAndOtherControlsGo() {
        assertThat(SchemaOrgMapping.clean("a\r\nb\rc\u0000d\u007Fe\uFFFEf\uFFFFg\u0085h"))
                .isEqualTo("a\nb\ncdefg\u0085h");
    }

    @Test
    void agreesWithTheDefinitionOnEveryCharacterAndOnRandomTexts() {
        for (char c = 0; c < 0xFFFF; c++) {
            String s = "x" + c + "y";
            assertThat(SchemaOrgMapping.clean(s)).as("U+%04X", (int) c).isEqualTo(definition(s));
        }
        Random random = new Random(3);
        char[] alphabet = "ab\r\n\t\u0000\u001F\u007F\u0080é\uFFFE\uFFFF\uFFFD".toCharArray();
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertThat(SchemaOrgMapping.clean(s)).as("%s", s).isEqualTo(definition(s));
        }
    }

    /**
     * CR LF and CR become LF; other C0 controls but TAB, DEL, U+FFFE and U+FFFF are dropped (XML
     * 1.0 cannot carry them).
     */
    private static String definition(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 == s.length() || s.charAt(i + 1) != '\n') b.append('\n');
            } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && c < 0xfffe)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
