package io.spinecare.gateway.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;

/** The request id every response echoes and every backend receives as {@code X-Request-Id}. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    static final String ATTRIBUTE = RequestIds.class.getName();

    /** Accept a caller's id only when it is short and harmless in logs and headers. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestIds() {}

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    static String acceptOrCreate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return randomUuid();
    }

    /**
     * A version-4 UUID from ThreadLocalRandom: ids must be unique, not unguessable, and
     * UUID.randomUUID() takes SecureRandom's global lock on every request.
     */
    static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
