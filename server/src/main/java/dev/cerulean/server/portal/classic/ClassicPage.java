package dev.cerulean.server.portal.classic;

import dev.cerulean.server.page.Localized;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.classic.ClassicFrame.Command;
import java.util.List;

/**
 * What the classic layout ({@code classic/layout.jte}) shows around a page: the top bar (the
 * signed-in person, the directory, the language switch, sign-out), the left pane with the page's
 * section marked, the command bar (NEW, then the page's own commands), and the notices the page
 * places where it shows its outcome.
 *
 * @param person "Signed in as …"
 * @param directory "Directory: …", or that there is none
 * @param languageHref this page in the other language (a GET)
 */
public record ClassicPage(
        Messages m,
        String title,
        String csrf,
        String person,
        String directory,
        String languageHref,
        List<NavItem> nav,
        List<Command> commands,
        List<ClassicNotice> notices)
        implements Localized {

    /** An item of the left pane; {@code current} is the section the page belongs to. */
    public record NavItem(String href, String label, String icon, boolean current) {}

    /** NEW, first in the command bar of every page. */
    public Command newCommand() {
        return Command.link(t("classic.cmd.new"), DirectoryPages.NEW, "+");
    }

    public ClassicPage withCommands(List<Command> other) {
        return new ClassicPage(m, title, csrf, person, directory, languageHref, nav, other, notices);
    }

    public ClassicPage withNotices(List<ClassicNotice> other) {
        return new ClassicPage(m, title, csrf, person, directory, languageHref, nav, commands, other);
    }
}
