package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;

/**
 * Builds the user object of someone whose home is elsewhere (a Microsoft account, or another
 * directory's work account) after checking that the person may appear in the directory:
 * not there already (nor anyone else with its email), and within the membership limit. Writes nothing, so that flows can check
 * every rule before their first write.
 */
final class ExternalUsers {
    private final DirectoryUsers users;
    private final IdGenerator ids;

    ExternalUsers(DirectoryUsers users, IdGenerator ids) {
        this.users = users;
        this.ids = ids;
    }

    Outcome<DirectoryUser> prepare(
            Directory directory,
            Identity person,
            Email email,
            String displayName,
            DirectoryUser.UserType type,
            DirectoryUser.InvitationState invitation) {
        var memberships = users.ofPerson(person);
        String upn = DirectoryNaming.externalPrincipalName(email, directory.initialDomain());
        boolean present = memberships.stream().anyMatch(u -> u.directory().equals(directory.id()));
        // Another user already answering to the email (its mail or sign-in name) would make the
        // address ambiguous inside the directory: refused like a second copy of the person.
        if (present
                || users.byPrincipalName(directory.id(), upn).isPresent()
                || !users.byEmail(directory.id(), email).isEmpty()) {
            return Outcome.rejected(RuleCode.UserAlreadyExists, email, directory.displayName());
        }
        if (memberships.size() >= DirectoryLimits.DIRECTORY_MEMBERSHIPS) {
            return Outcome.rejected(
                    RuleCode.DirectoryMembershipLimitReached, email, DirectoryLimits.DIRECTORY_MEMBERSHIPS);
        }
        DirectoryUser.Source source = person instanceof Identity.Personal
                ? DirectoryUser.Source.MICROSOFT_ACCOUNT
                : DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT;
        return Outcome.ok(new DirectoryUser(
                new ObjectId(ids.newId()),
                directory.id(),
                displayName,
                upn,
                email,
                type,
                source,
                person,
                invitation,
                null));
    }
}
