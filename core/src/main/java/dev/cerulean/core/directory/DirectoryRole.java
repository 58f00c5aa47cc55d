package dev.cerulean.core.directory;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** Built-in directory roles with their role template ids. They grant nothing on subscriptions. */
public enum DirectoryRole {
    GlobalAdministrator("Global Administrator", "62e90394-69f5-4237-9190-012177145e10"),
    UserAdministrator("User Administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1"),
    BillingAdministrator("Billing Administrator", "b0f54661-2d74-4c50-afa3-1ec803f12efe"),
    GuestInviter("Guest Inviter", "95e79109-95c0-4d8e-aee3-d01accf2d47b"),
    // manage every app registration and service principal (not directory roles, not Graph roles)
    ApplicationAdministrator("Application Administrator", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"),
    CloudApplicationAdministrator("Cloud Application Administrator", "158c047a-c907-4556-b7ef-446551a6b5f7");

    private final String displayName;
    private final UUID templateId;

    DirectoryRole(String displayName, String templateId) {
        this.displayName = displayName;
        this.templateId = UUID.fromString(templateId);
    }

    public String displayName() {
        return displayName;
    }

    public UUID templateId() {
        return templateId;
    }

    public static Optional<DirectoryRole> byTemplateId(UUID id) {
        return Arrays.stream(values()).filter(r -> r.templateId.equals(id)).findFirst();
    }

    public static Optional<DirectoryRole> byName(String name) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(name) || r.displayName.equalsIgnoreCase(name))
                .findFirst();
    }
}
