package uk.gov.childprotection.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Puts our account rules into the engine: its user store is the {@link AccountIdentityProvider} (Camunda's
 * database store, with the throttle and the rules on one's own account) and its identity service the
 * {@link AccountIdentityService} (the password policy's refusal as a 400). Leaves the engine's
 * ResourceAuthorizationProvider alone.
 */
@Component
class AccountsPlugin extends AbstractProcessEnginePlugin {

    private final SignInThrottle throttle;

    AccountsPlugin(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new AccountIdentityService());
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AccountIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new AccountIdentityProvider(throttle);
            }
        });
    }
}
