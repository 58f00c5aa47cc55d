package dev.cerulean.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import org.junit.jupiter.api.Test;

public abstract class DirectoryPreferencesContract extends PortContract {
    private static final DirectoryId FIRST = DirectoryId.of("d1000000-0000-4000-8000-000000000001");
    private static final DirectoryId SECOND = DirectoryId.of("d1000000-0000-4000-8000-000000000002");
    private static final Identity MSA =
            new Identity.Personal(MicrosoftAccountId.of("a1000000-0000-4000-8000-000000000001"));
    private static final Identity WORK = new Identity.Work(FIRST, ObjectId.of("0b000000-0000-4000-8000-000000000001"));

    @Test
    void aPersonHasNoDefaultUntilItChoosesOneAndTheLastChoiceWins() {
        assertThat(ports.directoryPreferences().defaultDirectoryOf(MSA)).isEmpty();

        ports.directoryPreferences().setDefaultDirectory(MSA, FIRST);
        ports.directoryPreferences().setDefaultDirectory(MSA, SECOND);
        ports.directoryPreferences().setDefaultDirectory(WORK, FIRST);

        assertThat(ports.directoryPreferences().defaultDirectoryOf(MSA)).contains(SECOND);
        assertThat(ports.directoryPreferences().defaultDirectoryOf(WORK)).contains(FIRST);
    }
}
