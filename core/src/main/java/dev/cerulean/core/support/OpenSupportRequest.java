package dev.cerulean.core.support;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * "Need help? Contact support": stores a support request of the signed-in person. A named
 * subscription must be one the person sees (any role in it); one it cannot see is answered as
 * SubscriptionNotFound, so that the form tells nobody which subscriptions exist.
 */
public final class OpenSupportRequest {
    public static final String OPERATION = "Microsoft.Support/supportTickets/write";
    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 4000;

    /** The form as typed; {@code subscription} is blank or a subscription id. */
    public record Request(String subject, String description, String severity, String subscription) {}

    private final SupportRequests supportRequests;
    private final Authorize authorize;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public OpenSupportRequest(
            SupportRequests supportRequests,
            Authorize authorize,
            Transactions transactions,
            Clock clock,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.supportRequests = supportRequests;
        this.authorize = authorize;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<SupportRequest> open(Caller caller, Request form) {
        String subject = form.subject() == null ? "" : form.subject().strip();
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT) return invalid("subject", MAX_SUBJECT);
        String description =
                form.description() == null ? "" : form.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            return invalid("description", MAX_DESCRIPTION);
        }
        Optional<SupportRequest.Severity> severity = severity(form.severity());
        if (severity.isEmpty()) return invalid("severity", "A, B or C");
        boolean named = form.subscription() != null && !form.subscription().isBlank();
        Optional<SubscriptionId> subscription =
                named ? SubscriptionId.parse(form.subscription().strip()) : Optional.empty();
        if (named && subscription.isEmpty()) return invalid("subscription", form.subscription());
        try {
            return transactions.inTransaction(() -> {
                if (subscription.isPresent() && !visible(caller, subscription.get())) {
                    return Outcome.rejected(RuleCode.SubscriptionNotFound, subscription.get());
                }
                SupportRequest request = new SupportRequest(
                        ids.newId(),
                        subject,
                        description,
                        severity.get(),
                        subscription.orElse(null),
                        caller.identity(),
                        caller.displayName(),
                        SupportRequest.Status.Open,
                        clock.instant());
                supportRequests.add(request);
                activity.succeeded(
                        caller,
                        OPERATION,
                        "/providers/Microsoft.Support/supportTickets/" + request.id(),
                        "support request \"" + subject + "\" (severity " + severity.get() + ")",
                        subscription.orElse(null),
                        caller.directory());
                return Outcome.ok(request);
            });
        } catch (Transactions.ConcurrentChange e) {
            return Outcome.rejected(RuleCode.PreconditionFailed, e.getMessage());
        }
    }

    private boolean visible(Caller caller, SubscriptionId id) {
        return authorize.accessOf(id).map(a -> a.hasAnyRole(caller)).orElse(false);
    }

    private static Optional<SupportRequest.Severity> severity(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(SupportRequest.Severity.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Outcome<SupportRequest> invalid(String field, Object constraint) {
        return Outcome.rejected(RuleCode.InvalidSupportRequest, field, constraint);
    }
}
