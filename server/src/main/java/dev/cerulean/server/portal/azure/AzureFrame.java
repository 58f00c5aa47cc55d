package dev.cerulean.server.portal.azure;

import dev.cerulean.server.page.Localized;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import java.util.List;

/**
 * What the Azure portal's layout ({@code azure/layout.jte}) shows around every page: the top bar
 * (the signed-in person, the current directory, the language switch, sign-out), the left menu with
 * the page's item marked, and the Directories + subscriptions panel listing every directory the
 * person is in.
 *
 * @param menu the left menu's item this page belongs to ({@link #HOME}, {@link #SUBSCRIPTIONS}, …)
 * @param languageHref this page in the other language (a GET)
 * @param notice the outcome to announce at the top, or null
 */
public record AzureFrame(
        Messages m,
        String title,
        String menu,
        String csrf,
        String person,
        String directory,
        List<DirectoryChoice> directories,
        String languageHref,
        Notice notice)
        implements Localized {
    public static final String HOME = "home",
            SUBSCRIPTIONS = "subscriptions",
            DIRECTORIES = "directories",
            ENTRA = "entra";

    /** A directory of the panel; {@code current} is the one the session works in. */
    /** One directory of the person; {@code isDefault} when sign-in lands there (R31). */
    public record DirectoryChoice(String id, String name, String domain, boolean current, boolean isDefault) {}

    public boolean at(String item) {
        return item.equals(menu);
    }

    /** The same frame announcing {@code other}. */
    public AzureFrame with(Notice other) {
        return new AzureFrame(m, title, menu, csrf, person, directory, directories, languageHref, other);
    }
}
