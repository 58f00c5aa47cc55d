package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import java.util.regex.Pattern;

/**
 * A user object in one directory. {@code person} is the person's home identity: for a work
 * account homed here it is {@code Work(directory, id)}; for a Microsoft account added as an
 * external user it is {@code Personal(msa)}; for a B2B guest it is the home work account.
 * {@code password} is set only for work accounts homed here. {@code invitation} is null except
 * for invited guests. {@code mailNickname} is the user's alias; a user created without one gets the
 * part of its user principal name before the '@' (Azure AD's default), fixed from then on. A
 * disabled user ({@code accountEnabled} false) stays in the directory but cannot sign in, and
 * tokens already issued to it stop working.
 */
public record DirectoryUser(
        ObjectId id,
        DirectoryId directory,
        String displayName,
        String userPrincipalName,
        Email mail,
        UserType type,
        Source source,
        Identity person,
        InvitationState invitation,
        PasswordHash password,
        String mailNickname,
        boolean accountEnabled) {

    public DirectoryUser {
        if (mailNickname == null) mailNickname = defaultMailNickname(userPrincipalName);
    }

    /** An enabled user with the default alias: how sign-up, invitations and world files create users. */
    public DirectoryUser(
            ObjectId id,
            DirectoryId directory,
            String displayName,
            String userPrincipalName,
            Email mail,
            UserType type,
            Source source,
            Identity person,
            InvitationState invitation,
            PasswordHash password) {
        this(
                id,
                directory,
                displayName,
                userPrincipalName,
                mail,
                type,
                source,
                person,
                invitation,
                password,
                null,
                true);
    }

    private static final Pattern MAIL_NICKNAME = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]{1,64}");

    public enum UserType {
        Member,
        Guest
    }

    public enum Source {
        WORK_ACCOUNT,
        MICROSOFT_ACCOUNT,
        EXTERNAL_WORK_ACCOUNT
    }

    public enum InvitationState {
        PendingAcceptance,
        Accepted
    }

    public boolean isHomedHere() {
        return source == Source.WORK_ACCOUNT;
    }

    public boolean invitationPending() {
        return invitation == InvitationState.PendingAcceptance;
    }

    /** The alias Azure AD gives a user created without one: its user principal name up to the '@'. */
    public static String defaultMailNickname(String userPrincipalName) {
        if (userPrincipalName == null) return null;
        int at = userPrincipalName.lastIndexOf('@');
        return at < 0 ? userPrincipalName : userPrincipalName.substring(0, at);
    }

    /** Azure AD's alias rule: 1–64 ASCII characters without spaces, '@', or the characters Exchange refuses. */
    public static boolean validMailNickname(String nickname) {
        return nickname != null && MAIL_NICKNAME.matcher(nickname).matches();
    }

    /** The same user with another alias (null: the default) and enabled state. */
    public DirectoryUser with(String nickname, boolean enabled) {
        return new DirectoryUser(
                id,
                directory,
                displayName,
                userPrincipalName,
                mail,
                type,
                source,
                person,
                invitation,
                password,
                nickname,
                enabled);
    }

    /** The address people type to find this user: the mail, else the UPN. */
    public String signInName() {
        return mail != null ? mail.value() : userPrincipalName;
    }
}
