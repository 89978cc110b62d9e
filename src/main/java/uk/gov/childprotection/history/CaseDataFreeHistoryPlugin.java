package uk.gov.childprotection.history;

import java.util.ArrayList;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * No case data in the engine's history (DESIGN.md: "Business data never reaches the engine's history"): the
 * engine writes its history through {@link CaseDataFreeHistoryHandler} instead of straight to the database,
 * and refuses task and process comments and attachments.
 *
 * <p>Why a filtering handler at history level {@code full} rather than a lower or a custom history level:
 * <ul>
 * <li>{@code activity} (or {@code audit}) would still keep every variable's last value in ACT_HI_VARINST, and
 * {@code none} would lose who did which task when, which the history is for;</li>
 * <li>a custom history level can only say yes or no to a whole event: it cannot keep a failed job's log entry
 * or incident without its message, nor a decision's evaluation without its values. And it has an id of its own,
 * which the engine records in ACT_GE_PROPERTY: every existing database, at level full (3), would then refuse
 * to start ("historyLevel mismatch") until someone edited that row by hand. A handler changes only what is
 * written from now on; the database, the level and Cockpit's history views stay as they were.</li>
 * </ul>
 *
 * <p>Comments (ACT_HI_COMMENT, Tasklist's "Add comment") and attachments (ACT_HI_ATTACHMENT with their content
 * in ACT_GE_BYTEARRAY) are free text and files about the case that the engine keeps as history, outside every
 * case rule and the case record. They are refused, with a message that says where such notes belong; reading
 * and deleting any left from before still work.
 */
@Component
class CaseDataFreeHistoryPlugin extends AbstractProcessEnginePlugin {

    static final String NO_COMMENTS = "Comments and attachments are not kept on tasks or processes: they would "
            + "stay in the engine's history for years, outside the case record. Write notes in the task's form "
            + "(they go into the case record).";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The default handler would also write every event unfiltered: switched off, and wrapped instead.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new CaseDataFreeHistoryHandler(new DbHistoryEventHandler()));

        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new NoCommentsOrAttachments());
    }

    private static final class NoCommentsOrAttachments extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd
                    || command instanceof CreateAttachmentCmd || command instanceof SaveAttachmentCmd) {
                throw new BadUserRequestException(NO_COMMENTS);
            }
            return next.execute(command);
        }
    }
}
