package dev.cerulean.server.arm;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.RuleCode;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Fixes the HTTP status of every rule code on ARM; a new code fails here until it is given one. */
class ArmErrorsTest {
    private static final Map<RuleCode, Integer> EXPECTED = Map.ofEntries(
            entry(RuleCode.UseExistingDirectoryRequiresMicrosoftAccount, 403),
            entry(RuleCode.NotReadyToBeSignedOut, 400),
            entry(RuleCode.NotGlobalAdministrator, 403),
            entry(RuleCode.ServiceAdministratorAlreadyInDirectory, 409),
            entry(RuleCode.ServiceAdministratorMatchesGlobalAdministrator, 409),
            entry(RuleCode.AmbiguousDualAccountEmail, 409),
            entry(RuleCode.RequiresServiceAdministrator, 403),
            entry(RuleCode.DirectoryLinkRequestExpired, 400),
            entry(RuleCode.DirectoryLinkRequestNotFound, 404),
            entry(RuleCode.CoAdministratorCannotChangeDirectory, 403),
            entry(RuleCode.EditDirectoryRequiresMicrosoftAccount, 403),
            entry(RuleCode.RequiresOwner, 403),
            entry(RuleCode.CallerNotInTargetDirectory, 403),
            entry(RuleCode.SameDirectory, 400),
            entry(RuleCode.OfferTypeNotSupported, 400),
            entry(RuleCode.PreconditionFailed, 412),
            entry(RuleCode.ChangeTenantRequestNotFound, 404),
            entry(RuleCode.NotDestinationOwner, 403),
            entry(RuleCode.OnlyAccountAdministratorCanChangeServiceAdministrator, 403),
            entry(RuleCode.ServiceAdministratorNotAllowed, 400),
            entry(RuleCode.RequiresServiceOrCoAdministrator, 403),
            entry(RuleCode.CoAdministratorNotInDirectory, 400),
            entry(RuleCode.CoAdministratorLimitReached, 400),
            entry(RuleCode.GuestInvitationNotRedeemed, 400),
            entry(RuleCode.AlreadyCoAdministrator, 409),
            entry(RuleCode.NotCoAdministrator, 404),
            entry(RuleCode.CannotRemoveServiceAdministrator, 409),
            entry(RuleCode.AzureSignUpRequiresPerson, 403),
            entry(RuleCode.PrincipalNotInDirectory, 400),
            entry(RuleCode.RoleAssignmentLimitExceeded, 400),
            entry(RuleCode.RoleAssignmentExists, 409),
            entry(RuleCode.AuthorizationFailed, 403),
            entry(RuleCode.InvalidRoleDefinition, 400),
            entry(RuleCode.RoleDefinitionInUse, 409),
            entry(RuleCode.RoleDefinitionNameExists, 409),
            entry(RuleCode.RoleAssignmentUpdateNotPermitted, 409),
            entry(RuleCode.RoleAssignmentDescriptionTooLong, 400),
            entry(RuleCode.InvalidDirectoryName, 400),
            entry(RuleCode.DomainAlreadyExists, 409),
            entry(RuleCode.DomainAlreadyVerified, 409),
            entry(RuleCode.InvalidDomainName, 400),
            entry(RuleCode.DirectoryCreationLimitReached, 400),
            entry(RuleCode.DirectoryMembershipLimitReached, 400),
            entry(RuleCode.MicrosoftAccountExists, 409),
            entry(RuleCode.UserAlreadyExists, 409),
            entry(RuleCode.InvalidEmail, 400),
            entry(RuleCode.InvalidUserPrincipalName, 400),
            entry(RuleCode.PasswordTooWeak, 400),
            entry(RuleCode.InvalidDisplayName, 400),
            entry(RuleCode.InvalidOffer, 400),
            entry(RuleCode.InvalidLocation, 400),
            entry(RuleCode.InvalidName, 400),
            entry(RuleCode.InvalidSupportRequest, 400),
            entry(RuleCode.ResourceGroupExists, 409),
            entry(RuleCode.ResourceGroupNotEmpty, 409),
            entry(RuleCode.ResourceExists, 409),
            entry(RuleCode.InvalidCountry, 400),
            entry(RuleCode.UserNotHomedHere, 400),
            entry(RuleCode.InsufficientDirectoryRole, 403),
            entry(RuleCode.LastGlobalAdministrator, 409),
            entry(RuleCode.InvalidGraphAppRole, 400),
            entry(RuleCode.DomainNotFound, 404),
            entry(RuleCode.UnsupportedGroupType, 400),
            entry(RuleCode.InvalidGroupDescription, 400),
            entry(RuleCode.GroupMembershipCycle, 400),
            entry(RuleCode.InvalidGroupOwner, 400),
            entry(RuleCode.GroupMemberExists, 409),
            entry(RuleCode.GroupOwnerExists, 409),
            entry(RuleCode.GroupOwnerLimitReached, 400),
            entry(RuleCode.NotGroupMember, 404),
            entry(RuleCode.NotGroupOwner, 404),
            entry(RuleCode.GroupNotFound, 404),
            entry(RuleCode.DirectoryObjectNotFound, 404),
            entry(RuleCode.LocationRequired, 400),
            entry(RuleCode.InvalidIdentityType, 400),
            entry(RuleCode.ManagedIdentityNotFound, 404),
            entry(RuleCode.ManagedIdentityUnavailable, 409),
            entry(RuleCode.IdentityEndpointSecretInvalid, 401),
            entry(RuleCode.InvalidUserAssignedIdentities, 400),
            entry(RuleCode.UserAssignedIdentityNotFound, 400),
            entry(RuleCode.LinkedAuthorizationFailed, 403),
            entry(RuleCode.NotApplicationOwnerOrAdministrator, 403),
            entry(RuleCode.ServicePrincipalExists, 409),
            entry(RuleCode.AlreadyAppOwner, 409),
            entry(RuleCode.AppOwnerMustBeUser, 400),
            entry(RuleCode.NotAppOwner, 404),
            entry(RuleCode.ClientSecretNotFound, 404),
            entry(RuleCode.ServicePrincipalNotFound, 404),
            entry(RuleCode.AppRoleAssignmentNotFound, 404),
            entry(RuleCode.DirectoryNotFound, 404),
            entry(RuleCode.SubscriptionNotFound, 404),
            entry(RuleCode.MicrosoftAccountNotFound, 404),
            entry(RuleCode.UserNotFound, 404),
            entry(RuleCode.AppNotFound, 404),
            entry(RuleCode.ResourceGroupNotFound, 404),
            entry(RuleCode.ResourceNotFound, 404),
            entry(RuleCode.RoleDefinitionNotFound, 404),
            entry(RuleCode.RoleAssignmentNotFound, 404),
            entry(RuleCode.SupportRequestNotFound, 404),
            entry(RuleCode.SubscriptionNotActive, 409),
            entry(RuleCode.InvalidCredentials, 401),
            entry(RuleCode.UserAccountDisabled, 401),
            entry(RuleCode.InvalidMailNickname, 400),
            entry(RuleCode.TooManySignInAttempts, 429),
            entry(RuleCode.AccountTemporarilyLocked, 429),
            entry(RuleCode.SubscriptionNotMoved, 409),
            entry(RuleCode.PrincipalNotInPlan, 400),
            entry(RuleCode.DefaultDirectoryNotJoined, 400));

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRuleCodeHasItsArmStatus(RuleCode code) {
        assertThat(EXPECTED)
                .as("ARM status of %s is not decided in this table", code)
                .containsKey(code);
        assertThat(ArmErrors.status(code)).isEqualTo(EXPECTED.get(code));
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRuleCodeHasAMessageInPlainWordsNamingItsCode(RuleCode code) {
        var failure = ArmErrors.of(
                (dev.cerulean.core.common.Outcome.Rejected<?>)
                        dev.cerulean.core.common.Outcome.rejected(code, "a", "b", "c"),
                null);
        assertThat(failure.code).isEqualTo(code.name());
        assertThat(failure.getMessage()).isNotBlank();
        assertThat(failure.status).isBetween(400, 499);
    }

    @org.junit.jupiter.api.Test
    void theTableHasNoCodeThatNoLongerExists() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.asList(RuleCode.values()));
    }
}
