package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.ris.internal.TestReports.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisSettings;
import org.spinerad.samples.SampleCases;
import org.spinerad.testsupport.JvmClasspath;

import ca.uhn.hl7v2.util.Terser;

/**
 * The workstation is killed (SIGKILL, a separate JVM) while the RIS holds the
 * acknowledgement of a message; a new outbox on the same folder finishes the
 * work, and every report reaches the RIS exactly once as final.
 */
class OutboxCrashTest {

	@TempDir
	Path dir;

	@Test
	void aKilledWorkstationLosesNothingAndDeliversEveryFinalOnce() throws Exception {
		RisSettings unused = RisSettings.defaults();
		Map<String, Report> reports = new HashMap<>();
		List<String> queued = new ArrayList<>();
		try (Outbox outbox = Outbox.open(dir, new MllpClient(unused), () -> unused)) {
			for (String caseId : SampleCases.IDS) {
				Report report = TestReports.signed(caseId, ReportStatus.FINAL);
				reports.put(report.getId(), report);
				OruMessageBuilder builder = new OruMessageBuilder(unused);
				OutboxEntry entry = outbox.enqueue(new Outbox.Request(report.getId(),
						report.getStudy().getAccessionNumber(), ResultStatus.FINAL, 0),
						id -> builder.build(report, TestReports.text(report), ResultStatus.FINAL, id, Instant.now()));
				queued.add(entry.controlId());
			}
		}
		try (MllpPeer peer = MllpPeer.start()) {
			peer.inject(MllpPeer.Fault.NONE, MllpPeer.Fault.NONE, MllpPeer.Fault.NONE, MllpPeer.Fault.NONE,
					MllpPeer.Fault.HOLD_ACK);
			String classpath = JvmClasspath.of(OutboxCrashTest.class, "org.spinerad.ris", "org.spinerad.ris.tests", "org.spinerad.model",
					"org.eclipse.emf.common", "org.eclipse.emf.ecore", "ca.uhn.hapi.base",
					"ca.uhn.hapi.structures.v251", "slf4j.api", "slf4j.nop", "org.apache.commons.lang3");
			Path java = Path.of(System.getProperty("java.home"), "bin", "java");
			Process child = new ProcessBuilder(java.toString(), "-cp", classpath, OutboxRunner.class.getName(),
					dir.toString(), "127.0.0.1", Integer.toString(peer.port()))
					.redirectOutput(dir.resolveSibling(dir.getFileName() + "-runner.log").toFile())
					.redirectError(ProcessBuilder.Redirect.INHERIT).start();
			try {
				assertTrue(peer.awaitHeld(60), "the workstation delivered up to the fifth message");
				child.destroyForcibly(); // SIGKILL while the fifth waits for its acknowledgement
				assertTrue(child.waitFor(30, TimeUnit.SECONDS));
				assertEquals(137, child.exitValue(), "killed by SIGKILL");
			} finally {
				child.destroyForcibly();
				peer.release();
			}
			assertEquals(queued.subList(0, 5), peer.receptions().stream().map(MllpPeer.Reception::controlId).toList());

			RisSettings settings = OutboxTest.fast(peer.port());
			try (Outbox restarted = Outbox.open(dir, new MllpClient(settings), () -> settings)) {
				List<OutboxEntry> recovered = restarted.entries();
				assertEquals(queued, recovered.stream().map(OutboxEntry::controlId).toList(), "nothing lost");
				assertEquals(4, recovered.stream().filter(e -> e.state() == DeliveryState.ACKNOWLEDGED).count());
				OutboxEntry inFlight = recovered.get(4);
				assertEquals(DeliveryState.QUEUED, inFlight.state(), "cut short by the kill, queued again");
				assertTrue(inFlight.possiblyDelivered());
				restarted.start();
				assertTrue(waitUntil(() -> restarted.entries().stream()
						.allMatch(e -> e.state() == DeliveryState.ACKNOWLEDGED), Duration.ofSeconds(60)),
						"all acknowledged after the restart");
			}

			Map<String, Integer> counts = peer.receivedCounts();
			assertEquals(2, counts.get(queued.get(4)), "only the message in flight was sent again, same control id");
			for (int i = 0; i < queued.size(); i++) {
				if (i != 4) {
					assertEquals(1, counts.get(queued.get(i)), "message " + i);
				}
			}
			Map<String, Set<String>> finalControlIdsByReport = new HashMap<>();
			for (MllpPeer.Reception reception : peer.receptions()) {
				Terser terser = new Terser(reception.parsed());
				assertEquals("F", terser.get("/.OBR-25"));
				String accession = terser.get("/.OBR-3-1");
				Report report = reports.values().stream()
						.filter(r -> r.getStudy().getAccessionNumber().equals(accession)).findFirst().orElseThrow();
				MessageChecks.assertOru(reception.parsed(), report, ResultStatus.FINAL, reception.controlId(),
						TestReports.text(report), settings);
				finalControlIdsByReport.computeIfAbsent(report.getId(), k -> new HashSet<>())
						.add(reception.controlId());
			}
			assertEquals(reports.keySet(), finalControlIdsByReport.keySet(), "every report arrived");
			finalControlIdsByReport.forEach((report, ids) -> assertEquals(1, ids.size(),
					report + " travelled as final under one control id"));
			assertEquals(reports.size(), peer.deliveries().size(), "the RIS took in each report exactly once");
		}
	}
}
