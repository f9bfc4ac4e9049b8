package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportFormatTypeTest {

    @Test
    void parsesEveryNameInAnyCase() {
        assertEquals(ReportFormatType.TABLE, ReportFormatType.parse("table"));
        assertEquals(ReportFormatType.MD, ReportFormatType.parse("MD"));
        assertEquals(ReportFormatType.MD, ReportFormatType.parse("markdown"));
        assertEquals(ReportFormatType.CSV, ReportFormatType.parse(" csv "));
        assertEquals(ReportFormatType.JSON, ReportFormatType.parse("json"));
        assertEquals(ReportFormatType.HTML, ReportFormatType.parse("html"));
        assertEquals(ReportFormatType.JMH, ReportFormatType.parse("jmh"));
    }

    @Test
    void anUnknownNameListsTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormatType.parse("xml"));
        assertEquals("unknown report format 'xml' (choose one of: table, md, csv, json, html, jmh)", e.getMessage());
    }

    @Test
    void createsEachRenderer() {
        ReportOptions options = ReportOptions.plain();
        assertInstanceOf(TableReport.class, ReportFormatType.TABLE.create(options));
        assertInstanceOf(MarkdownReport.class, ReportFormatType.MD.create(options));
        assertInstanceOf(CsvReport.class, ReportFormatType.CSV.create(options));
        assertInstanceOf(JsonReport.class, ReportFormatType.JSON.create(options));
        assertInstanceOf(HtmlReport.class, ReportFormatType.HTML.create(options));
        assertInstanceOf(JmhReport.class, ReportFormatType.JMH.create(options));
    }

    @Test
    void refusesATooNarrowWidth() {
        assertThrows(IllegalArgumentException.class, () -> new ReportOptions(false, 20));
    }
}
