package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium: to check that the page parses into the intended DOM, that
 * it paints charts, and that the answer is on the first screen at 1280x800. Without
 * {@code /usr/bin/chromium} the test is skipped, except on CI ({@code CI=true}), which installs it.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int FIRST_SCREEN_WIDTH = 1280;
    private static final int FIRST_SCREEN_HEIGHT = 800;
    /**
     * Writes the boxes of the elements the first screen must show, the page's scroll width, and how
     * many of jeromq's chart groups are shown before and after its checkbox is unticked.
     */
    private static final String LAYOUT_PROBE = """
            <script>
            (function () {
              var lines = [];
              function box(name, el) {
                if (!el) { return; }
                var r = el.getBoundingClientRect();
                lines.push([name, r.left, r.top, r.right, r.bottom].map(function (v) {
                  return typeof v === 'number' ? Math.round(v) : v; }).join(' '));
              }
              box('forest', document.getElementById('forest'));
              document.querySelectorAll('#forest svg').forEach(function (svg, i) { box('panel' + i, svg); });
              box('summary', document.querySelector('table.summary'));
              lines.push('viewport ' + window.innerWidth + ' ' + window.innerHeight);
              lines.push('page ' + document.documentElement.scrollWidth);
              function shown() {
                return Array.prototype.filter.call(document.querySelectorAll('.bk-jeromq'), function (g) {
                  return getComputedStyle(g).display !== 'none'; }).length;
              }
              var before = shown();
              document.getElementById('show-bk-jeromq').checked = false;
              lines.push('jeromq ' + before + ' ' + shown());
              var pre = document.createElement('pre');
              pre.id = 'layout';
              pre.textContent = lines.join('\\n');
              document.body.appendChild(pre);
            })();
            </script>
            """;
    private static final long TIMEOUT_SECONDS = 120;
    private static final int WIDTH = 1200;
    /** Tall enough for the summary (forest plot and table) that leads and the charts after it. */
    private static final int HEIGHT = 3000;

    @TempDir
    Path tmp;

    /** Per test, not per class: JUnit then reports each browser test as skipped, with the reason. */
    @BeforeEach
    void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(CHROMIUM + " is missing, and CI=true: CI installs the chromium package");
        }
        Assumptions.assumeTrue(false, CHROMIUM + " is missing (install the Debian package chromium)");
    }

    @Test
    void domHasTheChartsAsWritten() throws Exception {
        String html = HtmlReportTest.render(HtmlReportFixtures.twoBackends());
        Path page = write(html);
        Path dom = tmp.resolve("dom.html");

        run(List.of("--dump-dom", page.toUri().toString()), dom, "dump-dom");
        String parsed = Files.readString(dom, StandardCharsets.UTF_8);
        keep(dom, "dom.html");

        assertTrue(parsed.contains("<html"), "a DOM was dumped");
        List<String> svgs = HtmlReportTest.svgs(parsed);
        assertEquals(HtmlReportFixtures.EXPECTED_CHARTS, svgs.size(), "charts in the DOM");
        for (String svg : svgs) {
            assertTrue(svg.contains("role=\"img\""));
            assertTrue(svg.contains("<title>"));
            assertTrue(svg.contains("<line ") && svg.contains("<text "), "axes and labels inside the svg");
        }
        for (String element : List.of("<svg ", "<polyline ", "<circle ", "<rect ", "<table ", "<figure>", "<tspan ")) {
            assertEquals(HtmlReportTest.count(html, element), HtmlReportTest.count(parsed, element),
                    "as many " + element + " in the DOM as written");
        }
        // Escaped data stayed text: no element was made of it.
        assertFalse(parsed.contains("<boom"));
        assertTrue(parsed.contains("lost 3 of 1000 messages &lt;boom&gt; &amp; \"more\""));
    }

    @Test
    void screenshotShowsColouredCharts() throws Exception {
        Path page = write(HtmlReportTest.render(HtmlReportFixtures.twoBackends()));
        Path png = tmp.resolve("report.png");

        run(List.of("--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString()),
                tmp.resolve("screenshot.out"), "screenshot");
        assertTrue(Files.size(png) > 0, "screenshot written");
        keep(png, "report.png");

        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG that javax.imageio decodes");
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        int c = 0;
        int jeromq = 0;
        int slower = 0;
        int cColour = Integer.parseInt(BackendPalette.fixedColour("c").substring(1), 16);
        int jeromqColour = Integer.parseInt(BackendPalette.fixedColour("jeromq").substring(1), 16);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                c += near(rgb, cColour) ? 1 : 0;
                jeromq += near(rgb, jeromqColour) ? 1 : 0;
                slower += near(rgb, 0xb01c1c) ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 10, "not blank: " + colours.size() + " colours");
        assertTrue(c > 200, "c's blue painted: " + c + " pixels");
        assertTrue(jeromq > 200, "jeromq's purple painted: " + jeromq + " pixels");
        assertTrue(slower > 50, "the forest plot's red for slower painted: " + slower + " pixels");
    }

    /**
     * At 1280x800, the ratios (the summary table) and both forest panels are on the first screen,
     * side by side, and nothing is wider than the window; a backend's checkbox hides its marks in
     * every chart. A script added for the test only (the report itself has none) writes what it
     * measured into the DOM, which Chromium dumps.
     */
    @Test
    void ratiosAndForestPlotAreOnTheFirstScreen() throws Exception {
        String html = HtmlReportTest.render(HtmlReportFixtures.defaultRun());
        assertTrue(html.contains("default-src 'none';"), "the report's policy, relaxed below for the probe alone");
        Path page = write(html.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';")
                .replace("</body>", LAYOUT_PROBE + "</body>"));
        Path dom = tmp.resolve("layout.html");

        run(List.of("--window-size=" + FIRST_SCREEN_WIDTH + "," + FIRST_SCREEN_HEIGHT, "--hide-scrollbars",
                "--dump-dom", page.toUri().toString()), dom, "layout");
        String parsed = Files.readString(dom, StandardCharsets.UTF_8);
        keep(dom, "layout.html");
        Map<String, int[]> boxes = boxes(parsed);

        // Headless Chromium takes the window's height for its frame, so the viewport can be shorter
        // than 800; the page's layout does not depend on the height (no vh units), so a box whose
        // bottom is at most 800 from the top is on an 800-pixel first screen.
        assertEquals(FIRST_SCREEN_WIDTH, boxes.get("viewport")[0], "viewport width");
        for (String element : List.of("forest", "panel0", "panel1", "summary")) {
            int[] box = boxes.get(element);
            assertNotNull(box, element + " laid out: " + parsed);
            assertTrue(box[1] >= 0 && box[3] <= FIRST_SCREEN_HEIGHT && box[3] > box[1],
                    element + " on the first screen: " + Arrays.toString(box));
            assertTrue(box[0] >= 0 && box[2] <= FIRST_SCREEN_WIDTH, element + " within the width: "
                    + Arrays.toString(box));
        }
        assertTrue(boxes.get("panel1")[0] > boxes.get("panel0")[2], "throughput beside latency, with a gap");
        assertTrue(boxes.get("page")[0] <= FIRST_SCREEN_WIDTH, "no horizontal overflow: "
                + Arrays.toString(boxes.get("page")));
        int[] jeromq = boxes.get("jeromq");
        assertTrue(jeromq[0] > 0, "jeromq's marks shown in the charts: " + jeromq[0]);
        assertEquals(0, jeromq[1], "and hidden once its box is unticked");
    }

    /** "name left top right bottom" lines from the probe's {@code <pre id="layout">}. */
    private static Map<String, int[]> boxes(String dom) {
        Matcher m = java.util.regex.Pattern.compile("(?s)<pre id=\"layout\">(.*?)</pre>").matcher(dom);
        assertTrue(m.find(), "the layout probe ran");
        Map<String, int[]> boxes = new HashMap<>();
        for (String line : m.group(1).strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            boxes.put(parts[0], Arrays.stream(parts).skip(1).mapToInt(Integer::parseInt).toArray());
        }
        return boxes;
    }

    private Path write(String html) throws IOException {
        Path page = tmp.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        keep(page, "report.html");
        return page;
    }

    /**
     * Runs Chromium with a fresh profile and no network chatter, stdout to {@code stdout}; fails
     * when it does not finish in time (after killing it and its children) or exits non-zero.
     */
    private void run(List<String> args, Path stdout, String what) throws Exception {
        Path profile = Files.createDirectories(tmp.resolve("profile-" + what));
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(args);
        Path stderr = tmp.resolve(what + ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            fail("chromium " + what + " did not finish in " + TIMEOUT_SECONDS + " s; stderr tail:\n" + tail(stderr));
        }
        assertEquals(0, process.exitValue(), "chromium " + what + " exit code; stderr tail:\n" + tail(stderr));
    }

    private static boolean near(int rgb, int target) {
        int dr = ((rgb >> 16) & 0xff) - ((target >> 16) & 0xff);
        int dg = ((rgb >> 8) & 0xff) - ((target >> 8) & 0xff);
        int db = (rgb & 0xff) - (target & 0xff);
        return Math.abs(dr) <= 12 && Math.abs(dg) <= 12 && Math.abs(db) <= 12;
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** Keeps a copy under target/ when run from the module directory, to look at after the build. */
    private static void keep(Path file, String name) throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Path dir = Files.createDirectories(target.resolve("html-report-browser-test"));
            Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
