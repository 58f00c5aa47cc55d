package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.FollowUpItem;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class FollowUpItemsContract extends PortContract {

    @Test
    void itemsOfASubscriptionAreListedInTheOrderTheyWereAdded() {
        SubscriptionId payg = subscriptionId();
        DirectoryId from = directoryId();
        DirectoryId to = directoryId();
        FollowUpItem vault =
                new FollowUpItem(payg, FollowUpItem.Kind.KeyVaultTenant, "/subscriptions/x/kv", from, to, at(1));
        FollowUpItem admin = new FollowUpItem(
                payg, FollowUpItem.Kind.ServiceAdministratorLostAccess, "megan@contoso.com", from, null, at(0));
        FollowUpItem elsewhere =
                new FollowUpItem(subscriptionId(), FollowUpItem.Kind.UserAssignedIdentity, "id", from, to, at(2));

        ports.followUpItems().add(vault);
        ports.followUpItems().add(admin);
        ports.followUpItems().add(elsewhere);

        assertThat(ports.followUpItems().of(payg)).containsExactly(vault, admin);
        assertThat(ports.followUpItems().of(subscriptionId())).isEmpty();
    }

    @Test
    void aBatchIsAddedInItsOrderAfterWhatWasThere() {
        SubscriptionId payg = subscriptionId();
        DirectoryId from = directoryId();
        DirectoryId to = directoryId();
        FollowUpItem vault = new FollowUpItem(payg, FollowUpItem.Kind.KeyVaultTenant, "kv", from, to, at(0));
        FollowUpItem vm = new FollowUpItem(payg, FollowUpItem.Kind.SystemAssignedIdentity, "vm", from, to, at(1));
        FollowUpItem identity = new FollowUpItem(payg, FollowUpItem.Kind.UserAssignedIdentity, "id", from, null, at(1));
        FollowUpItem elsewhere =
                new FollowUpItem(subscriptionId(), FollowUpItem.Kind.KeyVaultTenant, "kv2", from, to, at(1));
        ports.followUpItems().add(vault);

        ports.followUpItems().addAll(List.of(vm, elsewhere, identity));
        ports.followUpItems().addAll(List.of());

        assertThat(ports.followUpItems().of(payg)).containsExactly(vault, vm, identity);
        assertThat(ports.followUpItems().of(elsewhere.subscription())).containsExactly(elsewhere);
    }
}
