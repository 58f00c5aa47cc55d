package dev.cerulean.core.subscription;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A subscription's offer, e.g. MS-AZR-0003P (Pay-As-You-Go). */
public record Offer(String id) {
    private static final Map<String, String> KNOWN = Map.of(
            "MS-AZR-0003P", "Pay-As-You-Go",
            "MS-AZR-0044P", "Free Trial",
            "MS-AZR-0145P", "CSP",
            "MS-AZR-0146P", "CSP",
            "MS-AZR-159P", "CSP",
            "MS-AZR-0015P", "Microsoft Internal",
            "MS-AZR-0144P", "Students Starter",
            "MS-AZR-0017P", "Enterprise Agreement",
            "MS-AZR-0063P", "Visual Studio Enterprise");

    /** Offers whose subscriptions cannot change directory (R11). */
    private static final Set<String> FIXED_DIRECTORY =
            Set.of("MS-AZR-0145P", "MS-AZR-0146P", "MS-AZR-159P", "MS-AZR-0015P", "MS-AZR-0144P");

    public static final Offer PAY_AS_YOU_GO = new Offer("MS-AZR-0003P");

    public static Optional<Offer> parse(String id) {
        if (id == null) return Optional.empty();
        String upper = id.trim().toUpperCase(java.util.Locale.ROOT);
        return KNOWN.containsKey(upper) ? Optional.of(new Offer(upper)) : Optional.empty();
    }

    public String displayName() {
        return KNOWN.getOrDefault(id, id);
    }

    public boolean canChangeDirectory() {
        return !FIXED_DIRECTORY.contains(id);
    }
}
