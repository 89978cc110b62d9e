package uk.gov.childprotection.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Tests run on in-memory H2; with {@code -Dcpc.test.database=postgres} (as .ci/run does) the same tests run
 * against PostgreSQL with the application's postgres profile.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getProperty("cpc.test.database"))
                ? new String[] {"test", "postgres", "test-postgres"}
                : new String[] {"test"};
    }
}
