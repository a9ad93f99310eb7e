package io.spinecare.booking.fhir;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The clinic system calling, from its client-credentials token: {@code client_id} and SMART
 * Backend Services scopes such as {@code system/Slot.read} or {@code system/Appointment.write}.
 * A staff token has no client id and gets no FHIR access.
 */
record Caller(String clientId, Set<String> scopes) {

    static Caller of(Jwt jwt) {
        String clientId = jwt.getClaimAsString("client_id");
        if (clientId == null || clientId.isBlank()) {
            throw FhirProblem.forbidden("This endpoint is for client systems: use a client-credentials token.");
        }
        String scope = jwt.getClaimAsString("scope");
        Set<String> scopes = scope == null
                ? Set.of()
                : Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
        return new Caller(clientId, scopes);
    }

    /** Requires {@code system/<type>.<access>}, {@code system/<type>.*}, {@code system/*.<access>} or {@code system/*.*}. */
    Caller require(String resourceType, String access) {
        boolean granted = scopes.contains("system/" + resourceType + "." + access)
                || scopes.contains("system/" + resourceType + ".*")
                || scopes.contains("system/*." + access)
                || scopes.contains("system/*.*");
        if (!granted) {
            throw FhirProblem.forbidden("The token lacks the scope system/" + resourceType + "." + access + ".");
        }
        return this;
    }
}
