package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.childprotection.support.TestProfiles;

/** Every deployed process and decision keeps its history for the retention the setting gives (here 7 years). */
@SpringBootTest(properties = "cpc.retention.history-days=2555")
@ActiveProfiles(resolver = TestProfiles.class)
class HistoryRetentionIT {

    @Autowired RepositoryService repository;

    @Test
    void everyDefinitionKeepsHistoryForTheSettingsRetention() {
        assertThat(repository.createProcessDefinitionQuery().list()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isEqualTo(2555));
        assertThat(repository.createDecisionDefinitionQuery().list()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(2555));
    }
}
