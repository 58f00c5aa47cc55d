package dev.cerulean.server.page;

import io.javalin.http.Context;

/**
 * Writes a whole page: the common frame (a white card centred on a light background, as
 * Microsoft's sign-in), the language switch, and the security headers every page carries.
 * Pages run no script at all, so the policy allows none.
 */
public final class PageWriter {
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private PageWriter() {}

    public static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        // not no-referrer: with it Chromium sends "Origin: null" on the pages' own form posts, and
        // Csrf refuses any Origin but the server's own; same-origin still tells other origins nothing
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * @param switchHref where the language switch leads (a GET of the same page in the other language)
     * @param card the card's inner HTML, already escaped
     */
    public static void write(Context ctx, int status, Messages m, String title, String switchHref, String card) {
        securityHeaders(ctx);
        Language other = m.language().other();
        String html = "<!DOCTYPE html>\n<html lang=\"" + m.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.text(title) + " – Cerulean</title>"
                + "<link rel=\"stylesheet\" href=\"/static/cerulean-signin.css\"></head><body>"
                + "<main class=\"card\">"
                + "<div class=\"brand\" aria-hidden=\"true\"><span class=\"logo\"></span>Cerulean</div>"
                + card
                + "</main><footer class=\"footer\">"
                + "<a href=\"" + Html.text(switchHref) + "\" lang=\"" + other + "\" hreflang=\"" + other + "\">"
                + Html.text(Messages.of(other).get("language.name")) + "</a>"
                + "<span>" + Html.text(m.get("footer.note")) + "</span>"
                + "</footer></body></html>";
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    /**
     * The answer to a form whose body is over {@link dev.cerulean.server.http.BodyLimit#MAX_BYTES}
     * (413), in the page's language; nothing was done.
     *
     * @param back where to start again (a GET)
     */
    public static void tooLarge(Context ctx, String back) {
        Messages m = Messages.of(Language.of(ctx));
        write(
                ctx,
                413,
                m,
                m.get("tooLarge.title"),
                back,
                "<h1>" + Html.text(m.get("tooLarge.title")) + "</h1>"
                        + alert(m.get("tooLarge.text")) + "<p><a href=\"" + Html.text(back) + "\">"
                        + Html.text(m.get("csrf.back"))
                        + "</a></p>");
    }

    /** The error region: always present so that screen readers announce what appears in it. */
    public static String alert(String message) {
        return "<div class=\"alert\" id=\"error\" role=\"alert\" aria-live=\"assertive\">"
                + (message == null ? "" : "<p>" + Html.text(message) + "</p>") + "</div>";
    }

    public static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.text(name) + "\" value=\"" + Html.text(value) + "\">";
    }

    /**
     * A labelled input with its own error message (linked by aria-describedby).
     *
     * @param value shown again after an error; never pass a password
     */
    public static String field(
            String name,
            String type,
            String label,
            String value,
            String error,
            String autocomplete,
            boolean autofocus) {
        String id = "f-" + name;
        StringBuilder out = new StringBuilder("<div class=\"field")
                .append(error != null ? " invalid" : "")
                .append("\">");
        out.append("<label for=\"")
                .append(id)
                .append("\">")
                .append(Html.text(label))
                .append("</label>");
        out.append("<input id=\"")
                .append(id)
                .append("\" name=\"")
                .append(Html.text(name))
                .append("\" type=\"")
                .append(type)
                .append("\"");
        if (value != null && !type.equals("password"))
            out.append(" value=\"").append(Html.text(value)).append("\"");
        if (autocomplete != null)
            out.append(" autocomplete=\"").append(autocomplete).append("\"");
        if (autofocus) out.append(" autofocus");
        if (error != null)
            out.append(" aria-invalid=\"true\" aria-describedby=\"").append(id).append("-error\"");
        out.append(" required>");
        if (error != null) {
            out.append("<p class=\"field-error\" id=\"")
                    .append(id)
                    .append("-error\">")
                    .append(Html.text(error))
                    .append("</p>");
        }
        return out.append("</div>").toString();
    }

    public static String primaryButton(String label) {
        return "<div class=\"actions\"><button type=\"submit\" class=\"primary\">" + Html.text(label)
                + "</button></div>";
    }
}
