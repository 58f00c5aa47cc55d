package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * ARM's paged lists: {@code {"value":[…],"nextLink":…}} where {@code nextLink} is an ABSOLUTE URL
 * of the same request with {@code $skiptoken} set to where the next page starts. The lists come
 * in a stable order from the use cases, so offsets are stable between pages.
 */
final class Paging {
    static final int PAGE_SIZE = 100;
    private static final int MAX_OFFSET = 1_000_000;

    private Paging() {}

    static <T> void write(ArmCall call, List<T> items, Function<T, JsonNode> render, int pageSize) {
        int from = skip(call);
        int to = Math.min(items.size(), from + pageSize);
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        ArrayNode value = body.putArray("value");
        for (int i = from; i < to; i++) value.add(render.apply(items.get(i)));
        if (to < items.size()) body.put("nextLink", nextLink(call, to));
        call.json(200, body);
    }

    /**
     * A page the store has already cut at {@code offset} ({@link #skip}): its body, with a
     * {@code nextLink} when {@code more} follow it.
     */
    static <T> ObjectNode read(ArmCall call, int offset, List<T> page, boolean more, Function<T, JsonNode> render) {
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        ArrayNode value = body.putArray("value");
        for (T item : page) value.add(render.apply(item));
        if (more) body.put("nextLink", nextLink(call, offset + page.size()));
        return body;
    }

    /** The {@code $skiptoken} offset; 400 InvalidSkipToken for anything but a small non-negative number. */
    static int skip(ArmCall call) {
        String token = call.ctx.queryParam("$skiptoken");
        if (token == null) return 0;
        try {
            int n = Integer.parseInt(token);
            if (n >= 0 && n <= MAX_OFFSET) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ArmFailure.badRequest("InvalidSkipToken", "$skiptoken", "The $skiptoken '" + token + "' is not valid.");
    }

    /** {@code $top}: the page size, 1 to 1000 (pages hold at most {@value #PAGE_SIZE} either way); 400 InvalidTop otherwise. */
    static int top(ArmCall call) {
        String raw = call.ctx.queryParam("$top");
        if (raw == null) return PAGE_SIZE;
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= 1000) return Math.min(n, PAGE_SIZE);
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ArmFailure.badRequest("InvalidTop", "$top", "The $top '" + raw + "' must be a number from 1 to 1000.");
    }

    private static String nextLink(ArmCall call, int offset) {
        StringBuilder url =
                new StringBuilder(call.base()).append(call.ctx.path()).append('?');
        String query = call.ctx.queryString();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.isEmpty() || part.startsWith("$skiptoken=") || part.startsWith("%24skiptoken=")) continue;
                url.append(part).append('&');
            }
        }
        return url.append("$skiptoken=").append(offset).toString();
    }
}
