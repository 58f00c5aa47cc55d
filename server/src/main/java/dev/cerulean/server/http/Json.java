package dev.cerulean.server.http;

/** The few small JSON bodies of the operational endpoints, written by hand: no mapper on the start-up path. */
final class Json {
    private Json() {}

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** An error in ARM's shape: {"error":{"code":…,"message":…}}. */
    static String error(String code, String message) {
        return "{\"error\":{\"code\":" + string(code) + ",\"message\":" + string(message) + "}}";
    }
}
