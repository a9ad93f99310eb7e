package io.spinecare.gateway.auth;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The configured client systems; checks a client secret against its bcrypt hash, like staff passwords. */
class ClientDirectory {

    private static final String BCRYPT_PREFIX = "{bcrypt}";

    private final Map<String, AuthProperties.SystemClient> clients;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /** Compared against for unknown clients, so a wrong id costs as long as a wrong secret. */
    private final String decoyHash;

    ClientDirectory(AuthProperties properties) {
        this.clients = properties.clients().stream()
                .collect(Collectors.toUnmodifiableMap(AuthProperties.SystemClient::clientId, Function.identity()));
        this.clients.values().forEach(ClientDirectory::requireValid);
        this.decoyHash = bcrypt.encode("decoy-secret-never-matches");
    }

    /** The client when the secret matches; bcrypt runs off the event loop. */
    Mono<Optional<AuthProperties.SystemClient>> authenticate(String clientId, String secret) {
        return Mono.fromCallable(() -> {
                    AuthProperties.SystemClient client = clients.get(clientId);
                    String hash = client != null ? stripPrefix(client.secretHash()) : decoyHash;
                    boolean matches = bcrypt.matches(secret, hash);
                    return client != null && matches
                            ? Optional.of(client)
                            : Optional.<AuthProperties.SystemClient>empty();
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static void requireValid(AuthProperties.SystemClient client) {
        if (client.clientId() == null || !client.clientId().matches("^[A-Za-z0-9._-]{3,40}$")) {
            throw new IllegalStateException("a client needs a client-id of 3-40 letters, digits, '.', '_' or '-'");
        }
        String hash = client.secretHash() == null ? "" : stripPrefix(client.secretHash());
        if (!hash.matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")) {
            throw new IllegalStateException("client '" + client.clientId() + "' needs a bcrypt secret-hash");
        }
        client.scopes().forEach(scope -> {
            if (!scope.matches("^system/([A-Z][A-Za-z]+|\\*)\\.(read|write|\\*)$")) {
                throw new IllegalStateException("client '" + client.clientId() + "' has scope '" + scope
                        + "': scopes look like system/Slot.read or system/Appointment.write");
            }
        });
    }

    private static String stripPrefix(String hash) {
        return hash.startsWith(BCRYPT_PREFIX) ? hash.substring(BCRYPT_PREFIX.length()) : hash;
    }
}
