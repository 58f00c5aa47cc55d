package dev.cerulean.core.subscription;

import dev.cerulean.core.common.SubscriptionId;
import java.time.Instant;

/** A co-administrator of a subscription (subscription scope only, R24). */
public record CoAdministrator(SubscriptionId subscription, ClassicAdministrator administrator, Instant addedAt) {}
