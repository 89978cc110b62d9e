package uk.gov.childprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.childprotection.support.TestProfiles;

/**
 * The conventions every diagram keeps (DESIGN.md), checked on the files process designers edit: forms that
 * exist and are deployed, candidate groups that exist, expressions whose beans exist, a shape for every node
 * and an edge for every flow, names, history time to live and a version tag.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
class ModelConventionsIT {

    private static final Pattern BEAN = Pattern.compile("[$#]\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)");
    /** Names the engine itself resolves in expressions, not Spring beans. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "caseReference", "conferenceId",
            "strategyDecision", "authorisation", "referralOutcome", "conferenceDecision", "caseDecision", "copiesToPost", "planId", "seekLegalAdvice", "transferIn", "conferenceDeadlineKind",
            "amendmentAccepted", "heldWithHousehold",
            "complaintStage", "parentStillUnhappy", "formalComplaint", "complaintAboutConference",
            "panelRecommendsReconsideration", "audioRequestId", "audioReleased",
            "supporterRequestId", "agencyReportId", "agencyReportSent");

    private static List<Path> diagrams;
    private static Set<String> formIds;

    @Autowired ApplicationContext spring;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identity;

    @BeforeAll
    static void readFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            diagrams = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        formIds = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode tree = json.readTree(form.toFile());
                assertThat(tree.path("executionPlatformVersion").asText()).as(form.toString()).isEqualTo("7.24.0");
                formIds.add(tree.get("id").asText());
            }
        }
        assertThat(diagrams).hasSize(10);
    }

    @Test
    void everyUserTaskAndStartFormHasADeployedFormAndAGroupThatExists() {
        Set<String> deployedForms = new HashSet<>();
        repository.createDeploymentQuery().list().forEach(d -> repository.getDeploymentResourceNames(d.getId())
                .stream().filter(n -> n.endsWith(".form")).forEach(n -> deployedForms.add(
                        n.substring(n.lastIndexOf('/') + 1, n.length() - ".form".length()))));
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = task.getId();
                assertThat(task.getCamundaFormRef()).as(where + " formRef").isNotBlank().isIn(formIds)
                        .isIn(deployedForms);
                assertThat(task.getCamundaFormRefBinding()).as(where).isEqualTo("deployment");
                assertThat(task.getCamundaCandidateGroupsList()).as(where + " candidate groups").isNotEmpty()
                        .allSatisfy(group -> assertThat(identity.createGroupQuery().groupId(group).count())
                                .as(where + " group " + group).isEqualTo(1));
                assertThat(task.getDocumentations()).as(where + " documentation").isNotEmpty();
                assertThat(task.getName()).as(where + " name").isNotBlank();
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(start.getCamundaFormRef()).isIn(formIds).isIn(deployedForms);
                }
            }
        }
    }

    @Test
    void everyExpressionNamesABeanThatExists() throws IOException {
        for (Path diagram : diagrams) {
            Matcher beans = BEAN.matcher(Files.readString(diagram));
            List<String> missing = new ArrayList<>();
            while (beans.find()) {
                String name = beans.group(1);
                if (!ENGINE_NAMES.contains(name) && !spring.containsBean(name)) {
                    missing.add(name);
                }
            }
            assertThat(missing).as(diagram + ": expressions naming no bean").isEmpty();
        }
    }

    @Test
    void everyElementIsDrawnAndNamedAndEveryProcessHasRetentionAndAVersion() {
        for (BpmnModelInstance model : models()) {
            Set<String> shapes = ids(model.getModelElementsByType(BpmnShape.class), true);
            Set<String> edges = ids(model.getModelElementsByType(BpmnEdge.class), false);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as(node.getId() + " has a shape").contains(node.getId());
                if (!node.getElementType().getTypeName().endsWith("Gateway")
                        || node.getElementType().getTypeName().equals("exclusiveGateway")) {
                    assertThat(node.getName()).as(node.getId() + " has a name").isNotBlank();
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as(flow.getId() + " has an edge").contains(flow.getId());
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " TTL").isNotBlank();
                assertThat(process.getCamundaVersionTag()).as(process.getId() + " versionTag").isNotBlank();
                assertThat(process.isExecutable()).isTrue();
                // Only the lifecycle (a referral) and an amendment request (recorded by the conference
                // administrator) start from Tasklist; the others are started with a case and a conference.
                assertThat(process.isCamundaStartableInTasklist()).as(process.getId() + " startable in Tasklist")
                        .isEqualTo(Set.of("child-protection-case", "record-amendment").contains(process.getId()));
            }
        }
    }

    private static List<BpmnModelInstance> models() {
        return diagrams.stream().map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
    }

    private static Set<String> ids(Collection<? extends ModelElementInstance> diagramElements, boolean shapes) {
        Set<String> ids = new HashSet<>();
        for (ModelElementInstance element : diagramElements) {
            BaseElement target = shapes ? ((BpmnShape) element).getBpmnElement() : ((BpmnEdge) element).getBpmnElement();
            if (target != null) {
                ids.add(target.getId());
            }
        }
        return ids;
    }
}
