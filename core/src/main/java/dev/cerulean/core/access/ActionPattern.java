package dev.cerulean.core.access;

import java.util.Locale;

/**
 * An action or notAction of a role definition, such as {@code *}, {@code *&#47;read} or
 * {@code Microsoft.Authorization/*&#47;Write}: a case-insensitive glob where {@code *} matches any
 * characters. Compiled once so that the authorization decision stays allocation-free.
 */
public final class ActionPattern {
    private final String text;
    private final String[] parts;
    private final boolean leadingStar;
    private final boolean trailingStar;

    private ActionPattern(String text) {
        this.text = text;
        String lower = text.toLowerCase(Locale.ROOT);
        this.leadingStar = lower.startsWith("*");
        this.trailingStar = lower.endsWith("*");
        this.parts = java.util.Arrays.stream(lower.split("\\*")).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }

    public static ActionPattern of(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty action");
        return new ActionPattern(text.trim());
    }

    /** True when {@code action} (already lower-case) matches this pattern. */
    public boolean matchesLowerCase(String action) {
        if (parts.length == 0) return true;
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean first = i == 0;
            boolean last = i == parts.length - 1;
            if (first && !leadingStar) {
                if (!action.startsWith(part)) return false;
                at = part.length();
            } else if (last && !trailingStar) {
                return action.length() - part.length() >= at && action.endsWith(part);
            } else {
                int found = action.indexOf(part, at);
                if (found < 0) return false;
                at = found + part.length();
            }
            if (last && !trailingStar && first) return at == action.length();
        }
        return true;
    }

    public boolean matches(String action) {
        return matchesLowerCase(action.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return text;
    }
}
