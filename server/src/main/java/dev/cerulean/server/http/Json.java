package dev.cerulean.server.http;

/** The few small JSON bodies of the operational endpoints, written by hand: no mapper on the start-up path. */
public final class Json {
    private Json() {}

    public static String string(String value) {
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

    /**
     * The one error body of ARM and the operational endpoints, ARM's CloudError:
     * {@code {"error":{"code":…,"message":…,"target":…|null,"details":[]}}}.
     */
    public static String cloudError(String code, String message, String target) {
        return "{\"error\":{\"code\":" + string(code) + ",\"message\":" + string(message) + ",\"target\":"
                + (target == null ? "null" : string(target)) + ",\"details\":[]}}";
    }
}
