package io.spinecare.gateway.body;

import java.io.ByteArrayOutputStream;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * A request body as it arrives: kept while within the limit, then only counted (and dropped) up to the drain
 * limit, past which reading stops with {@link DataBufferLimitException}. Every buffer is released here.
 */
final class CountedBody {

    private final int maxBytes;
    private final long drainBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    CountedBody(int maxBytes, long drainBytes) {
        this.maxBytes = maxBytes;
        this.drainBytes = drainBytes;
    }

    void add(DataBuffer buffer) {
        try {
            int size = buffer.readableByteCount();
            total += size;
            if (total > drainBytes) {
                throw new DataBufferLimitException("Body beyond " + drainBytes + " bytes: reading stops");
            }
            if (total <= maxBytes) {
                byte[] bytes = new byte[size];
                buffer.read(bytes);
                kept.writeBytes(bytes);
            }
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    boolean overLimit() {
        return total > maxBytes;
    }

    byte[] bytes() {
        return kept.toByteArray();
    }
}
