package uk.gov.childprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A normal stop closes the engine before the database: the application, started as it is shipped (its own H2
 * file database under ./data, the job executor running) with the demo, so that it is still writing the demo
 * cases and their documents, is stopped with SIGTERM, as a service manager stops it, and its log has no
 * "Database is already closed". H2's own shutdown hook used to close the file database while
 * Spring was still stopping the engine and the work in hand (application.yaml: DB_CLOSE_ON_EXIT=FALSE); without
 * that setting this very run logged the engine's ERROR "Database is already closed" 18 times.
 */
class CleanShutdownIT {

    @Test
    void aNormalStopClosesTheEngineBeforeTheDatabase(@TempDir Path workingDirectory) throws Exception {
        Path log = workingDirectory.resolve("application.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process application = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Xmx512m", ChildProtectionApplication.class.getName(), "--server.port=0",
                "--spring.profiles.active=demo", "--spring.main.banner-mode=off"))
                .directory(workingDirectory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!read(log).contains("Started ChildProtectionApplication")) {
                assertThat(application.isAlive()).as("the application starts:\n" + read(log)).isTrue();
                assertThat(System.nanoTime()).as("started within 240 s:\n" + read(log)).isLessThan(deadline);
                Thread.sleep(500);
            }
            // Stopped while the demo cases and their document jobs are still being written.
            Thread.sleep(2000);
        } finally {
            application.destroy();
        }
        assertThat(application.waitFor(120, TimeUnit.SECONDS)).as("stopped").isTrue();
        String output = read(log);
        // Only the symptom itself: the demo's loader, stopped half way, may report its own interrupted run.
        assertThat(output).as("the database outlived the engine:\n" + output)
                .doesNotContain("Database is already closed");
        assertThat(output).as("the engine and the pool were closed").contains("HikariPool-1 - Shutdown completed");
        assertThat(Files.exists(workingDirectory.resolve("data/cpc.mv.db"))).as("its own file database").isTrue();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
