package uk.gov.childprotection.common;

/** The request is understood but means nothing for the case as it stands: answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
