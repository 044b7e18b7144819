package org.onebacklog.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        List<CsvRecord> records = CsvReader.read("a,b,c\r\n1,\"two, \"\"2\"\"\r\nlines\",3\r\n");

        assertEquals(2, records.size());
        assertEquals(List.of("1", "two, \"2\"\nlines", "3"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
    }

    @Test
    void theByteOrderMarkIsNotPartOfTheFirstColumnsName() {
        List<CsvRecord> records = CsvReader.read("\uFEFFSummary,Labels\nA,x\n");

        assertEquals("Summary", records.get(0).field(0));
    }

    @Test
    void recordsKnowTheLineTheyStartOnAcrossMultiLineFieldsAndBlankLines() {
        List<CsvRecord> records = CsvReader.read("h\n\"one\ntwo\nthree\"\n\nnext\nlast");

        assertEquals(List.of(1, 2, 6, 7), records.stream().map(CsvRecord::line).toList());
        assertEquals("last", records.get(3).field(0));
    }

    @Test
    void emptyFieldsAndShortRecordsReadAsEmpty() {
        CsvRecord record = CsvReader.read("a,,\"\",d").get(0);

        assertEquals(List.of("a", "", "", "d"), record.fields());
        assertEquals("", record.field(9));
    }

    @Test
    void anUnterminatedQuoteNamesTheLineWhereItOpens() {
        MalformedCsv failure = assertThrows(MalformedCsv.class, () -> CsvReader.read(JiraFiles.text("broken.csv")));

        assertEquals(5, failure.line());
        assertTrue(failure.getMessage().contains("Line 5"), failure.getMessage());
        assertTrue(failure.getMessage().contains("never closed"), failure.getMessage());
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine() {
        MalformedCsv failure = assertThrows(MalformedCsv.class, () -> CsvReader.read("a,b\n1,2\n\"x\"y,3\n"));

        assertEquals(3, failure.line());
    }

    @Test
    void aFileThatIsNotUtf8NamesItsFirstBadLine() {
        byte[] latin1 = "Summary\nCafé\nBrûlée\n".getBytes(StandardCharsets.ISO_8859_1);

        MalformedCsv failure = assertThrows(MalformedCsv.class, () -> CsvReader.text(latin1));

        assertEquals(2, failure.line());
    }
}
