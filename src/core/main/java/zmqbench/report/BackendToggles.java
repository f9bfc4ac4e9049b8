package zmqbench.report;

import java.util.List;

/**
 * A checkbox per backend that shows or hides its lines and points in every chart, with no script:
 * each backend's marks sit in a group classed {@code bk-NAME}, and a CSS rule per backend hides the
 * class while its box is unchecked ({@code :has()}). The page's Content-Security-Policy allows no
 * scripts, and needs none for this.
 */
final class BackendToggles {

    private BackendToggles() {
    }

    /** The class of a backend's marks: {@code bk-} and the name, anything but letters, digits and '-' as '_'. */
    static String cssClass(String backend) {
        return "bk-" + backend.replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** One rule per backend, for the page's style sheet. */
    static String css(List<String> backends) {
        StringBuilder out = new StringBuilder();
        for (String backend : backends) {
            String name = cssClass(backend);
            out.append("body:has(#show-").append(name).append(":not(:checked)) .").append(name)
                    .append("{display:none}\n");
        }
        return out.toString();
    }

    /** The checkboxes, each in its backend's colour, all checked. */
    static String html(List<String> backends, BackendPalette palette) {
        StringBuilder out = new StringBuilder("<div class=\"toggles\" id=\"toggles\">Show in the charts:\n");
        for (String backend : backends) {
            String name = cssClass(backend);
            out.append("<label><input type=\"checkbox\" id=\"show-").append(name).append("\" checked>")
                    .append("<span class=\"swatch\" style=\"background:")
                    .append(HtmlText.escape(palette.colour(backend))).append("\"></span>")
                    .append(HtmlText.escape(backend)).append("</label>\n");
        }
        return out.append("</div>\n").toString();
    }
}
