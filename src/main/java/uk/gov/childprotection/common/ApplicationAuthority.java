package uk.gov.childprotection.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine work the application does on a person's behalf once it has checked the case itself: starting a
 * case's processes and passing outside events to them. People hold no engine rights to start called processes,
 * correlate messages or change instances (least privilege, issue 9), so the application does these steps under
 * its own authority: without the caller's engine authentication, marked so that the start guards know the
 * server did it. Who asked is recorded by the domain before the call.
 */
@Component
public class ApplicationAuthority {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private final IdentityService identity;

    public ApplicationAuthority(IdentityService identity) {
        this.identity = identity;
    }

    /** True while the application (not a person through an engine door) is acting, on this thread. */
    public static boolean active() {
        return ACTIVE.get();
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        boolean outer = ACTIVE.get();
        identity.clearAuthentication();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
