package dev.cerulean.server.signin;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that fills in the CSRF field of the last page it saw, as a browser's form would. */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private String language;
    String csrf;

    Browser(String base) {
        this(base, null);
    }

    /** Over HTTPS, trusting what {@code ssl} trusts. */
    Browser(String base, javax.net.ssl.SSLContext ssl) {
        this.base = base;
        var builder = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER);
        if (ssl != null) builder.sslContext(ssl);
        http = builder.build();
    }

    Browser acceptLanguage(String language) {
        this.language = language;
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (language != null) request.header("Accept-Language", language);
        return seen(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts the fields plus the CSRF token of the last page. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) all.putIfAbsent("csrf", csrf);
        return postExactly(path, all);
    }

    HttpResponse<String> postExactly(String path, Map<String, String> fields, String... headers) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        if (language != null) request.header("Accept-Language", language);
        return seen(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The value of the cookie {@code name} this browser keeps, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Sets a cookie for the server's host, as a page on another port of the same host can. */
    void plant(String name, String value) {
        var cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(WebSessions.COOKIE))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> seen(HttpResponse<String> response) {
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) csrf = m.group(1);
        return response;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
