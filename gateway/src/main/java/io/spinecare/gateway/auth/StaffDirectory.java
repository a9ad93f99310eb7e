package io.spinecare.gateway.auth;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The configured staff accounts; checks a password against its bcrypt hash. */
class StaffDirectory {

    private static final String BCRYPT_PREFIX = "{bcrypt}";

    private final Map<String, AuthProperties.StaffUser> users;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /** Compared against for unknown users, so a wrong name costs as long as a wrong password. */
    private final String decoyHash;

    StaffDirectory(AuthProperties properties) {
        this.users = properties.users().stream()
                .collect(Collectors.toUnmodifiableMap(AuthProperties.StaffUser::username, Function.identity()));
        this.users.values().forEach(StaffDirectory::requireBcrypt);
        this.decoyHash = bcrypt.encode("decoy-password-never-matches");
    }

    /** The user when the password matches; bcrypt runs off the event loop. */
    Mono<Optional<AuthProperties.StaffUser>> authenticate(String username, String password) {
        return Mono.fromCallable(() -> {
                    AuthProperties.StaffUser user = users.get(username);
                    String hash = user != null ? stripPrefix(user.passwordHash()) : decoyHash;
                    boolean matches = bcrypt.matches(password, hash);
                    return user != null && matches ? Optional.of(user) : Optional.<AuthProperties.StaffUser>empty();
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static void requireBcrypt(AuthProperties.StaffUser user) {
        String hash = user.passwordHash() == null ? "" : stripPrefix(user.passwordHash());
        if (!hash.matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")) {
            throw new IllegalStateException("staff user '" + user.username() + "' needs a bcrypt password-hash");
        }
    }

    private static String stripPrefix(String hash) {
        return hash.startsWith(BCRYPT_PREFIX) ? hash.substring(BCRYPT_PREFIX.length()) : hash;
    }
}
