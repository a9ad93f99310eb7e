package io.spinecare.gateway.auth;

/** Body of {@code POST /api/auth/token}. */
record TokenRequest(String username, String password) {

    boolean isComplete() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + ", password=***]";
    }
}
