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
 * file database under ./data, the job executor running), is stopped with SIGTERM, as a service manager stops
 * it, and its log has no "Database is already closed" and no error. H2's own shutdown hook used to close the
 * file database while Spring was still stopping the engine (application.yaml: DB_CLOSE_ON_EXIT=FALSE).
 */
class CleanShutdownIT {

    @Test
    void aNormalStopClosesTheEngineBeforeTheDatabase(@TempDir Path workingDirectory) throws Exception {
        Path log = workingDirectory.resolve("application.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process application = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Xmx512m", ChildProtectionApplication.class.getName(), "--server.port=0",
                "--cpc.admin.required=false", "--spring.main.banner-mode=off"))
                .directory(workingDirectory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!read(log).contains("Started ChildProtectionApplication")) {
                assertThat(application.isAlive()).as("the application starts:\n" + read(log)).isTrue();
                assertThat(System.nanoTime()).as("started within 240 s:\n" + read(log)).isLessThan(deadline);
                Thread.sleep(500);
            }
            // Let the job executor acquire at least once, as it does on a running node.
            Thread.sleep(3000);
        } finally {
            application.destroy();
        }
        assertThat(application.waitFor(120, TimeUnit.SECONDS)).as("stopped").isTrue();
        String output = read(log);
        assertThat(output).as("the database outlived the engine:\n" + output)
                .doesNotContain("Database is already closed")
                .doesNotContain(" ERROR ");
        assertThat(Files.exists(workingDirectory.resolve("data/cpc.mv.db"))).as("its own file database").isTrue();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
