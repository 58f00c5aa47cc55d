package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Templates;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Builds what the classic portal's layout ({@code classic/layout.jte}) shows around every page,
 * after the 2017 management portal: a black top bar with the account, a dark left pane (ALL
 * ITEMS, ACTIVE DIRECTORY, SETTINGS), the page, and the command bar at the bottom with NEW and
 * the page's commands in capitals. Each page template takes {@code frame} ({@link ClassicPage})
 * and its own {@code view} record.
 */
public final class ClassicFrame {
    public static final String STYLESHEET = "/static/cerulean-classic.css";

    public enum Section {
        ALL_ITEMS("/classic", "classic.nav.allItems", "▦"),
        ACTIVE_DIRECTORY("/classic/directories", "classic.nav.activeDirectory", "◆"),
        SETTINGS("/classic/settings", "classic.nav.settings", "⚙"),
        NONE("/classic", null, null);
        final String href, key, icon;

        Section(String href, String key, String icon) {
            this.href = href;
            this.key = key;
            this.icon = icon;
        }
    }

    /** A command of the command bar: a link ({@code href}), or the submit button of the form {@code form}. */
    public record Command(String label, String href, String form, String icon) {
        public static Command link(String label, String href, String icon) {
            return new Command(label, href, null, icon);
        }

        public static Command submit(String label, String form, String icon) {
            return new Command(label, null, form, icon);
        }
    }

    private final ReadDirectories directories;

    public ClassicFrame(ReadDirectories directories) {
        this.directories = directories;
    }

    public String directoryName(Caller caller) {
        return nameOf(caller.directory());
    }

    /** A directory's display name; null for none. */
    public String nameOf(DirectoryId id) {
        if (id == null) return null;
        return directories.nameOf(id);
    }

    /** The frame of a page in {@code section} titled {@code title}, with no commands and no notice yet. */
    ClassicPage page(Context ctx, Messages m, Caller caller, Section section, String title) {
        String directory = directoryName(caller);
        List<ClassicPage.NavItem> nav = java.util.Arrays.stream(Section.values())
                .filter(s -> s.key != null)
                .map(s -> new ClassicPage.NavItem(s.href, m.get(s.key), s.icon, s == section))
                .toList();
        return new ClassicPage(
                m,
                title,
                Csrf.token(ctx),
                m.get("classic.signedInAs", caller.displayName()),
                directory == null ? m.get("classic.noDirectory") : m.get("classic.directory", directory),
                languageSwitch(ctx, m, section),
                nav,
                List.of(),
                List.of());
    }

    /** Writes {@code template} ({@code classic/….jte}) with the frame and the page's view. */
    void write(Context ctx, int status, String template, ClassicPage page, Object view) {
        Templates.write(ctx, status, template, Map.of("frame", page, "view", view));
    }

    /** The same page in the other language: a GET keeps its query; after a POST, the section's page. */
    static String languageSwitch(Context ctx, Messages m, Section section) {
        String other = m.language().other().name();
        String base;
        if ("GET".equals(ctx.method().name())) {
            String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[^&]*", "");
            query = query.startsWith("&") ? query.substring(1) : query;
            base = ctx.path() + "?" + (query.isEmpty() ? "" : query + "&");
        } else {
            base = section.href + "?";
        }
        return base + "lang=" + other;
    }
}
