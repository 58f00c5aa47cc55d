package dev.cerulean.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class SetDefaultDirectoryTest {
    private final Ports p = Worlds.kelleyWall().ports();
    private final SetDefaultDirectory setDefault =
            new SetDefaultDirectory(p.transactions(), p.directoryUsers(), p.directoryPreferences());
    private final Caller kelley = new Caller(
            new Identity.Personal(Worlds.KELLEY_MSA),
            Worlds.DEFAULT_DIRECTORY,
            Worlds.KELLEY_IN_DEFAULT,
            Email.of("kelley.wall@outlook.com"));

    @Test
    void aDirectoryThePersonIsInBecomesItsDefault() {
        assertThat(setDefault.of(kelley)).isEmpty();

        assertThat(setDefault.set(kelley, Worlds.DEFAULT_DIRECTORY).orThrow()).isEqualTo(Worlds.DEFAULT_DIRECTORY);

        assertThat(setDefault.of(kelley)).contains(Worlds.DEFAULT_DIRECTORY);
    }

    @Test
    void DefaultDirectoryNotJoined_aDirectoryThePersonIsNotInIsRefusedAndNothingChanges() {
        setDefault.set(kelley, Worlds.DEFAULT_DIRECTORY).orThrow();

        var refused = setDefault.set(kelley, Worlds.CONTOSO);

        assertThat(refused).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<?>) refused).code()).isEqualTo(RuleCode.DefaultDirectoryNotJoined);
        assertThat(setDefault.of(kelley)).contains(Worlds.DEFAULT_DIRECTORY);
    }
}
