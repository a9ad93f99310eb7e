package io.spinecare.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth 2.0 style answer of {@code POST /api/auth/token}. */
record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {}
