package dev.cerulean.server.portal.classic;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client for the portal pages: follows redirects of GETs, fills in the
 * CSRF field of the last page it saw as a form would, and signs in through the sign-in pages.
 */
final class PortalClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String language = "en-US";
    String csrf;

    PortalClient(String base) {
        this.base = base;
    }

    PortalClient language(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = seen(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
        for (int hops = 0; hops < 5 && r.statusCode() / 100 == 3; hops++) {
            r = seen(http.send(
                    request(r.headers().firstValue("Location").orElseThrow())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return r;
    }

    /** Posts the fields plus the CSRF token of the last page; a 303 is followed with a GET. */
    HttpResponse<String> post(String path, String... fields) throws Exception {
        List<String> all = new ArrayList<>(List.of(fields));
        if (csrf != null) {
            all.add("csrf");
            all.add(csrf);
        }
        return postExactly(path, all.toArray(String[]::new));
    }

    HttpResponse<String> postExactly(String path, String... fields) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        HttpResponse<String> r = seen(http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
        if (r.statusCode() == 303) return get(r.headers().firstValue("Location").orElseThrow());
        return r;
    }

    /** Signs in through /login and lands on {@code returnPath}. */
    HttpResponse<String> signIn(String email, String password, String returnPath) throws Exception {
        get("/login?return=" + enc(returnPath));
        post("/login", "email", email, "return", returnPath);
        return post("/login/password", "email", email, "password", password, "return", returnPath);
    }

    HttpResponse<String> signInAs(String email, String kind, String password, String returnPath) throws Exception {
        get("/login?return=" + enc(returnPath));
        return post("/login/password", "email", email, "kind", kind, "password", password, "return", returnPath);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept-Language", language);
    }

    private HttpResponse<String> seen(HttpResponse<String> response) {
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) csrf = m.group(1);
        return response;
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }
}
