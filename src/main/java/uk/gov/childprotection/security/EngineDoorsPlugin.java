package uk.gov.childprotection.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;

/**
 * Puts the case rule into the engine itself: task by task authorisations ({@link CaseTaskAuthorizations}), so
 * that Tasklist, Cockpit, {@code /engine-rest} and the webapps' engine API all answer as {@code /api} does.
 * The beans it needs are looked up when first used: the engine is built before them.
 */
@Component
class EngineDoorsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ChildCaseService> cases;
    private final ObjectProvider<CaseTaskGrants> grants;
    private final ObjectProvider<Staff> staff;
    private final ObjectProvider<Today> today;
    private final ObjectProvider<AccessAuditRepository> audit;

    EngineDoorsPlugin(ObjectProvider<ChildCaseService> cases, ObjectProvider<CaseTaskGrants> grants,
            ObjectProvider<Staff> staff, ObjectProvider<Today> today, ObjectProvider<AccessAuditRepository> audit) {
        this.audit = audit;
        this.cases = cases;
        this.grants = grants;
        this.staff = staff;
        this.today = today;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new CaseTaskAuthorizations(
                reference -> cases.getObject().findTeamManager(reference),
                (task, from, to, by) -> {
                    Object reference = task.getExecution() == null ? null
                            : task.getExecution().getVariable("caseReference");
                    grants.getObject().recordReassignment(reference == null ? null : reference.toString(),
                            task.getId(), task.getName(), from, to, by);
                },
                (user, group) -> staff.getObject().isMember(user, group)));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new org.camunda.bpm.engine.impl.bpmn.parser
                .AbstractBpmnParseListener() {
            @Override
            public void parseProcess(org.camunda.bpm.engine.impl.util.xml.Element element,
                    org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity definition) {
                if (CaseTaskAuthorizations.CALLED_ONLY.contains(definition.getKey())) {
                    String name = definition.getName();
                    definition.addBuiltInListener(org.camunda.bpm.engine.delegate.ExecutionListener.EVENTNAME_START,
                            (org.camunda.bpm.engine.delegate.ExecutionListener) execution ->
                                    CaseTaskAuthorizations.refuseDirectStart(execution, name));
                }
            }
        });
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new java.util.ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(
                new JobExecutionGuard(configuration::getIdentityService));
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new EngineReadAudit(
                (user, caseReference, detail, address) -> audit.getObject().save(new AccessAudit(
                        today.getObject().now().toInstant(), user, caseReference, detail, address)),
                configuration::getIdentityService));
    }

    /** The id guard on both engine doors: /engine-rest and the webapps' engine API. */
    @org.springframework.context.annotation.Configuration
    static class Filters {
        @org.springframework.context.annotation.Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<EngineIdGuard> engineIdGuard(
                ObjectProvider<org.camunda.bpm.engine.RepositoryService> repository) {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new EngineIdGuard(
                    id -> repository.getObject().createProcessDefinitionQuery().processDefinitionId(id).list()
                            .stream().findFirst().map(d -> d.getKey()).orElse(null)));
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registration.setName("engine-id-guard");
            return registration;
        }
    }
}
