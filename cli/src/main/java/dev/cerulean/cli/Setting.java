package dev.cerulean.cli;

/**
 * One setting's value by precedence: the flag, else its CERULEAN_* environment variable (which
 * picocli has already put in the flag's place, see {@link EnvironmentDefaults}), else the default.
 */
record Setting(String flag, String env, String value) {

    static Setting of(String flag, String flagValue, String fallback) {
        String v = flagValue == null || flagValue.isBlank() ? fallback : flagValue;
        return new Setting(flag, EnvironmentDefaults.variable(flag), v);
    }

    InvalidSetting invalid(String problem) {
        return new InvalidSetting(flag, env, problem);
    }
}
