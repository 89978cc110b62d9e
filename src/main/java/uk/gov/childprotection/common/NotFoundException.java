package uk.gov.childprotection.common;

/** Nothing by that reference or id: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
