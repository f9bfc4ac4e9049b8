package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.testing.SyntheticResults;

class CsvReportTest {

    /** The documented header: changing it breaks users' scripts, so this test pins it. */
    private static final String HEADER = "scenario,pattern,transport,size_bytes,hwm,gap_ns,backend,"
            + "headline_figure,verdict,converged,headline_median,headline_lower,headline_upper,"
            + "headline_ratio,headline_ratio_lower,headline_ratio_upper,headline_half_width_percent,"
            + "backend_version,libzmq_version,placement,baseline,status,forks,forks_ok,not_steady_forks,"
            + "messages_sent,messages_received,"
            + "rtt_p50_ns_median,rtt_p50_ns_lower,rtt_p50_ns_upper,"
            + "rtt_p50_ns_ratio,rtt_p50_ns_ratio_lower,rtt_p50_ns_ratio_upper,"
            + "rtt_p99_ns_median,rtt_p99_ns_lower,rtt_p99_ns_upper,"
            + "rtt_p99_ns_ratio,rtt_p99_ns_ratio_lower,rtt_p99_ns_ratio_upper,"
            + "rtt_p999_ns_median,rtt_p999_ns_lower,rtt_p999_ns_upper,"
            + "rtt_p999_ns_ratio,rtt_p999_ns_ratio_lower,rtt_p999_ns_ratio_upper,"
            + "msgs_per_sec_median,msgs_per_sec_lower,msgs_per_sec_upper,"
            + "msgs_per_sec_ratio,msgs_per_sec_ratio_lower,msgs_per_sec_ratio_upper,"
            + "mb_per_sec_median,mb_per_sec_lower,mb_per_sec_upper,"
            + "mb_per_sec_ratio,mb_per_sec_ratio_lower,mb_per_sec_ratio_upper,"
            + "enqueue_msgs_per_sec_median,enqueue_msgs_per_sec_lower,enqueue_msgs_per_sec_upper,"
            + "enqueue_msgs_per_sec_ratio,enqueue_msgs_per_sec_ratio_lower,enqueue_msgs_per_sec_ratio_upper,"
            + "cpu_ns_per_msg_median,cpu_ns_per_msg_lower,cpu_ns_per_msg_upper,"
            + "cpu_ns_per_msg_ratio,cpu_ns_per_msg_ratio_lower,cpu_ns_per_msg_ratio_upper,"
            + "alloc_bytes_per_msg_median,alloc_bytes_per_msg_lower,alloc_bytes_per_msg_upper,"
            + "alloc_bytes_per_msg_ratio,alloc_bytes_per_msg_ratio_lower,alloc_bytes_per_msg_ratio_upper,"
            + "peak_rss_kb_median,peak_rss_kb_lower,peak_rss_kb_upper,"
            + "peak_rss_kb_ratio,peak_rss_kb_ratio_lower,peak_rss_kb_ratio_upper,"
            + "dropped_percent_median,dropped_percent_lower,dropped_percent_upper,"
            + "dropped_percent_ratio,dropped_percent_ratio_lower,dropped_percent_ratio_upper,"
            + "rtt_p50_uncorrected_ns_median,rtt_p50_uncorrected_ns_lower,rtt_p50_uncorrected_ns_upper,"
            + "rtt_p50_uncorrected_ns_ratio,rtt_p50_uncorrected_ns_ratio_lower,rtt_p50_uncorrected_ns_ratio_upper,"
            + "rtt_p99_uncorrected_ns_median,rtt_p99_uncorrected_ns_lower,rtt_p99_uncorrected_ns_upper,"
            + "rtt_p99_uncorrected_ns_ratio,rtt_p99_uncorrected_ns_ratio_lower,rtt_p99_uncorrected_ns_ratio_upper,"
            + "achieved_rate_percent_median,achieved_rate_percent_lower,achieved_rate_percent_upper,"
            + "achieved_rate_percent_ratio,achieved_rate_percent_ratio_lower,achieved_rate_percent_ratio_upper,"
            + "time_to_steady_ms_median,time_to_steady_ms_lower,time_to_steady_ms_upper,"
            + "time_to_steady_ms_ratio,time_to_steady_ms_ratio_lower,time_to_steady_ms_ratio_upper,"
            + "jit_ms_median,jit_ms_lower,jit_ms_upper,"
            + "jit_ms_ratio,jit_ms_ratio_lower,jit_ms_ratio_upper,"
            + "warmup_messages_median,warmup_messages_lower,warmup_messages_upper,"
            + "warmup_messages_ratio,warmup_messages_ratio_lower,warmup_messages_ratio_upper,"
            + "window_cv_percent_median,window_cv_percent_lower,window_cv_percent_upper,"
            + "window_cv_percent_ratio,window_cv_percent_ratio_lower,window_cv_percent_ratio_upper,"
            + "app_cpu_ns_per_msg_median,app_cpu_ns_per_msg_lower,app_cpu_ns_per_msg_upper,"
            + "app_cpu_ns_per_msg_ratio,app_cpu_ns_per_msg_ratio_lower,app_cpu_ns_per_msg_ratio_upper,"
            + "io_cpu_ns_per_msg_median,io_cpu_ns_per_msg_lower,io_cpu_ns_per_msg_upper,"
            + "io_cpu_ns_per_msg_ratio,io_cpu_ns_per_msg_ratio_lower,io_cpu_ns_per_msg_ratio_upper,"
            + "jvm_cpu_ns_per_msg_median,jvm_cpu_ns_per_msg_lower,jvm_cpu_ns_per_msg_upper,"
            + "jvm_cpu_ns_per_msg_ratio,jvm_cpu_ns_per_msg_ratio_lower,jvm_cpu_ns_per_msg_ratio_upper,"
            + "system_cpu_ns_per_msg_median,system_cpu_ns_per_msg_lower,system_cpu_ns_per_msg_upper,"
            + "system_cpu_ns_per_msg_ratio,system_cpu_ns_per_msg_ratio_lower,system_cpu_ns_per_msg_ratio_upper,"
            + "wakeups_per_msg_median,wakeups_per_msg_lower,wakeups_per_msg_upper,"
            + "wakeups_per_msg_ratio,wakeups_per_msg_ratio_lower,wakeups_per_msg_ratio_upper,"
            + "preemptions_per_msg_median,preemptions_per_msg_lower,preemptions_per_msg_upper,"
            + "preemptions_per_msg_ratio,preemptions_per_msg_ratio_lower,preemptions_per_msg_ratio_upper,"
            + "migrations_per_msg_median,migrations_per_msg_lower,migrations_per_msg_upper,"
            + "migrations_per_msg_ratio,migrations_per_msg_ratio_lower,migrations_per_msg_ratio_upper,"
            + "run_wait_ns_per_msg_median,run_wait_ns_per_msg_lower,run_wait_ns_per_msg_upper,"
            + "run_wait_ns_per_msg_ratio,run_wait_ns_per_msg_ratio_lower,run_wait_ns_per_msg_ratio_upper,"
            + "merged_rtt_count,merged_rtt_min_ns,merged_rtt_p50_ns,merged_rtt_p90_ns,merged_rtt_p99_ns,"
            + "merged_rtt_p999_ns,merged_rtt_p9999_ns,merged_rtt_max_ns,merged_rtt_mean_ns,merged_rtt_stddev_ns,"
            + "histogram_file,"
            + "merged_rtt_uncorrected_count,merged_rtt_uncorrected_min_ns,merged_rtt_uncorrected_p50_ns,"
            + "merged_rtt_uncorrected_p90_ns,merged_rtt_uncorrected_p99_ns,merged_rtt_uncorrected_p999_ns,"
            + "merged_rtt_uncorrected_p9999_ns,merged_rtt_uncorrected_max_ns,merged_rtt_uncorrected_mean_ns,"
            + "merged_rtt_uncorrected_stddev_ns,notes";

