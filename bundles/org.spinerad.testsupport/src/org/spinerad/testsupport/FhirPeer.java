package org.spinerad.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real FHIR R4 server for tests: HAPI's RestfulServer on Jetty with
 * resources in memory and HAPI's instance validator behind
 * {@code [base]/Type/$validate} (module releng/org.spinerad.fhirpeer), run as
 * a separate plain JVM on a loopback port. A test bundle that starts it holds
 * a file named {@code fhir-peer.properties}; the build then makes the module
 * first and tells the test runtime where it is (system property
 * {@code spinerad.fhirpeer.dir}).
 */
public final class FhirPeer implements AutoCloseable {

	/** System property: the folder of the module releng/org.spinerad.fhirpeer. */
	public static final String DIR_PROPERTY = "spinerad.fhirpeer.dir";

	private final Process process;
	private final String baseUrl;
	private final Path log;

	private FhirPeer(Process process, String baseUrl, Path log) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	/** Starts the server on a free port, logging to {@code dir/fhir-peer.log}, and waits until it listens. */
	public static FhirPeer start(Path dir) throws IOException {
		return start(dir, 0);
	}

	/**
	 * Starts the server on a given port (0: a free one), e.g. again on the port
	 * of a stopped server, and waits until it listens.
	 */
	public static FhirPeer start(Path dir, int port) throws IOException {
		Path module = module();
		Path classpathFile = module.resolve("target/peer.classpath");
		if (!Files.isRegularFile(classpathFile)) {
			throw new AssertionError("the FHIR test server is not built: " + classpathFile + " is missing; build "
					+ module + " first (./mvnw verify builds it before every bundle holding fhir-peer.properties)");
		}
		String classpath = module.resolve("target/classes") + File.pathSeparator
				+ Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
		Files.createDirectories(dir);
		Path log = dir.resolve("fhir-peer.log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "org.spinerad.fhirpeer.PeerServer",
				Integer.toString(port)));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		String prefix = "FHIR peer at ";
		if (line == null || !line.startsWith(prefix)) {
			process.destroyForcibly();
			throw new AssertionError("the FHIR test server did not start (" + line + "):\n" + Files.readString(log));
		}
		return new FhirPeer(process, line.substring(prefix.length()).strip(), log);
	}

	/** @return the base URL, e.g. {@code http://127.0.0.1:40123/fhir} */
	public String baseUrl() {
		return baseUrl;
	}

	/** @return the port it listens on */
	public int port() {
		return java.net.URI.create(baseUrl).getPort();
	}

	/** @return what the server logged (warnings and errors) */
	public String log() throws IOException {
		return Files.readString(log);
	}

	/** Stops the server (its resources are gone) and waits until the port is free. */
	@Override
	public void close() throws IOException, InterruptedException {
		process.getOutputStream().close();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static Path module() {
		String dir = System.getProperty(DIR_PROPERTY);
		if (dir != null && !dir.isBlank()) {
			return Path.of(dir);
		}
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path candidate = p.resolve("releng/org.spinerad.fhirpeer");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new AssertionError("cannot find releng/org.spinerad.fhirpeer: set the system property " + DIR_PROPERTY);
	}
}
