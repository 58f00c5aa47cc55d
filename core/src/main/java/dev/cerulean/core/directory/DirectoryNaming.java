package dev.cerulean.core.directory;

import dev.cerulean.core.common.Email;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a directory is made of: the label of its initial domain, DNS names of custom
 * domains, its country, and the user principal names of people who come from elsewhere.
 */
public final class DirectoryNaming {
    /** Every initial domain ends with this; nobody may add or verify a name under it. */
    public static final String INITIAL_DOMAIN_SUFFIX = ".onmicrosoft.com";

    // The classic portal's rule for "DOMAIN NAME": lower-case letters and digits, 1–27 of them.
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]{1,27}");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private DirectoryNaming() {}

    /**
     * The initial domain's label as typed, case folded (DNS is case-insensitive, so "Contoso" and
     * "contoso" are one name); empty unless it is 1–27 letters a–z and digits.
     */
    public static Optional<String> initialDomainLabel(String text) {
        if (text == null) return Optional.empty();
        String label = text.strip().toLowerCase(Locale.ROOT);
        return LABEL.matcher(label).matches() ? Optional.of(label) : Optional.empty();
    }

    public static String initialDomain(String label) {
        return label + INITIAL_DOMAIN_SUFFIX;
    }

    /**
     * A custom domain name, lower-cased: at least two DNS labels, each 1–63 characters, at most
     * 253 in all, a top-level label that is not all digits, and not under onmicrosoft.com.
     */
    public static Optional<String> customDomain(String text) {
        if (text == null) return Optional.empty();
        String name = text.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
        if (name.isEmpty() || name.length() > 253) return Optional.empty();
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) return Optional.empty();
        for (String label : labels) {
            if (!DNS_LABEL.matcher(label).matches()) return Optional.empty();
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) return Optional.empty();
        if (name.equals(INITIAL_DOMAIN_SUFFIX.substring(1)) || name.endsWith(INITIAL_DOMAIN_SUFFIX)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** An ISO 3166-1 alpha-2 country code, upper-cased ("se" → "SE"); empty for anything else. */
    public static Optional<String> country(String text) {
        if (text == null) return Optional.empty();
        String code = text.strip().toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /**
     * The user principal name of someone whose home is elsewhere (a Microsoft account or another
     * directory's work account): the email with '@' replaced by '_', then {@code #EXT#@} and the
     * directory's initial domain, e.g. {@code kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com}.
     */
    public static String externalPrincipalName(Email email, String initialDomain) {
        return email.localPart() + "_" + email.domain() + "#EXT#@" + initialDomain;
    }
}
