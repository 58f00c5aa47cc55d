package dev.cerulean.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.directory.AddClientSecret;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.LoadWorld;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Use cases made of several steps are one transaction on a real database (the fakes do not roll
 * back, so this lives here): a refusal of a later step undoes the earlier ones.
 */
@ParameterizedClass(name = "[{index}] {0}")
@EnumSource(StoreContractsTest.Store.class)
class UseCaseTransactionsTest {
    @Parameter
    StoreContractsTest.Store store;

    private static final Caller CONTOSO_ADMIN = new Caller(
            new Identity.Work(DemoWorld.CONTOSO, DemoWorld.KELLEY_CONTOSO),
            DemoWorld.CONTOSO,
            DemoWorld.KELLEY_CONTOSO,
            Email.of("kelley.wall@contoso.onmicrosoft.com"));

    @Test
    void InvalidGraphAppRole_appCreationLeavesNoHalfMadeApp() {
        Ports p = store.freshPorts();
        new LoadWorld(p).load(DemoWorld.world());
        int before = p.appRegistrations().inDirectory(DemoWorld.CONTOSO).size();

        var outcome = UseCases.of(p)
                .directory()
                .createApp()
                .create(
                        CONTOSO_ADMIN,
                        DemoWorld.CONTOSO,
                        "half-made",
                        List.of("User.Read.All", "Everything.All"),
                        AddClientSecret.Lifetime.TWO_YEARS);

        assertThat(outcome.code()).isEqualTo(RuleCode.InvalidGraphAppRole);
        assertThat(p.appRegistrations().inDirectory(DemoWorld.CONTOSO))
                .hasSize(before)
                .extracting(AppRegistration::displayName)
                .doesNotContain("half-made");
    }

    @Test
    void appCreationRegistersGrantsAndAddsASecretTogether() {
        Ports p = store.freshPorts();
        new LoadWorld(p).load(DemoWorld.world());

        var created = UseCases.of(p)
                .directory()
                .createApp()
                .create(
                        CONTOSO_ADMIN,
                        DemoWorld.CONTOSO,
                        "whole",
                        List.of("User.Read.All"),
                        AddClientSecret.Lifetime.TWO_YEARS)
                .orThrow();

        AppRegistration stored =
                p.appRegistrations().byClientId(created.app().clientId()).orElseThrow();
        assertThat(stored.graphAppRoles()).containsExactly("User.Read.All");
        assertThat(stored.secrets()).hasSize(1);
        assertThat(p.passwordHasher()
                        .verify(created.value(), stored.secrets().get(0).hash()))
                .isTrue();
    }
}
