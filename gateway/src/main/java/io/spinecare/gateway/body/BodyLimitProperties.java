package io.spinecare.gateway.body;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the gateway reads, counted in bytes as they arrive (chunked bodies have no
 * Content-Length to trust).
 *
 * @param maxSize larger bodies are refused with 413 before anything is forwarded; the services' own limit
 *     (32 KB) is lower, FHIR resources the largest legitimate bodies
 */
@ConfigurationProperties("spinecare.gateway.body")
public record BodyLimitProperties(DataSize maxSize) {

    public BodyLimitProperties {
        maxSize = maxSize == null ? DataSize.ofKilobytes(128) : maxSize;
        if (maxSize.toBytes() < 1 || maxSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("spinecare.gateway.body.max-size must be between 1 B and 2 GB");
        }
    }
}
