package dev.cerulean.core.directory;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;

/**
 * A user object in one directory. {@code person} is the person's home identity: for a work
 * account homed here it is {@code Work(directory, id)}; for a Microsoft account added as an
 * external user it is {@code Personal(msa)}; for a B2B guest it is the home work account.
 * {@code password} is set only for work accounts homed here. {@code invitation} is null except
 * for invited guests.
 */
public record DirectoryUser(ObjectId id, DirectoryId directory, String displayName, String userPrincipalName,
                            Email mail, UserType type, Source source, Identity person,
                            InvitationState invitation, PasswordHash password) {

    public enum UserType { Member, Guest }

    public enum Source { WORK_ACCOUNT, MICROSOFT_ACCOUNT, EXTERNAL_WORK_ACCOUNT }

    public enum InvitationState { PendingAcceptance, Accepted }

    public boolean isHomedHere() {
        return source == Source.WORK_ACCOUNT;
    }

    public boolean invitationPending() {
        return invitation == InvitationState.PendingAcceptance;
    }

    /** The address people type to find this user: the mail, else the UPN. */
    public String signInName() {
        return mail != null ? mail.value() : userPrincipalName;
    }
}
