package dev.cerulean.server.portal.classic;

import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Pager;
import java.util.List;

/** The view records the classic portal's page templates ({@code src/main/jte/classic}) render. */
public final class ClassicViews {
    private ClassicViews() {}

    /** A radio button, check box or option: its value, visible name and whether it is chosen. */
    public record Choice(String value, String label, boolean checked) {}

    /** A heading, the page's notices and, when there is one, a link to go on. */
    public record Done(String heading, Link next) {}

    /**
     * ALL ITEMS: the person's first directories and subscriptions; {@code detail} is the domain or
     * the id; {@code more} links to the lists that hold the rest ("25 of 1,000 directories").
     */
    public record Dashboard(List<DashboardRow> rows, List<Link> more) {}

    public record DashboardRow(String name, String href, String type, String status, String detail) {}

    /** ACTIVE DIRECTORY: a page of the directories the person is in, with the role there, and the search. */
    public record ActiveDirectory(List<DirectoryRow> rows, Pager pager, String search) {}

    public record DirectoryRow(String name, String status, String role, String domain, String country) {}

    /** NEW: {@code directory} when the DIRECTORY category is open. */
    public record NewDrawer(boolean directory) {}

    /** "Add directory", with what was typed before a refusal. */
    public record AddDirectory(String choice, String name, String domain, String country, String person) {}

    /** SETTINGS > SUBSCRIPTIONS, a page of them; {@code empty} is said when there are none (or none match). */
    public record Subscriptions(List<SubscriptionRow> rows, String empty, Pager pager, String search) {}

    public record SubscriptionRow(
            String id, String name, String directory, String serviceAdministrator, String accountAdministrator) {}

    /**
     * SETTINGS > ADMINISTRATORS of a page of the subscriptions; {@code empty} is said when the
     * person has no subscription (or none matches the search).
     */
    public record Administrators(List<AdministratorRow> rows, String empty, Pager pager, String search) {}

    /** An administrator; {@code value} (what REMOVE posts) is null for those who cannot be removed. */
    public record AdministratorRow(String value, String inputId, String email, String role, String subscription) {}

    /** ADD a co-administrator: the email and the subscriptions to pick. */
    /**
     * Add a co-administrator: the email as typed and one page ({@code pager}) of the subscriptions to
     * pick from, narrowed by {@code search}; subscriptions picked before stay in the list, checked.
     */
    public record AddCoAdministrator(
            String email, List<Choice> subscriptions, String search, dev.cerulean.server.page.Pager pager) {}

    /** Change the service administrator; {@code empty} is said when no subscription can be picked. */
    public record ServiceAdministrator(
            List<Choice> subscriptions,
            String empty,
            String email,
            String search,
            String named,
            dev.cerulean.server.page.Pager pager) {}

    /**
     * Support: the form as typed, the severities and the subscriptions to pick (those the search
     * found: the first {@code shown} of {@code found}), and a page of the person's requests.
     */
    public record Support(
            String subject,
            String description,
            List<Choice> severities,
            String search,
            List<Choice> subscriptions,
            int shown,
            int found,
            List<SupportRow> requests,
            dev.cerulean.server.page.Pager requestsPager) {}

    public record SupportRow(String subject, String severity, String status, String created) {}

    /** Step 1.6: "Use the … directory with Azure?" asked of the directory's Global Administrator. */
    public record LinkQuestion(String heading, String text, String signedInAs, String otherAccount) {}

    /** Step 1.7: the link is made; "Sign out now" leads back to the sign-in page. */
    public record LinkDone(String heading, String afterSignOut) {}

    /**
     * EDIT DIRECTORY, step 2.2: the subscription's directory now, and a page of the directories the
     * person is in (the current one {@code checked}: shown, not selectable).
     */
    public record PickDirectory(
            String subscription,
            String current,
            List<Choice> directories,
            boolean noOther,
            String search,
            dev.cerulean.server.page.Pager pager) {}

    /**
     * The review, screen 1 ({@code second} false: the co-administrators to remove) or screen 2 (the
     * role assignments per resource group, then Complete); {@code stale} when the subscription changed
     * since screen 1, which then offers nothing to complete.
     *
     * @param customRoles the custom roles to delete, as one sentence, or null
     */
    public record Review(
            boolean second,
            boolean stale,
            String warning,
            List<String> coAdministrators,
            boolean noAssignments,
            List<AffectedGroup> assignments,
            String customRoles,
            String subscription,
            String fromDirectory,
            String toDirectory,
            String version,
            String planHref,
            String backHref) {}

    /** A heading ("Resource group rg-web") and what the change removes under it. */
    public record AffectedGroup(String heading, List<String> items) {}

    /** The change is made: the follow-up items to do now, and the way back to SUBSCRIPTIONS. */
    public record DirectoryChanged(List<String> followUps, Link next) {}
}
