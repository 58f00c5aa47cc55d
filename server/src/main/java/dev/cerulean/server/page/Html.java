package dev.cerulean.server.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the pages still build by hand: query-string values in links. HTML escaping is the
 * templates' own (jte, html content type), so no page escapes markup itself.
 */
public final class Html {
    private Html() {}

    /** A value for a query string ({@code ?return=…}). */
    public static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
