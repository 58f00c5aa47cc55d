package dev.cerulean.server.page;

/**
 * What the sign-in card's layout ({@code page/card.jte}) shows around a page, as Microsoft's
 * sign-in: the white card on a light background, and the footer with the language switch.
 *
 * @param switchHref where the language switch leads (a GET of the same page in the other language)
 */
public record Card(Messages m, String title, String switchHref) {
    /** A text of the page's language. */
    public String t(String key, Object... args) {
        return m.get(key, args);
    }

    public String lang() {
        return m.language().name();
    }

    public String otherLang() {
        return m.language().other().name();
    }

    /** The other language's name in that language ("Svenska", "English"). */
    public String otherLanguageName() {
        return Messages.of(m.language().other()).get("language.name");
    }
}
