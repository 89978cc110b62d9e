package uk.gov.childprotection.support;

import java.util.Set;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;

/**
 * The build's coverage rule: each process's own test class covers at least 95% of its flow nodes and flows,
 * counting only that process (the others it calls are measured by their own classes).
 */
public final class CoverageOf {

    public static final double REQUIRED = 0.95;
    private static final Set<String> PROCESSES =
            Set.of("child-protection-case", "strategy-discussion", "child-protection-conference",
                    "child-protection-plan", "document-sending", "record-amendment", "parent-complaint", "audio-request",
            "supporter-request", "agency-report");

    private CoverageOf() {
    }

    public static ProcessEngineCoverageProperties process(String key) {
        if (!PROCESSES.contains(key)) {
            throw new IllegalArgumentException("Unknown process " + key);
        }
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(REQUIRED)
                .excludeProcessDefinitionKeys(PROCESSES.stream().filter(p -> !p.equals(key)).toArray(String[]::new))
                .build();
    }
}
