package dev.cerulean.core.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An action or notAction of a role definition, such as {@code *}, {@code *&#47;read} or
 * {@code Microsoft.Authorization/*&#47;Write}: a case-insensitive glob where {@code *} matches any
 * characters (also none, also '/'). Compiled once; matching allocates nothing, so that the
 * authorization decision stays allocation-free.
 */
public final class ActionPattern {
    /** Segments of letters, digits, '.', '_', '-' and '*', separated by single slashes. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._*-]+(/[A-Za-z0-9._*-]+)*");

    private final String text;
    /** The literal pieces between stars, lower-case, none empty. */
    private final String[] parts;

    private final boolean leadingStar;
    private final boolean trailingStar;

    private ActionPattern(String text) {
        this.text = text;
        String lower = text.toLowerCase(Locale.ROOT);
        this.leadingStar = lower.startsWith("*");
        this.trailingStar = lower.endsWith("*");
        List<String> pieces = new ArrayList<>();
        for (String p : lower.split("\\*")) if (!p.isEmpty()) pieces.add(p);
        this.parts = pieces.toArray(String[]::new);
    }

    /** Compiles {@code text}; IllegalArgumentException when it is not a well-formed action (see {@link #isValid}). */
    public static ActionPattern of(String text) {
        if (!isValid(text)) throw new IllegalArgumentException("not an action pattern: " + text);
        return new ActionPattern(text.trim());
    }

    /** True for a well-formed action such as {@code Microsoft.Compute/virtualMachines/*} (surrounding blanks allowed). */
    public static boolean isValid(String text) {
        return text != null && text.length() <= 512 && FORM.matcher(text.trim()).matches();
    }

    /** True when {@code action} matches this pattern, ignoring case. Allocates nothing. */
    public boolean matches(String action) {
        int n = parts.length;
        if (n == 0) return true; // "*"
        int at = 0;
        int end = action.length();
        int first = 0;
        int last = n - 1;
        if (!leadingStar) {
            String head = parts[0];
            if (!action.regionMatches(true, 0, head, 0, head.length())) return false;
            at = head.length();
            first = 1;
            if (n == 1 && !trailingStar) return at == end;
        }
        if (!trailingStar && last >= first) {
            String tail = parts[last];
            int tailAt = end - tail.length();
            if (tailAt < at || !action.regionMatches(true, tailAt, tail, 0, tail.length())) return false;
            end = tailAt;
            last--;
        }
        for (int i = first; i <= last; i++) {
            int found = indexOfIgnoreCase(action, parts[i], at, end);
            if (found < 0) return false;
            at = found + parts[i].length();
        }
        return true;
    }

    /** First index ≥ from where {@code part} occurs ending at or before {@code end}, or -1. */
    private static int indexOfIgnoreCase(String s, String part, int from, int end) {
        int len = part.length();
        for (int i = from; i + len <= end; i++) {
            if (s.regionMatches(true, i, part, 0, len)) return i;
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionPattern p && p.text.equalsIgnoreCase(text);
    }

    @Override
    public int hashCode() {
        return text.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
