package dev.cerulean.core.common;

import java.util.List;
import java.util.function.Function;

/** What a use case answers: the value it produced, or the rule that refused the request. */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Rejected {

    record Ok<T>(T value) implements Outcome<T> {}

    /** A refusal: the rule's code and the values its message needs. A refusal changes nothing. */
    record Rejected<T>(RuleCode code, List<String> args) implements Outcome<T> {
        public Rejected {
            args = List.copyOf(args);
        }

        /** The same refusal, typed for another use case's outcome. */
        @SuppressWarnings("unchecked")
        public <U> Rejected<U> retyped() {
            return (Rejected<U>) (Rejected<?>) this;
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> rejected(RuleCode code, Object... args) {
        return new Rejected<>(
                code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value of an {@link Ok}; a bug (IllegalStateException) when called on a refusal. */
    default T orThrow() {
        if (this instanceof Ok<T> ok) return ok.value();
        Rejected<T> r = (Rejected<T>) this;
        throw new IllegalStateException("rejected: " + r.code() + " " + r.args());
    }

    default <U> Outcome<U> map(Function<T, U> f) {
        if (this instanceof Ok<T> ok) return new Ok<>(f.apply(ok.value()));
        return ((Rejected<T>) this).retyped();
    }

    default <U> Outcome<U> then(Function<T, Outcome<U>> f) {
        if (this instanceof Ok<T> ok) return f.apply(ok.value());
        return ((Rejected<T>) this).retyped();
    }

    /** The refusal's code, or null when the outcome is Ok. */
    default RuleCode code() {
        return this instanceof Rejected<T> r ? r.code() : null;
    }
}
