package dev.cerulean.server.portal.classic;

import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.server.page.Html;
import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.signin.SignInPages;
import java.util.ArrayList;
import java.util.List;

/**
 * A refusal as the portal shows it: the rule in plain words, "Nothing was changed", and the
 * way out the article gives (change the service administrator, create a Microsoft account,
 * sign in with another account).
 */
final class WaysOut {
    static final String CHANGE_SERVICE_ADMINISTRATOR = "/classic/settings/service-administrator";
    static final String MICROSOFT_ACCOUNT_SIGN_UP = "/signup?return=%2Fclassic";

    private WaysOut() {}

    static List<ClassicNotice> refusal(Messages m, Outcome.Rejected<?> r) {
        return List.of(ClassicNotice.refusal(m, r));
    }

    static List<Link> links(Messages m, RuleCode code, List<String> args) {
        List<Link> links = new ArrayList<>();
        switch (code) {
            case AmbiguousDualAccountEmail -> {
                String subscription = args.size() > 1 && !args.get(1).isBlank() ? "?subscription=" + args.get(1) : "";
                links.add(new Link(
                        CHANGE_SERVICE_ADMINISTRATOR + subscription,
                        m.get("classic.wayOut.changeServiceAdministrator")));
                links.add(new Link(MICROSOFT_ACCOUNT_SIGN_UP, m.get("classic.wayOut.createMicrosoftAccount")));
            }
            case RequiresServiceAdministrator,
                    CoAdministratorCannotChangeDirectory,
                    EditDirectoryRequiresMicrosoftAccount,
                    ServiceAdministratorAlreadyInDirectory,
                    ServiceAdministratorMatchesGlobalAdministrator -> {
                links.add(new Link(CHANGE_SERVICE_ADMINISTRATOR, m.get("classic.wayOut.changeServiceAdministrator")));
                links.add(new Link(signInAgain("/classic"), m.get("classic.wayOut.signInAgain")));
            }
            case UseExistingDirectoryRequiresMicrosoftAccount,
                    DirectoryLinkRequestExpired,
                    DirectoryLinkRequestNotFound ->
                links.add(new Link(signInAgain("/classic"), m.get("classic.wayOut.signInAgain")));
            case NotGlobalAdministrator ->
                links.add(new Link(signInAgain(DirectoryPages.LINK), m.get("classic.link.otherAccount")));
            case CoAdministratorLimitReached, NotCoAdministrator, CannotRemoveServiceAdministrator ->
                links.add(new Link(SettingsPages.ADMINISTRATORS, m.get("classic.settings.administrators")));
            default -> {}
        }
        return List.copyOf(links);
    }

    /** Signs out, then asks for an account again, coming back to {@code path}. */
    static String signInAgain(String path) {
        return SignInPages.LOGOUT + "?post_logout_redirect_uri=" + Html.url(SignInPages.loginUrl(path));
    }
}
