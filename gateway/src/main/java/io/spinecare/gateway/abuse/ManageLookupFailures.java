package io.spinecare.gateway.abuse;

/** Failed manage-token lookups per client (address as {@code ClientAddresses} resolves it). */
public record ManageLookupFailures(FailureBackoff failures) {}
