package dev.cerulean.e2e;

import java.util.regex.Pattern;

/**
 * What each language shows, exactly as walkthrough.md gives the article's labels (en-US and the
 * seed's sv-SE), plus the sign-in page's own. Compared case-insensitively, as the spec allows.
 */
record Labels(
        String locale,
        String emailField,
        String next,
        String passwordField,
        String signIn,
        String personalAccount,
        String activeDirectory,
        String newCommand,
        String directory,
        String customCreate,
        String addDirectory,
        String useExisting,
        String ready,
        String complete,
        String signedOut,
        String continueLabel,
        String signOutNow,
        String dashboard,
        String settings,
        String editDirectory,
        String changeDirectory,
        String directoryField,
        String administrators,
        String add,
        String coAdminEmail,
        String signOut,
        String subscriptions,
        String noSubscriptions,
        String errorTitle,
        String nothingChanged) {

    static Labels english() {
        return new Labels(
                "en-US",
                "Email address",
                "Next",
                "Password",
                "Sign in",
                "Personal account",
                "ACTIVE DIRECTORY",
                "NEW",
                "DIRECTORY",
                "CUSTOM CREATE",
                "Add directory",
                "Use existing directory",
                "I am ready to be signed out now",
                "Complete",
                "You have been signed out",
                "Continue",
                "Sign out now",
                "Dashboard",
                "SETTINGS",
                "EDIT DIRECTORY",
                "Change the associated directory",
                "DIRECTORY",
                "ADMINISTRATORS",
                "ADD",
                "EMAIL ADDRESS",
                "Sign out",
                "Subscriptions",
                "No subscriptions found",
                "Something is not right",
                "Nothing was changed.");
    }

    static Labels swedish() {
        return new Labels(
                "sv-SE",
                "E-postadress",
                "nästa",
                "Lösenord",
                "logga in",
                "Personligt konto",
                "ACTIVE DIRECTORY",
                "ny",
                "DIRECTORY",
                "anpassade skapa",
                "Lägg till katalogen",
                "Använd befintlig katalog",
                "jag är redo att bli utloggad nu",
                "Slutför",
                "Du har loggats ut",
                "fortsätta",
                "logga ut nu",
                "instrumentpanelen",
                "inställningar",
                "redigera katalog",
                "Ändra den associerade katalogen",
                "KATALOG",
                "ADMINISTRATÖRER",
                "lägga till",
                "E-POSTADRESS",
                "logga ut",
                "Prenumerationer",
                "Inga prenumerationer hittades",
                "Något stämmer inte",
                "Ingenting har ändrats.");
    }

    String language() {
        return locale.substring(0, 2);
    }

    /** The whole visible name, ignoring case and surrounding space. */
    static Pattern exactly(String label) {
        return Pattern.compile("^\\s*" + escaped(label) + "\\s*$", Pattern.CASE_INSENSITIVE);
    }

    /** The label anywhere in the name, ignoring case. */
    static Pattern containing(String label) {
        return Pattern.compile(escaped(label), Pattern.CASE_INSENSITIVE);
    }

    /** Regex-escaped for both Java and JavaScript (Playwright hands the pattern to the browser, which knows no Java-only quoting). */
    static String escaped(String label) {
        return label.replaceAll("[\\\\^$.|?*+()\\[\\]{}\\-]", "\\\\$0");
    }
}
