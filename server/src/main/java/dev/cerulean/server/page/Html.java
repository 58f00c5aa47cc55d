package dev.cerulean.server.page;

/** Strict HTML escaping: every value written into a page goes through {@link #text}. */
public final class Html {
    private Html() {}

    /** Escapes for element content and quoted attribute values alike. */
    public static String text(String value) {
        if (value == null) return "";
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String url(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
