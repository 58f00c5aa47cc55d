package dev.cerulean.cli;

import java.util.Map;

/** One setting's value by precedence: the flag, else its CERULEAN_* environment variable, else the default. */
record Setting(String flag, String env, String value) {

    static Setting of(String flag, String env, String flagValue, Map<String, String> environment, String fallback) {
        String v = flagValue != null ? flagValue : environment.get(env);
        if (v == null || v.isBlank()) v = fallback;
        return new Setting(flag, env, v);
    }

    InvalidSetting invalid(String problem) {
        return new InvalidSetting(flag, env, problem);
    }
}
