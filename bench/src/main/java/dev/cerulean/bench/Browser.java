package dev.cerulean.bench;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser of the portals for the scale benchmark, without a script engine: one kept-alive HTTPS
 * connection, a cookie jar, the {@code Origin} a browser sends with its forms, and the hidden
 * fields (the CSRF token among them) read back from the last page of a form.
 */
final class Browser implements AutoCloseable {
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final LoadRun run;
    private final KeepAliveHttps connection;
    private final String origin;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(LoadRun run) {
        this.run = run;
        this.connection = run.connection();
        this.origin = "https://" + run.base.getHost() + ":" + run.base.getPort();
    }

    KeepAliveHttps.Response get(String path) throws IOException {
        return send("GET", path, null);
    }

    /** Posts a form of name/value pairs. */
    KeepAliveHttps.Response post(String path, Map<String, String> form) throws IOException {
        String[] pairs = new String[form.size() * 2];
        int i = 0;
        for (var e : form.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return send("POST", path, TokenLoad.form(pairs));
    }

    private KeepAliveHttps.Response send(String method, String path, String form) throws IOException {
        StringBuilder headers = new StringBuilder();
        if (!cookies.isEmpty()) {
            headers.append("Cookie: ");
            cookies.forEach((k, v) -> headers.append(k).append('=').append(v).append("; "));
            headers.setLength(headers.length() - 2);
            headers.append("\r\n");
        }
        if (form != null)
            headers.append("Origin: ").append(origin).append("\r\n").append(TokenLoad.FORM);
        KeepAliveHttps.Response r = connection.exchange(run.request(method, path, headers.toString(), form));
        for (String c : r.setCookies()) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            String name = pair.substring(0, eq).trim(),
                    value = pair.substring(eq + 1).trim();
            boolean expired = value.isEmpty() || c.toLowerCase().contains("max-age=0");
            if (expired) cookies.remove(name);
            else cookies.put(name, value);
        }
        return r;
    }

    /** The hidden fields of {@code page}'s forms (the last one wins), HTML entities undone. */
    static Map<String, String> hidden(KeepAliveHttps.Response page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page.text());
        while (m.find()) fields.put(m.group(1), unescape(m.group(2)));
        return fields;
    }

    /** The path (and query) of a Location or absolute link. */
    static String path(String location) {
        URI u = URI.create(location);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    static String unescape(String s) {
        return s.replace("&#x2F;", "/")
                .replace("&#47;", "/")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /**
     * Signs in through the /login pages (email, then password) and expects the redirect back to
     * {@code back} with a session; throws when the sign-in fails.
     */
    void signIn(String email, String password, String back) throws IOException {
        KeepAliveHttps.Response page =
                get("/login?return=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
        Map<String, String> form = hidden(page);
        form.put("email", email);
        page = post("/login", form);
        form = hidden(page);
        if (!form.containsKey("email")) throw new IOException("no password form after the email: " + page.status());
        form.put("password", password);
        page = post("/login/password", form);
        if (page.status() != 303) throw new IOException("sign-in refused: " + page.status() + " " + snippet(page));
    }

    static String snippet(KeepAliveHttps.Response r) {
        String t = r.text().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        return t.substring(0, Math.min(300, t.length()));
    }

    @Override
    public void close() {
        connection.close();
    }
}
