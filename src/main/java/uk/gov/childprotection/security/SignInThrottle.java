package uk.gov.childprotection.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Throttles failed sign-ins by client address and user name together, the one throttle behind every door that
 * checks a password (the API's and the engine's HTTP Basic, the webapps' login, the engine's password checks:
 * see {@link AccountIdentityProvider}). A wrong password from one address therefore never keeps the user out
 * from another, and nothing here locks an account: a refusal lasts {@link SignInSettings#refusal()} and then
 * ends by itself. (Camunda's own per-user delay and lock are switched off in application.yaml.)
 *
 * <p>The pairs live in memory in a Caffeine cache: bounded in size (the least used pairs go first, so a flood of
 * made-up names cannot exhaust memory) and each entry forgotten once its window or refusal is over. A database
 * table would survive a restart and be shared by several instances, but would cost a write per failed attempt
 * and make the throttle itself a target; for one instance, memory is enough. Times come from the engine's clock
 * ({@link ClockUtil}), so tests move time instead of waiting.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Failures counted since {@code windowStart}; refused until {@code refusedUntil} once too many. */
    private record Failures(int count, Instant windowStart, Instant refusedUntil) {
    }

    private final SignInSettings settings;
    private final Cache<String, Failures> failures;

    public SignInThrottle(SignInSettings settings) {
        this.settings = settings;
        // The expiry here only tidies up (on real time); whether a pair is refused is decided below, on the
        // engine's clock.
        this.failures = Caffeine.newBuilder().maximumSize(settings.maxTracked())
                .expireAfterWrite(settings.window().plus(settings.refusal())).build();
    }

    /** How much longer this address may not try this user, if it may not now. */
    public Optional<Duration> refusedFor(String address, String user) {
        if (address == null || user == null) {
            return Optional.empty();
        }
        Failures recorded = failures.getIfPresent(key(address, user));
        Instant now = now();
        if (recorded == null || recorded.refusedUntil() == null || !recorded.refusedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recorded.refusedUntil()));
    }

    /** A wrong password for this user from this address. */
    public void failed(String address, String user) {
        if (address == null || user == null) {
            return;
        }
        Instant now = now();
        Failures after = failures.asMap().compute(key(address, user), (key, before) -> {
            if (before == null || isOver(before, now)) {
                before = new Failures(0, now, null);
            }
            int count = before.count() + 1;
            return new Failures(count, before.windowStart(),
                    count >= settings.maxFailures() ? now.plus(settings.refusal()) : null);
        });
        if (after.count() == settings.maxFailures()) {
            log.warn("Sign-in refused for {} from {} for {} after {} failed attempts", user, address,
                    settings.refusal(), after.count());
        }
    }

    /** The right password: this address starts afresh for this user. */
    public void succeeded(String address, String user) {
        if (address != null && user != null) {
            failures.invalidate(key(address, user));
        }
    }

    private boolean isOver(Failures failures, Instant now) {
        return failures.refusedUntil() != null ? !failures.refusedUntil().isAfter(now)
                : !failures.windowStart().plus(settings.window()).isAfter(now);
    }

    private static String key(String address, String user) {
        return address + '\n' + user;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
