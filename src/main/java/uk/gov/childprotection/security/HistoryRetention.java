package uk.gov.childprotection.security;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The retention policy for the engine's history (who did which task when, in which process): every process and
 * decision definition, of every deployed version, keeps its history for {@code cpc.retention.history-days}
 * after it ends (default 3650, ten years); the nightly history cleanup (its window is
 * {@code camunda.bpm.generic-properties.properties.history-cleanup-batch-window-*}) removes what is older. Set at
 * every start, so changing the setting applies to the versions already deployed; the value in each diagram is
 * only what Modeler shows. The case record itself (domain tables and documents) is not engine history and is
 * kept under the council's records policy.
 */
@Component
@Order(2)
class HistoryRetention implements ApplicationRunner {

    private final RepositoryService repository;
    private final int days;

    HistoryRetention(RepositoryService repository, @Value("${cpc.retention.history-days:3650}") int days) {
        this.repository = repository;
        this.days = days;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (days < 1) {
            throw new IllegalStateException("cpc.retention.history-days must be at least 1, not " + days);
        }
        for (ProcessDefinition process : repository.createProcessDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(process.getHistoryTimeToLive())) {
                repository.updateProcessDefinitionHistoryTimeToLive(process.getId(), days);
            }
        }
        for (DecisionDefinition decision : repository.createDecisionDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(decision.getHistoryTimeToLive())) {
                repository.updateDecisionDefinitionHistoryTimeToLive(decision.getId(), days);
            }
        }
    }
}
