package io.spinecare.serviceweb;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code spinecare.http.max-body-size}: the largest request body the service reads (default 32 KB). */
@ConfigurationProperties("spinecare.http")
public record ServiceWebProperties(DataSize maxBodySize) {

    public ServiceWebProperties {
        if (maxBodySize == null) {
            maxBodySize = DataSize.ofKilobytes(32);
        }
    }
}