    @Test
    void headerIsStable() {
        String csv = Render.of(new CsvReport(), SyntheticResults.fullSet());
        assertEquals(HEADER, csv.lines().findFirst().orElseThrow());
        assertEquals(String.join(",", CsvReport.columns()), HEADER);
    }

    @Test
    void oneRowPerCellWithAsManyFieldsAsColumns() {
        String csv = Render.of(new CsvReport(), SyntheticResults.fullSet());
        List<String> lines = csv.lines().collect(java.util.stream.Collectors.toList());
        assertEquals(SyntheticResults.fullSet().cells().size() + 1, lines.size());
        int columns = CsvReport.columns().size();
        for (String line : lines) {
            assertEquals(columns, fields(line).size(), line);
        }
        String jeromqIpc = lines.stream().filter(l -> l.startsWith("latency,pair,ipc,64,,,jeromq,"))
                .findFirst().orElseThrow();
        List<String> fields = fields(jeromqIpc);
        assertEquals(SyntheticResults.JEROMQ_IPC_NOTE, fields.get(CsvReport.columns().indexOf("notes")));
        assertEquals("ok", fields.get(CsvReport.columns().indexOf("status")));
        double ratio = Double.parseDouble(fields.get(CsvReport.columns().indexOf("rtt_p50_ns_ratio")));
        assertEquals(2.0, ratio, 0.01, "jeromq is made 2x c");
        String c = lines.stream().filter(l -> l.startsWith("latency,pair,ipc,64,,,c,")).findFirst().orElseThrow();
        assertEquals("", fields(c).get(CsvReport.columns().indexOf("rtt_p50_ns_ratio")), "no ratio to itself");
    }

    @Test
    void theAnswerComesFirstAndValuesAreRounded() {
        String csv = Render.of(new CsvReport(), SyntheticResults.fullSet());
        String jni = csv.lines().filter(l -> l.startsWith("latency,pair,tcp,64,,,jni,")).findFirst().orElseThrow();
        List<String> fields = fields(jni);
        assertEquals(List.of("rtt_p50_ns", "slower", "true"), fields.subList(7, 10));
        for (String field : fields) {
            assertTrue(!field.matches("-?\\d+\\.\\d{5,}") || field.startsWith("0.0"), () -> "not rounded: " + field);
        }
        assertEquals("histograms/jni-latency-pair-tcp-64.hgrm",
                fields.get(CsvReport.columns().indexOf("histogram_file")));
    }

    @Test
    void quotesFieldsWithCommasAndQuotes() {
        assertEquals("\"a,b\"", CsvReport.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
        assertEquals("plain", CsvReport.quote("plain"));
    }

    /** RFC 4180 fields of one line. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
