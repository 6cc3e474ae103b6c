package dev.eventail.export.internal.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedLineWriterTest {

    private static String fold(String line) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FoldedLineWriter(out).writeLine(line);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shortLineIsLeftAlone() throws IOException {
        assertThat(fold("SUMMARY:Atelier")).isEqualTo("SUMMARY:Atelier\r\n");
    }

    @Test
    void lineOf75OctetsIsNotFoldedAnd76Is() throws IOException {
        String exactly75 = "X".repeat(75);
        assertThat(fold(exactly75)).isEqualTo(exactly75 + "\r\n");
        assertThat(fold(exactly75 + "Y")).isEqualTo(exactly75 + "\r\n Y\r\n");
    }

    @Test
    void continuationLinesCarry74OctetsAfterTheirSpace() throws IOException {
        String folded = fold("A".repeat(75 + 74 + 3));
        assertThat(folded.split("\r\n"))
                .containsExactly("A".repeat(75), " " + "A".repeat(74), " AAA");
    }

    @Test
    void neverCutsAMultiByteCharacter() throws IOException {
        // 74 ASCII octets, then "é" (2 octets) would straddle octet 75
        String folded = fold("D".repeat(74) + "éé");
        assertThat(folded).isEqualTo("D".repeat(74) + "\r\n éé\r\n");
        String emoji = fold("E".repeat(73) + "🎉x");
        assertThat(emoji).isEqualTo("E".repeat(73) + "\r\n 🎉x\r\n");
        for (String line : emoji.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void writeLinesGivesWhatWritingEachLineAloneGives() throws IOException {
        List<String> lines =
                List.of(
                        "BEGIN:VEVENT",
                        "DESCRIPTION:" + "é’🎉 ".repeat(30),
                        "SUMMARY:lone \uD83D surrogate, " + "x".repeat(80) + "\uDE00",
                        "X-ODD:a lone CR \r and a lone LF \n stay in the line",
                        "",
                        "END:VEVENT");
        ByteArrayOutputStream each = new ByteArrayOutputStream();
        FoldedLineWriter eachWriter = new FoldedLineWriter(each);
        for (String line : lines) eachWriter.writeLine(line);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new FoldedLineWriter(whole).writeLines(String.join("\r\n", lines) + "\r\n");
        assertThat(whole.toByteArray()).isEqualTo(each.toByteArray());
        assertThat(whole.toString(StandardCharsets.UTF_8)).contains("\r\n ").contains("lone ?");
        ByteArrayOutputStream unended = new ByteArrayOutputStream();
        new FoldedLineWriter(unended).writeLines(String.join("\r\n", lines));
        assertThat(unended.toByteArray()).isEqualTo(each.toByteArray());
    }
}
