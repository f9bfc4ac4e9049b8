package zmqbench.report;

import java.io.PrintWriter;
import zmqbench.results.ResultSet;

/** One way of rendering a result set (terminal table, Markdown, CSV, JSON, HTML). */
public interface ReportFormat {

    void write(ResultSet results, PrintWriter out);
}
