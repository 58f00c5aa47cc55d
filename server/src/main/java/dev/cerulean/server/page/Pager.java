package dev.cerulean.server.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One page of a portal list ("Showing 51 to 100 of 1000"), with the links to the pages before and
 * after it (null at either end). Both portals' lists read only their page from the store and
 * render it with {@code page/pager.jte}; the page is chosen by {@code from} (the first row's
 * offset) and the links keep the list's search.
 */
public record Pager(int from, int to, int total, String previous, String next) {
    /** The query parameter that carries the offset of a page's first row. */
    public static final String FROM = "from";

    /**
     * The page starting at {@code offset} that shows {@code shown} rows of {@code total}, pages of
     * {@code size}; its links go to {@code path} with {@code search} (when not blank) kept.
     */
    public static Pager of(String path, String search, int offset, int shown, int total, int size) {
        return keeping(
                path, search == null || search.isBlank() ? "" : "search=" + encode(search), offset, shown, total, size);
    }

    /** As {@link #of}, keeping {@code query} (already encoded, e.g. a list's filters) in the links. */
    public static Pager keeping(String path, String query, int offset, int shown, int total, int size) {
        String keep = query == null || query.isEmpty() ? "" : "&" + query;
        String previous = offset > 0 ? path + "?" + FROM + "=" + Math.max(0, offset - size) + keep : null;
        String next = offset + shown < total ? path + "?" + FROM + "=" + (offset + size) + keep : null;
        return new Pager(shown == 0 ? 0 : offset + 1, offset + shown, total, previous, next);
    }

    /** A page as read, and the offset it was read at. */
    public record At<T>(int offset, T page) {}

    /**
     * The page at {@code offset} read by {@code read}; when that page holds nothing ({@code empty})
     * and is not the first, the first page instead: a stale link, or a page number typed past the
     * end, shows the list from its start in every portal list.
     */
    public static <T> At<T> readAt(int offset, IntFunction<T> read, Predicate<T> empty) {
        T page = read.apply(offset);
        if (offset > 0 && empty.test(page)) return new At<>(0, read.apply(0));
        return new At<>(offset, page);
    }

    /**
     * The offset asked for: a number that is not one, or below zero, is the first page (a list's
     * page number typed by hand never fails the page).
     */
    public static int offset(Context ctx) {
        try {
            return Math.max(
                    0,
                    Integer.parseInt(Optional.ofNullable(ctx.queryParam(FROM))
                            .orElse("0")
                            .strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The list's search as typed, without its surrounding spaces ("" when none). */
    public static String search(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("search")).orElse("").strip();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
