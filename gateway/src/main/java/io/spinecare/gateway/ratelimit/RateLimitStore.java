package io.spinecare.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Token buckets keyed by policy and client. */
interface RateLimitStore {

    Mono<RateLimitDecision> tryConsume(String policy, String clientKey);
}
