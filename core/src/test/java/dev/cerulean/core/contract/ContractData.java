package dev.cerulean.core.contract;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.Offer;
import dev.cerulean.core.subscription.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Values the contracts store. Instants carry microseconds (what every store keeps); ids are
 * random so that a test never depends on another's data.
 */
public final class ContractData {
    private ContractData() {}

    public static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123456Z");

    public static Clock clock() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    public static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    public static UUID uuid() {
        return UUID.randomUUID();
    }

    public static DirectoryId directoryId() {
        return new DirectoryId(uuid());
    }

    public static SubscriptionId subscriptionId() {
        return new SubscriptionId(uuid());
    }

    public static ObjectId objectId() {
        return new ObjectId(uuid());
    }

    public static Identity.Personal msa() {
        return new Identity.Personal(new MicrosoftAccountId(uuid()));
    }

    public static Identity.Work work(DirectoryId directory) {
        return new Identity.Work(directory, objectId());
    }

    public static PasswordHash hash(String label) {
        return new PasswordHash("$test$" + label);
    }

    public static Directory directory(String name, Identity creator) {
        return new Directory(
                directoryId(),
                name,
                "SE",
                Directory.DirectoryOrigin.AZURE_SIGNUP,
                name.toLowerCase() + ".onmicrosoft.com",
                creator,
                T0);
    }

    /** A work account homed in {@code directory}. */
    public static DirectoryUser workUser(DirectoryId directory, String upn, String mail) {
        ObjectId id = objectId();
        return new DirectoryUser(
                id,
                directory,
                "User " + upn,
                upn,
                mail == null ? null : Email.of(mail),
                DirectoryUser.UserType.Member,
                DirectoryUser.Source.WORK_ACCOUNT,
                new Identity.Work(directory, id),
                null,
                hash(upn));
    }

    /** A Microsoft account added to {@code directory} as an external user. */
    public static DirectoryUser externalMsaUser(DirectoryId directory, Identity.Personal person, String mail) {
        String upn =
                mail.replace('@', '_') + "#EXT#@" + directory.value().toString().substring(0, 8) + ".onmicrosoft.com";
        return new DirectoryUser(
                objectId(),
                directory,
                "Guest " + mail,
                upn,
                Email.of(mail),
                DirectoryUser.UserType.Guest,
                DirectoryUser.Source.MICROSOFT_ACCOUNT,
                person,
                DirectoryUser.InvitationState.PendingAcceptance,
                null);
    }

    public static Subscription subscription(DirectoryId directory, Identity.Personal owner, String ownerEmail) {
        ClassicAdministrator admin = new ClassicAdministrator(owner, Email.of(ownerEmail));
        return new Subscription(
                subscriptionId(),
                "Pay-As-You-Go",
                Offer.PAY_AS_YOU_GO,
                Subscription.SubscriptionState.Enabled,
                directory,
                admin,
                admin,
                false,
                0);
    }

    public static Subscription subscription() {
        return subscription(directoryId(), msa(), "owner@outlook.com");
    }
}
