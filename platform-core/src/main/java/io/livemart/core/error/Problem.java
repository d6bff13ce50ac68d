package io.livemart.core.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error answer.
 *
 * @param type     a URI naming the kind of problem
 * @param title    a short summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong this time, written for a person
 * @param instance the request path
 * @param errors   for validation problems: each offending field and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
    }
}
