package io.spinecare.notification.web;

/** A query parameter that is present but unusable; answered 400 naming the parameter, never its value. */
public class InvalidParameterException extends RuntimeException {
    final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }
}
