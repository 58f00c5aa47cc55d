package dev.cerulean.server.page;

/** What every layout's view offers its template: texts in the page's language and the language switch. */
public interface Localized {
    /** The page's messages, in its language. */
    Messages m();

    /** A text of the page's language. */
    default String t(String key, Object... args) {
        return m().get(key, args);
    }

    default String lang() {
        return m().language().name();
    }

    default String otherLang() {
        return m().language().other().name();
    }

    /** The other language's name in that language ("Svenska", "English"). */
    default String otherLanguageName() {
        return Messages.of(m().language().other()).get("language.name");
    }
}
