package dev.cerulean.server.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The one HTTP client of the API tests: JSON and form requests to a base URL, answered as {@link TestReply}. */
public final class TestHttp {
    private final String base;
    private final HttpClient http;

    public TestHttp(String base) {
        this(
                base,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    public TestHttp(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public String base() {
        return base;
    }

    /** A request with an optional JSON body; {@code headers} as name, value, name, value…. */
    public TestReply send(String method, String pathOrUrl, String jsonBody, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(pathOrUrl))
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) request.header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A form POST; {@code headers} as name, value, name, value…. */
    public TestReply form(String pathOrUrl, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return send(request.build());
    }

    public TestReply get(String pathOrUrl) {
        return send("GET", pathOrUrl, null, Map.of());
    }

    public TestReply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new TestReply(r.statusCode(), r.body(), r);
        } catch (Exception e) {
            throw new AssertionError(request.method() + " " + request.uri(), e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }
}
