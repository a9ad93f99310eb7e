package io.spinecare.gateway.auth;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Staff authentication (see docs/adr/0401 and gateway/README.md).
 *
 * @param mode {@code built-in}: this gateway issues and checks its own tokens; {@code external}:
 *     an OIDC provider (Keycloak) issues them and {@code spring.security.oauth2.resourceserver.jwt.*}
 *     points at it
 * @param issuer the {@code iss} of built-in tokens, checked on every token
 * @param audience the {@code aud} of built-in tokens; every service refuses a token not meant for SpineCare
 * @param tokenTtl lifetime of a built-in token
 * @param signingKey PKCS#8 PEM RSA private key, the same for every replica (a Secret in Kubernetes)
 * @param signingKeyLocation the same key from a file (a mounted secret)
 * @param generateSigningKey without a configured key, make one at start (profile local only: a key of one
 *     replica's own makes the other replicas refuse its tokens); otherwise a missing key stops the start
 * @param users staff allowed to obtain a built-in token, with bcrypt password hashes
 * @param clients other clinic systems allowed a client-credentials token (docs/fhir.md), with bcrypt
 *     secret hashes and the SMART Backend Services scopes each may be granted
 * @param rolesClaim the claim holding the roles, in both modes
 * @param clockSkew tolerance when checking {@code exp} and {@code nbf}
 */
@ConfigurationProperties("spinecare.gateway.auth")
public record AuthProperties(
        String mode,
        String issuer,
        String audience,
        Duration tokenTtl,
        String signingKey,
        Resource signingKeyLocation,
        boolean generateSigningKey,
        List<StaffUser> users,
        String rolesClaim,
        Duration clockSkew,
        List<SystemClient> clients) {

    /** A staff account; {@code passwordHash} is bcrypt, with or without a {@code {bcrypt}} prefix. */
    public record StaffUser(String username, String passwordHash, List<String> roles) {

        public StaffUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * A clinic system using the FHIR facade: {@code secretHash} is bcrypt, {@code scopes} the most it
     * may be granted (for example {@code system/Slot.read system/Appointment.write}).
     */
    public record SystemClient(String clientId, String secretHash, List<String> scopes) {

        public SystemClient {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    public AuthProperties {
        mode = mode == null || mode.isBlank() ? "built-in" : mode;
        issuer = issuer == null || issuer.isBlank() ? "spinecare-local" : issuer;
        audience = audience == null || audience.isBlank() ? "spinecare" : audience;
        tokenTtl = tokenTtl == null ? Duration.ofMinutes(15) : tokenTtl;
        users = users == null ? List.of() : List.copyOf(users);
        clients = clients == null ? List.of() : List.copyOf(clients);
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }
}
