package dev.cerulean.server.testing;

import dev.cerulean.server.signin.WebSessions;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * The one browser of the page tests: keeps cookies, remembers the CSRF field of the last page and
 * adds it to the forms it posts (as a browser's form would), and reads pages' redirects, hidden
 * fields and text. By default it follows nothing; {@link #following()} makes it follow redirects
 * of GETs and a POST's 303, as a person clicking through the portals sees them.
 */
public final class TestBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    public final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private String language;
    private boolean following;
    /** The CSRF field of the last page seen. */
    public String csrf;

    public TestBrowser(String base) {
        this(base, HttpClient.newBuilder());
    }

    /** Over HTTPS, trusting what {@code ssl} trusts. */
    public TestBrowser(String base, SSLContext ssl) {
        this(
                base,
                ssl == null ? HttpClient.newBuilder() : HttpClient.newBuilder().sslContext(ssl));
    }

    public TestBrowser(String base, HttpClient.Builder builder) {
        this.base = base;
        this.http = builder.cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Follows GET redirects and a POST's 303 from now on, in English unless told otherwise. */
    public TestBrowser following() {
        following = true;
        if (language == null) language = "en-US";
        return this;
    }

    /** The browser's language preference, sent as Accept-Language with every request from now on. */
    public TestBrowser acceptLanguage(String header) {
        this.language = header;
        return this;
    }

    public HttpResponse<String> get(String pathOrUrl) throws Exception {
        HttpResponse<String> r = send(request(pathOrUrl).GET().build());
        for (int hops = 0; following && hops < 5 && r.statusCode() / 100 == 3; hops++) {
            r = send(request(location(r)).GET().build());
        }
        return r;
    }

    /** Posts the fields plus the CSRF token of the last page (unless the fields carry one). */
    public HttpResponse<String> post(String pathOrUrl, Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) all.putIfAbsent("csrf", csrf);
        return postExactly(pathOrUrl, all);
    }

    /** Posts name, value, name, value… (names may repeat) plus the CSRF token of the last page. */
    public HttpResponse<String> post(String pathOrUrl, String... pairs) throws Exception {
        List<String> all = new ArrayList<>(List.of(pairs));
        boolean hasCsrf = false;
        for (int i = 0; i + 1 < pairs.length; i += 2) hasCsrf |= pairs[i].equals("csrf");
        if (csrf != null && !hasCsrf) {
            all.add("csrf");
            all.add(csrf);
        }
        return postExactly(pathOrUrl, all.toArray(String[]::new));
    }

    /** Posts exactly these fields; {@code headers} as name, value, name, value…. */
    public HttpResponse<String> postExactly(String pathOrUrl, Map<String, String> fields, String... headers)
            throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return postBody(pathOrUrl, body, headers);
    }

    public HttpResponse<String> postExactly(String pathOrUrl, String... pairs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
        }
        return postBody(pathOrUrl, body.toString());
    }

    private HttpResponse<String> postBody(String pathOrUrl, String body, String... headers) throws Exception {
        var request = request(pathOrUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        HttpResponse<String> r = send(request.build());
        if (following && r.statusCode() == 303) return get(location(r));
        return r;
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

    /** Signs in on the email-first form the server sent ({@code loginPage} redirects to /login), without following back. */
    public HttpResponse<String> signIn(HttpResponse<String> loginPage, String email, String password) throws Exception {
        String back = query(location(loginPage)).get("return");
        HttpResponse<String> form = get(location(loginPage));
        return post(
                "/login/password",
                Map.of("csrf", csrf(form.body()), "return", back, "email", email, "password", password));
    }

    /** Signs in through /login and lands on {@code returnPath}. */
    public HttpResponse<String> signIn(String email, String password, String returnPath) throws Exception {
        get("/login?return=" + enc(returnPath));
        post("/login", "email", email, "return", returnPath);
        return post("/login/password", "email", email, "password", password, "return", returnPath);
    }

    /** Signs in as the account of {@code kind} (the account picker's answer). */
    public HttpResponse<String> signInAs(String email, String kind, String password, String returnPath)
            throws Exception {
        get("/login?return=" + enc(returnPath));
        return post("/login/password", "email", email, "kind", kind, "password", password, "return", returnPath);
    }

    /** The value of the cookie {@code name} this browser keeps, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Sets a cookie for the server's host, as a page on another port of the same host can. */
    public void plant(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    public String sessionCookie() {
        return cookie(WebSessions.COOKIE);
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new AssertionError("no CSRF field in " + html);
        return m.group(1);
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(
                    m.group(1),
                    m.group(2)
                            .replace("&amp;", "&")
                            .replace("&quot;", "\"")
                            .replace("&#39;", "'")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">"));
        }
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

    /** A page's text without tags, entities undone, whitespace collapsed. */
    public static String text(String html) {
        return html.replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }

    public static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) csrf = m.group(1);
        return response;
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        var builder = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
        return language == null ? builder : builder.header("Accept-Language", language);
    }
}
