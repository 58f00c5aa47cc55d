package dev.cerulean.e2e.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
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

/** A person's browser for the tests: keeps cookies, follows nothing by itself, fills the sign-in form. */
public final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    final String base;
    final HttpClient http;

    public Browser(String base, HttpClient.Builder builder) {
        this.base = base;
        this.http = builder.cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String pathOrUrl) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(pathOrUrl)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String pathOrUrl, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(pathOrUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects on this server until a page answers or the redirect leaves the server. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            String location = location(response);
            if (location.startsWith("http") && !location.startsWith(base)) return response;
            response = get(location);
        }
        return response;
    }

    /** Signs in on the email-first form the server sent ({@code page} is the /login page), and follows back. */
    public HttpResponse<String> signIn(HttpResponse<String> loginPage, String email, String password) throws Exception {
        String back = query(location(loginPage)).get("return");
        HttpResponse<String> form = get(location(loginPage));
        return post(
                "/login/password",
                Map.of("csrf", csrf(form.body()), "return", back, "email", email, "password", password));
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new AssertionError("no CSRF field in " + html);
        return m.group(1);
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find())
            fields.put(
                    m.group(1),
                    m.group(2)
                            .replace("&amp;", "&")
                            .replace("&quot;", "\"")
                            .replace("&#39;", "'")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">"));
        return fields;
    }

    public static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
    }

    public static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) return out;
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            out.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }
}
