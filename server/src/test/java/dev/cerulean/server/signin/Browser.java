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
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String language;
    String csrf;

    Browser(String base) {
        this.base = base;
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

    HttpResponse<String> postExactly(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) request.header("Accept-Language", language);
        return seen(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(WebSessions.COOKIE))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
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
