package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ReportIO;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisExport;
import org.spinerad.ris.RisSettings;
import org.spinerad.ris.internal.cli.ExportHl7Command;
import org.spinerad.samples.SampleCases;

import ca.uhn.hl7v2.util.Terser;

/** {@code cli export-hl7}: writing the message, and sending it to a RIS stand-in on loopback. */
class ExportHl7CommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private CommandContext context() {
		return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path reportFile(Report report) throws Exception {
		Path file = dir.resolve("report.json");
		ReportIO.write(report, file);
		return file;
	}

	private int run(String... args) throws Exception {
		return new ExportHl7Command().run(List.of(args), context());
	}

	@Test
	void writesTheMessageOnlyWithOut() throws Exception {
		Report report = TestReports.signed("INF-01", ReportStatus.FINAL);
		reportFile(report);
		String text = TestReports.text(report);
		Files.writeString(dir.resolve("report.txt"), text);
		assertEquals(CliCommand.OK, run("--report", "report.json", "--text", "report.txt", "--out", "out.hl7",
				"--control-id", "CLI-1"));
		String message = Files.readString(dir.resolve("out.hl7"), StandardCharsets.UTF_8);
		MessageChecks.assertOru(MessageChecks.parse(message), report, ResultStatus.FINAL, "CLI-1", text,
				RisSettings.fromSystemProperties());
		assertTrue(err().contains("wrote ORU^R01 (F), control id CLI-1"), err());
		assertEquals("", out());
	}

	@Test
	void withoutATemplateTheImpressionIsSentAndThatIsSaid() throws Exception {
		Report report = TestReports.signed("TUM-01", ReportStatus.AMENDED);
		reportFile(report);
		assertEquals(CliCommand.OK, run("--report", "report.json", "--out", "out.hl7"));
		assertTrue(err().contains("is not installed; sending a plain text built from the impression"), err());
		String message = Files.readString(dir.resolve("out.hl7"), StandardCharsets.UTF_8);
		Terser terser = new Terser(MessageChecks.parse(message));
		assertEquals("C", terser.get("/.OBR-25"));
		assertTrue(message.contains("|IMPRESSION:|"), message);
		assertTrue(message.contains("|ADDENDUM "), "the addendum travels with a corrected report");
	}

