package zmqbench.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats, by their command-line names. */
public enum ReportFormatType {
    TABLE("table"),
    MD("md"),
    CSV("csv"),
    JSON("json"),
    HTML("html"),
    JMH("jmh");

    private final String cliName;

    ReportFormatType(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * The format named {@code name} (any case; "markdown" for md).
     *
     * @throws IllegalArgumentException naming the choices, when no format has that name
     */
    public static ReportFormatType parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("markdown")) {
            return MD;
        }
        for (ReportFormatType type : values()) {
            if (type.cliName.equals(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "' (choose one of: " + choices() + ")");
    }

    /** "table, md, csv, json, html, jmh". */
    public static String choices() {
        return Arrays.stream(values()).map(ReportFormatType::cliName).collect(Collectors.joining(", "));
    }

    /** A renderer of this format; only the terminal table uses colour and width. */
    public ReportFormat create(ReportOptions options) {
        switch (this) {
            case TABLE:
                return new TableReport(options);
            case MD:
                return new MarkdownReport();
            case CSV:
                return new CsvReport();
            case JSON:
                return new JsonReport();
            case HTML:
                return new HtmlReport();
            case JMH:
                return new JmhReport();
            default:
                throw new IllegalStateException("no renderer for " + this);
        }
    }
}
