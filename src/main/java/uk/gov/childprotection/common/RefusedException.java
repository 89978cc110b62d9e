package uk.gov.childprotection.common;

import org.springframework.security.access.AccessDeniedException;

/**
 * A 403 whose reason the caller should read, because they can mend it (an agency worker's account not yet tied to
 * an agency). Other refusals stay Spring Security's plain "not allowed", which tells nothing of what exists.
 */
public class RefusedException extends AccessDeniedException {

    public RefusedException(String message) {
        super(message);
    }
}
