package dev.cerulean.core.signin;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed-in browsers kept server-side, by the hash of their cookie's secret (the web adapter owns
 * cookies and hashing). A session lives while it is neither idle too long nor past its absolute
 * expiry and its caller still acts as it signed in (a disabled or deleted user's sessions end at
 * once); switching directory is a new sign-in of the same person (R31).
 */
public final class BrowserSessions {
    private final Transactions transactions;
    private final Sessions sessions;
    private final SignInDirectory directories;
    private final Clock clock;

    public BrowserSessions(Transactions transactions, Sessions sessions, SignInDirectory directories, Clock clock) {
        this.transactions = transactions;
        this.sessions = sessions;
        this.directories = directories;
        this.clock = clock;
    }

    /**
     * The live session with this id; a dead one is removed. Its last-seen time is written at most
     * once per {@code touchEvery}, so reading pages does not write on every request.
     */
    public Optional<Session> current(String id, Duration idle, Duration touchEvery) {
        return transactions.inTransaction(() -> {
            Optional<Session> found = sessions.byId(id);
            Instant now = clock.instant();
            if (found.isEmpty()
                    || !found.get().liveAt(now, idle)
                    || !directories.stillActs(found.get().caller())) {
                if (found.isPresent()) sessions.remove(id);
                return Optional.empty();
            }
            Session session = found.get();
            if (!now.isBefore(session.lastSeenAt().plus(touchEvery))) {
                sessions.touch(id, now);
                session = new Session(session.id(), session.caller(), session.createdAt(), now, session.expiresAt());
            }
            return Optional.of(session);
        });
    }

    /** A new session for {@code caller}, replacing {@code replaced} (the browser's previous one) when given. */
    public Session start(String id, Caller caller, Duration absolute, String replaced) {
        return transactions.inTransaction(() -> {
            if (replaced != null) sessions.remove(replaced);
            Instant now = clock.instant();
            Session session = new Session(id, caller, now, now, now.plus(absolute));
            sessions.add(session);
            return session;
        });
    }

    public void end(String id) {
        transactions.inTransaction(() -> {
            sessions.remove(id);
            return null;
        });
    }

    /** R31: the same person signed in through {@code target}; empty when the person is not in it. */
    public Optional<Caller> switchTo(Caller caller, DirectoryId target) {
        return transactions.inTransaction(() -> directories.switchTo(caller, target));
    }
}
