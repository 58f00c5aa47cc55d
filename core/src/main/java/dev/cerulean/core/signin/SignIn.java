package dev.cerulean.core.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Email + password sign-in, for the sign-in pages and the password grant. Every refusal is
 * generic ({@code InvalidCredentials}): it never says whether the account exists, and an unknown
 * name costs the same hashing as a known one. Failures lock a name by Entra's smart lockout
 * ({@link SignInThrottle}, {@link Lockout}), never from a browser that signed it in before, and
 * slow down a client address's failures without blocking its right passwords. An email that is both a Microsoft
 * account and a work account answers {@link SignInResult.ChooseAccount} until a kind is chosen.
 * A disabled work account ({@code UserAccountDisabled}) is told so only after its password was
 * right, as Azure AD does (AADSTS50057), so the refusal reveals nothing to someone guessing.
 */
public final class SignIn {
    static final int MAX_KEY_VALUE = 320;
    private final Transactions transactions;
    private final MicrosoftAccounts accounts;
    private final DirectoryUsers users;
    private final PasswordHasher hasher;
    private final SignInAttempts attempts;
    private final SignInDirectory directories;
    private final Lockout lockout;
    private final Clock clock;
    private volatile PasswordHash decoy;

    public SignIn(
            Transactions transactions,
            MicrosoftAccounts accounts,
            DirectoryUsers users,
            PasswordHasher hasher,
            SignInAttempts attempts,
            SignInDirectory directories,
            Lockout lockout,
            Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.users = users;
        this.hasher = hasher;
        this.attempts = attempts;
        this.directories = directories;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** True when the name is both a Microsoft account and a work account: the account picker asks which. */
    public boolean asksWhichAccount(String name) {
        return Email.parse(name)
                .map(e -> accounts.byEmail(e).isPresent()
                        && !users.workAccountsWithEmail(e).isEmpty())
                .orElse(false);
    }

    /** As {@link #signIn(String, String, AccountKind, String, DirectoryId, String)} from no known browser (the password grant). */
    public Outcome<SignInResult> signIn(
            String name, String password, AccountKind kind, String clientAddress, DirectoryId directoryHint) {
        return signIn(name, password, kind, clientAddress, directoryHint, null);
    }

    /**
     * @param kind the account picker's answer, or null when none was asked
     * @param clientAddress the client's network address, for throttling
     * @param directoryHint the tenant the client named (null: the account's default)
     * @param device the hash of the browser's device cookie (null: none); a browser that signed
     *               this name in before is familiar, and a successful sign-in makes it so
     */
    public Outcome<SignInResult> signIn(
            String name,
            String password,
            AccountKind kind,
            String clientAddress,
            DirectoryId directoryHint,
            String device) {
        Instant now = clock.instant();
        String nameKey = key("name:", name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
        String addressKey = key("address:", String.valueOf(clientAddress));
        boolean familiar =
                device != null && transactions.inTransaction(() -> attempts.isFamiliarDevice(device, nameKey));
        // a familiar browser's failures count on their own: an attacker elsewhere cannot lock the owner out
        String lockKey = familiar ? nameKey + "|familiar" : nameKey;
        Optional<Duration> locked = lockout.lockedFor(lockKey);
        if (locked.isPresent())
            return Outcome.rejected(
                    RuleCode.AccountTemporarilyLocked, locked.get().toSeconds());
        boolean addressSlowed =
                lockout.throttle().slows(transactions.inTransaction(() -> attempts.failures(addressKey)), now);

        Optional<Email> email = Email.parse(name);
        Optional<MicrosoftAccount> msa = email.flatMap(accounts::byEmail);
        List<DirectoryUser> work = email.map(users::workAccountsWithEmail).orElse(List.of());
        if (kind == null && msa.isPresent() && !work.isEmpty()) {
            return Outcome.ok(new SignInResult.ChooseAccount(email.get()));
        }
        boolean personal = kind == AccountKind.Personal || (kind == null && msa.isPresent());
        PasswordHash stored = personal
                ? msa.map(MicrosoftAccount::password).orElse(null)
                : work.stream().findFirst().map(DirectoryUser::password).orElse(null);
        boolean verified;
        try {
            verified = hasher.verify(password == null ? "" : password, stored != null ? stored : decoy());
        } catch (PasswordHasher.Busy busy) {
            // nothing was decided: not a failure of this name, just come back in a moment
            return Outcome.rejected(RuleCode.TooManySignInAttempts, 1);
        }
        if (stored == null || !verified) {
            Optional<Duration> lockedNow = lockout.failed(lockKey);
            transactions.inTransaction(() ->
                    attempts.recordFailure(addressKey, now, lockout.throttle().addressWindow()));
            if (lockedNow.isPresent())
                return Outcome.rejected(
                        RuleCode.AccountTemporarilyLocked, lockedNow.get().toSeconds());
            if (addressSlowed) {
                return Outcome.rejected(
                        RuleCode.TooManySignInAttempts,
                        lockout.throttle().addressWindow().toSeconds());
            }
            return Outcome.rejected(RuleCode.InvalidCredentials);
        }
        lockout.succeeded(lockKey);
        if (device != null) {
            transactions.inTransaction(() -> {
                attempts.rememberDevice(device, nameKey, now);
                return null;
            });
        }
        if (!personal && !work.get(0).accountEnabled()) return Outcome.rejected(RuleCode.UserAccountDisabled);
        Caller caller = personal
                ? directories.forMicrosoftAccount(msa.get(), directoryHint)
                : directories.forWorkAccount(work.get(0), directoryHint);
        String displayName = personal ? msa.get().displayName() : work.get(0).displayName();
        return Outcome.ok(new SignInResult.SignedIn(caller, displayName));
    }

    /**
     * A throttling key: the prefix and the value, or the value's SHA-256 when it is longer than
     * {@value #MAX_KEY_VALUE} characters. A name is whatever anyone typed; the stores keep keys of
     * at most 400 characters (with room for the familiar-browser suffix), and an over-long name
     * must be refused like any other, not fail the sign-in.
     */
    static String key(String prefix, String value) {
        if (value.length() <= MAX_KEY_VALUE) return prefix + value;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return prefix + "#sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** A hash to check unknown names against, so that they take as long as known ones. */
    private PasswordHash decoy() {
        if (decoy == null) decoy = hasher.hash("decoy password for unknown sign-in names");
        return decoy;
    }
}