	@Test
	void sendsAndPrintsTheAcknowledgement() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			Report report = TestReports.signed("POST-03", ReportStatus.PRELIMINARY);
			reportFile(report);
			Files.writeString(dir.resolve("report.txt"), "Preliminary report text");
			assertEquals(CliCommand.OK, run("--report", "report.json", "--text", "report.txt", "--host", "127.0.0.1",
					"--port", Integer.toString(peer.port()), "--control-id", "CLI-2"));
			assertTrue(out().contains("MSA|AA|CLI-2"), out());
			assertTrue(out().startsWith("MSH|"), "one segment a line: " + out());
			assertTrue(err().contains("acknowledged (AA)"), err());
			assertEquals(1, peer.receptions().size());
			MessageChecks.assertOru(peer.receptions().get(0).parsed(), report, ResultStatus.PRELIMINARY, "CLI-2",
					"Preliminary report text", RisSettings.fromSystemProperties());
		}
	}

	@Test
	void anErrorAcknowledgementIsExitCodeOneWithTheReason() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			peer.inject(MllpPeer.Fault.AE);
			reportFile(TestReports.signed("INF-03", ReportStatus.FINAL));
			CliException e = assertThrows(CliException.class, () -> run("--report", "report.json", "--text",
					"report.json", "--host", "127.0.0.1", "--port", Integer.toString(peer.port()), "--control-id",
					"CLI-3"));
			assertTrue(e.getMessage().contains("rejected message CLI-3 (AE): Unknown accession number"), e.getMessage());
			assertTrue(out().contains("MSA|AE|CLI-3"), "the acknowledgement is printed: " + out());
		}
	}

	@Test
	void noAcknowledgementIsExitCodeOneWithAHintToRepeat() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			Thread reader = new Thread(() -> {
				try (Socket s = silent.accept(); InputStream in = s.getInputStream()) {
					in.readAllBytes();
				} catch (IOException e) {
					// closed
				}
			});
			reader.setDaemon(true);
			reader.start();
			reportFile(TestReports.signed("INF-03", ReportStatus.FINAL));
			CliException e = assertThrows(CliException.class, () -> run("--report", "report.json", "--text",
					"report.json", "--host", "127.0.0.1", "--port", Integer.toString(silent.getLocalPort()),
					"--ack-timeout", "0.5", "--control-id", "CLI-4"));
			assertTrue(e.getMessage().contains("no acknowledgement"), e.getMessage());
			assertTrue(e.getMessage().contains("repeat with --control-id CLI-4"), e.getMessage());
		}
	}

	@Test
	void badInputIsAUserError() throws Exception {
		reportFile(SampleCases.load("INF-01"));
		assertTrue(assertThrows(CliException.class, () -> run("--report", "report.json", "--out", "x.hl7"))
				.getMessage().contains("sign it"));
		assertTrue(assertThrows(CliException.class, () -> run("--report", "report.json")).getMessage()
				.contains("--host and --port to send, or --out"));
		assertTrue(assertThrows(CliException.class, () -> run("--report", "report.json", "--host", "h"))
				.getMessage().contains("go together"));
		reportFile(TestReports.signed("INF-01", ReportStatus.FINAL));
		assertTrue(assertThrows(CliException.class,
				() -> run("--report", "report.json", "--out", "x.hl7", "--control-id", "not valid")).getMessage()
				.contains("control id"));
		assertTrue(assertThrows(CliException.class,
				() -> run("--report", "report.json", "--host", "h", "--port", "99999")).getMessage()
				.contains("out of range"));
	}

	@Test
	void theCommandAndTheExportAreDeclarativeServices() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ExportHl7Command.class).getBundleContext();
		ServiceTracker<RisExport, RisExport> exports = new ServiceTracker<>(context, RisExport.class, null);
		ServiceTracker<CliCommand, CliCommand> commands = new ServiceTracker<>(context, CliCommand.class, null);
		exports.open();
		commands.open();
		try {
			RisExport export = exports.waitForService(10_000);
			assertNotNull(export, "the RIS export is registered");
			assertTrue(export.outboxFolder().isAbsolute());
			assertEquals(RisSettings.fromSystemProperties(), export.settings());
			assertNotNull(commands.waitForService(10_000));
			CliCommand command = java.util.Arrays.stream(commands.getServices(new CliCommand[0]))
					.filter(c -> c.name().equals("export-hl7")).findFirst().orElseThrow();
			reportFile(TestReports.signed("TUM-02", ReportStatus.FINAL));
			assertEquals(CliCommand.OK, command.run(List.of("--report", "report.json", "--out", "s.hl7"), context()));
			assertTrue(Files.exists(dir.resolve("s.hl7")));
		} finally {
			exports.close();
			commands.close();
		}
	}

	@Test
	void anEmptyHostIsAUserErrorAndNothingIsSentOrWritten() throws Exception {
		reportFile(TestReports.signed("INF-01", ReportStatus.FINAL));
		CliException empty = assertThrows(CliException.class,
				() -> run("--report", "report.json", "--host", "", "--port", "2575"));
		assertTrue(empty.getMessage().startsWith("export-hl7: option --host is empty"), empty.getMessage());
		assertThrows(CliException.class, () -> run("--report", "report.json", "--out", " "));
		assertEquals("", out());
	}

	@Test
	void aFinalThatFailsTheChecksOfSigningIsNeitherSentNorWritten() throws Exception {
		Report report = TestReports.signed("TUM-01", ReportStatus.FINAL);
		OruMessageBuilderTest.collapse(report, -5000);
		reportFile(report);
		Files.writeString(dir.resolve("report.txt"), TestReports.text(report));
		CliException refused = assertThrows(CliException.class,
				() -> run("--report", "report.json", "--text", "report.txt", "--out", "out.hl7"));
		assertTrue(refused.getMessage().contains("fails the checks of signing"), refused.getMessage());
		assertTrue(refused.getMessage().contains("-5000"), refused.getMessage());
		assertTrue(Files.notExists(dir.resolve("out.hl7")));
	}
}
