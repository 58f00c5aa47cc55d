package dev.cerulean.server.graph;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OData query options of one request: {@code $top}, {@code $skiptoken} (Cerulean's own,
 * from a previous {@code @odata.nextLink}), {@code $select}, {@code $filter}, {@code $count}.
 * Options a route does not support, repeated options and malformed values are a 400 naming the
 * option. Also knows the request's base URL, for {@code @odata.context} and absolute next links.
 */
record GraphQuery(
        String base,
        String path,
        Map<String, List<String>> params,
        int top,
        int skip,
        List<String> select,
        String filter,
        boolean count) {
    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 999;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    /** Reads the options, allowing only {@code allowed} (names with their '$'). */
    static GraphQuery of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        for (var entry : params.entrySet()) {
            String name = entry.getKey();
            boolean option = name.startsWith("$");
            if (option && !allowed.contains(name)) {
                throw GraphException.badRequest(name, "the query option is not supported on this resource.");
            }
            if (option && entry.getValue().size() > 1) throw GraphException.badRequest(name, "given more than once.");
        }
        int top = DEFAULT_PAGE;
        String topText = single(params, "$top");
        if (topText != null) {
            if (!DIGITS.matcher(topText).matches()
                    || Integer.parseInt(topText) < 1
                    || Integer.parseInt(topText) > MAX_PAGE) {
                throw GraphException.badRequest("$top", "an integer from 1 to " + MAX_PAGE + " is expected.");
            }
            top = Integer.parseInt(topText);
        }
        int skip = 0;
        String token = single(params, "$skiptoken");
        if (token != null) {
            if (!DIGITS.matcher(token).matches())
                throw GraphException.badRequest("$skiptoken", "not a token this server issued.");
            skip = Integer.parseInt(token);
        }
        List<String> select = List.of();
        String selectText = single(params, "$select");
        if (selectText != null) {
            select = new ArrayList<>();
            for (String part : selectText.split(",", -1)) {
                String name = part.strip();
                if (name.isEmpty()) throw GraphException.badRequest("$select", "an empty property name.");
                select.add(name);
            }
        }
        String filter = single(params, "$filter");
        boolean count = false;
        String countText = single(params, "$count");
        if (countText != null) {
            if (!countText.equals("true") && !countText.equals("false")) {
                throw GraphException.badRequest("$count", "true or false is expected.");
            }
            count = countText.equals("true");
        }
        return new GraphQuery(base(ctx), ctx.path(), params, top, skip, List.copyOf(select), filter, count);
    }

    /**
     * The canonical names of {@code select} among {@code known} (empty: {@code defaults}), each once;
     * an unknown name is a 400 naming {@code $select} and the Graph type.
     */
    static List<String> properties(
            List<String> select, java.util.Collection<String> known, List<String> defaults, String type) {
        if (select.isEmpty()) return defaults;
        List<String> names = new ArrayList<>();
        for (String wanted : select) {
            String name = known.stream()
                    .filter(p -> p.equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> GraphException.badRequest(
                            "$select", "could not find a property named '" + wanted + "' on type '" + type + "'."));
            if (!names.contains(name)) names.add(name);
        }
        return names;
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** scheme://host[:port] of the request as the client addressed it. */
    static String base(Context ctx) {
        String host = ctx.host();
        if (host == null || host.isBlank()) host = "localhost";
        return ctx.scheme() + "://" + host;
    }

    String context(String fragment) {
        return base + "/v1.0/$metadata#" + fragment;
    }

    /**
     * One page read in the database ({@code items} are what is shown of at most {@code top} rows
     * from {@code skip}): {@code more} when the read found one beyond them, {@code total} for
     * {@code $count}. The next page starts {@code top} rows on, whatever was rendered of them (a
     * member whose object has just gone is not shown, and must not shift the next page back).
     */
    Map<String, Object> pageOf(String contextFragment, List<Map<String, Object>> items, boolean more, int total) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@odata.context", context(contextFragment));
        if (count) payload.put("@odata.count", total);
        if (more) payload.put("@odata.nextLink", nextLink(skip + top));
        payload.put("value", items);
        return payload;
    }

    Map<String, Object> page(String contextFragment, List<Map<String, Object>> items) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@odata.context", context(contextFragment));
        if (count) payload.put("@odata.count", items.size());
        int from = Math.min(skip, items.size());
        int to = (int) Math.min((long) from + top, items.size());
        if (to < items.size()) payload.put("@odata.nextLink", nextLink(to));
        payload.put("value", items.subList(from, to));
        return payload;
    }

    private String nextLink(int skipTo) {
        StringBuilder link = new StringBuilder(base).append(path).append('?');
        params.forEach((name, values) -> {
            if (name.equals("$skiptoken")) return;
            for (String value : values)
                link.append(encode(name)).append('=').append(encode(value)).append('&');
        });
        return link.append("$skiptoken=").append(skipTo).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%24", "$");
    }
}
