package io.spinecare.booking.web;

import java.time.temporal.Temporal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link DateBounds} to every date and time a request body holds, whatever record it sits in: Jackson's
 * own reader for the type runs first, then the year is checked. A value outside is an input mismatch, so the
 * answer is the usual 400 that names the field.
 */
public final class BoundedDates extends DelegatingDeserializer {

    private BoundedDates(ValueDeserializer<?> delegate) {
        super(delegate);
    }

    /** The module to register on a request mapper. */
    public static SimpleModule module() {
        return new SimpleModule("bounded-dates").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> reader) {
                return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new BoundedDates(reader) : reader;
            }
        });
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new BoundedDates(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        Object value = super.deserialize(parser, context);
        if (!DateBounds.contains(value)) {
            return context.reportInputMismatch(this, DateBounds.MESSAGE);
        }
        return value;
    }
}
