package dev.cerulean.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.contract.ContractData;
import dev.cerulean.core.world.LoadWorld;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The start-up's plain-SQL emptiness check answers exactly as LoadWorld's check through the ports. */
class DatabaseIsEmptyTest {

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("H2"), Arguments.of("PostgreSQL"));
    }

    private static Database database(String product) {
        Database db = product.equals("H2") ? H2Store.database() : PostgresStore.database();
        EmptyStore.empty(db);
        return db;
    }

    private static void assertBothSay(Database db, boolean empty) {
        Ports ports = db.ports(ContractData.clock(), IdGenerator.random());
        assertThat(new LoadWorld(ports).storeIsEmpty()).isEqualTo(empty);
        assertThat(db.isEmpty()).isEqualTo(empty);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anEmptyStoreIsEmpty(String product) {
        assertBothSay(database(product), true);
    }

    static Stream<Arguments> oneThing() {
        Consumer<Ports> account = p -> p.microsoftAccounts()
                .add(new MicrosoftAccount(
                        new MicrosoftAccountId(UUID.randomUUID()),
                        Email.of("kelley.wall@outlook.com"),
                        "Kelley Wall",
                        ContractData.hash("pw"),
                        ContractData.T0));
        Consumer<Ports> directory = p -> p.directories().add(ContractData.directory("Contoso", ContractData.msa()));
        Consumer<Ports> subscription = p -> p.subscriptions().add(ContractData.subscription());
        return Stream.of("H2", "PostgreSQL")
                .flatMap(product -> Stream.of(
                        Arguments.of(product, "an account", account),
                        Arguments.of(product, "a directory", directory),
                        Arguments.of(product, "a subscription", subscription)));
    }

    @ParameterizedTest(name = "{0} holding {1}")
    @MethodSource("oneThing")
    void aStoreHoldingOneAccountDirectoryOrSubscriptionIsNot(String product, String what, Consumer<Ports> add) {
        Database db = database(product);

        add.accept(db.ports(ContractData.clock(), IdGenerator.random()));

        assertBothSay(db, false);
    }
}
