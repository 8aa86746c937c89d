package org.spinerad.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Orthanc PACS with its DICOMweb plugin (Debian packages orthanc,
 * orthanc-dicomweb), started for a test on free loopback ports with its own
 * storage, and stopped after it. It never touches a system Orthanc (4242/8042).
 */
public final class Orthanc implements AutoCloseable {

	private static final Path BINARY = Path.of("/usr/sbin/Orthanc");
	private static final List<Path> PLUGIN = List.of(Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so"),
			Path.of("/usr/lib/orthanc/libOrthancDicomWeb.so"));

	private final Process process;
	private final int httpPort;
	private final Path log;

	private Orthanc(Process process, int httpPort, Path log) {
		this.process = process;
		this.httpPort = httpPort;
		this.log = log;
	}

	/** Starts Orthanc in {@code dir} and waits (at most 30 s) until it answers. */
	public static Orthanc start(Path dir) throws Exception {
		if (!Files.isExecutable(BINARY)) {
			throw new AssertionError("Orthanc is missing at " + BINARY + ": install the Debian packages orthanc and orthanc-dicomweb "
					+ "(releng/scripts/setup.sh does this)");
		}
		Path plugin = PLUGIN.stream().filter(Files::exists).findFirst().orElse(null);
		if (plugin == null) {
			throw new AssertionError("the Orthanc DICOMweb plugin is missing at " + PLUGIN + ": install the Debian package orthanc-dicomweb");
		}
		int http = freePort();
		int dicom = freePort();
		Path config = dir.resolve("orthanc.json");
		Files.writeString(config, """
				{
				  "Name": "SPINERAD_TEST",
				  "StorageDirectory": "%s",
				  "IndexDirectory": "%s",
				  "HttpPort": %d,
				  "DicomPort": %d,
				  "DicomAet": "SPINERADTEST",
				  "RemoteAccessAllowed": false,
				  "AuthenticationEnabled": false,
				  "HttpBindAddress": "127.0.0.1",
				  "DicomBindAddress": "127.0.0.1",
				  "Plugins": [ "%s" ],
				  "DicomWeb": { "Enable": true, "Root": "/dicom-web/", "EnableWado": true }
				}
				""".formatted(dir.resolve("storage"), dir.resolve("index"), http, dicom, plugin));
		Path log = dir.resolve("orthanc.log");
		Process process = new ProcessBuilder(BINARY.toString(), config.toString()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		Orthanc orthanc = new Orthanc(process, http, log);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("Orthanc stopped at start:\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> r = client.send(
						HttpRequest.newBuilder(URI.create(orthanc.dicomWeb() + "/studies")).timeout(Duration.ofSeconds(2))
								.header("Accept", "application/dicom+json").build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 || r.statusCode() == 204) {
					return orthanc;
				}
			} catch (IOException e) {
				// not listening yet
			}
			process.waitFor(100, TimeUnit.MILLISECONDS);
		}
		orthanc.close();
		throw new AssertionError("Orthanc did not answer within 30 s:\n" + Files.readString(log));
	}

	/** @return the DICOMweb base URL */
	public URI dicomWeb() {
		return URI.create("http://127.0.0.1:" + httpPort + "/dicom-web");
	}

	/** @return Orthanc's own REST root */
	public URI rest() {
		return URI.create("http://127.0.0.1:" + httpPort);
	}

	public String log() throws IOException {
		return Files.readString(log);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}
}
