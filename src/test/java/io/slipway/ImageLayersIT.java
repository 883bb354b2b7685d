package io.slipway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's steps, run without Docker (this machine has none): its first stage's {@code RUN} splits the
 * production jar into layers, its second stage copies the layers in the order it names and starts its
 * {@code ENTRYPOINT}; Slipway must then answer UP. The base image and the user switch are left to a real build.
 */
class ImageLayersIT {

    private static final Pattern RUN_EXTRACT = Pattern.compile("^RUN (java -Djarmode=tools .*)$", Pattern.MULTILINE);
    private static final Pattern COPY_LAYER =
            Pattern.compile("^COPY --from=layers /build/(\\S+?)/? \\./$", Pattern.MULTILINE);
    private static final Pattern ENTRYPOINT = Pattern.compile("^ENTRYPOINT \\[(.*)]$", Pattern.MULTILINE);

    private Path work;
    private Process slipway;

    @AfterEach
    void stop() throws Exception {
        if (slipway != null) {
            slipway.destroy();
            if (!slipway.waitFor(30, TimeUnit.SECONDS)) {
                slipway.destroyForcibly().waitFor();
            }
        }
        if (work != null) {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    void theImagesLayersStartSlipway() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Path jar = Path.of(System.getProperty("slipway.jar"));
        work = Files.createTempDirectory("slipway-image");
        Path build = Files.createDirectories(work.resolve("build"));
        Files.copy(jar, build.resolve("slipway.jar"));

        // Stage 1, as written: the jar's own tools split it into layers
        Matcher extract = RUN_EXTRACT.matcher(dockerfile);
        assertThat(extract.find()).as("the Dockerfile's layer extraction").isTrue();
        run(build, words(extract.group(1)));

        // Stage 2: the layers in the Dockerfile's order, one over the other, as COPY does
        Path app = Files.createDirectories(work.resolve("app"));
        Matcher copy = COPY_LAYER.matcher(dockerfile);
        List<String> layers = new ArrayList<>();
        while (copy.find()) {
            layers.add(copy.group(1));
            copyTree(build.resolve(copy.group(1)), app);
        }
        assertThat(layers)
                .as("the layers the image copies")
                .containsExactly(
                        "extracted/dependencies",
                        "extracted/spring-boot-loader",
                        "extracted/snapshot-dependencies",
                        "extracted/application");

        Matcher entrypoint = ENTRYPOINT.matcher(dockerfile);
        assertThat(entrypoint.find()).as("the Dockerfile's ENTRYPOINT").isTrue();
        List<String> command = new ArrayList<>();
        for (String part : entrypoint.group(1).split(",")) {
            command.add(part.strip().replace("\"", ""));
        }
        assertThat(command.getFirst()).isEqualTo("java");
        command.set(0, javaExecutable());
        int port = freePort();
        command.addAll(List.of(
                "--server.port=" + port,
                "--slipway.data-dir=" + work.resolve("data"),
                "--slipway.kubernetes.mode=embedded",
                "--slipway.demo.enabled=false"));
        Path log = Path.of("target", "slipway-image-layers.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HOME", work.toString());
        slipway = builder.start();

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        await("Slipway started from the image's layers answers UP; log: " + log.toAbsolutePath())
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(slipway.isAlive()).as("Slipway runs; see " + log).isTrue();
                    try {
                        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("\"UP\"");
                    } catch (IOException notYet) {
                        return false;
                    }
                });
        assertThat(Files.readString(log)).contains("production mode");
    }

    private static void run(Path directory, List<String> command) throws Exception {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, javaExecutable());
        Process process = new ProcessBuilder(resolved)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }

    private static List<String> words(String line) {
        return List.of(line.strip().split("\\s+"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
