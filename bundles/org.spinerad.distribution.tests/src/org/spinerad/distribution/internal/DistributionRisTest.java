package org.spinerad.distribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.distribution.internal.Fixtures.reaches;
import static org.spinerad.distribution.internal.Fixtures.state;
import static org.spinerad.distribution.internal.Fixtures.waitUntil;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.ris.RisExport;
import org.spinerad.store.ReportStore;
import org.spinerad.store.internal.FileReportStore;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;
import org.spinerad.testsupport.MllpPeer;

/**
 * The distribution service with the real RIS channel, outbox and MLLP client
 * of the running framework, against an MLLP peer on loopback; RIS settings are
 * changed as the Preferences dialog changes them, at run time.
 */
class DistributionRisTest {

	@TempDir
	Path dir;

	@AfterEach
	void forgetEndpoint() throws Exception {
		Fixtures.risEndpoint(null, null);
	}

	private DistributionServiceImpl service(ReportStore store) throws Exception {
		DistributionServiceImpl service = new DistributionServiceImpl(dir.resolve("distribution"),
				Fixtures.service(TemplateService.class), Fixtures.service(TemplateRegistry.class), store);
		DistributionChannel ris = Fixtures.service(DistributionService.class).channels().stream()
				.filter(c -> c.id().equals("ris")).findFirst().orElseThrow();
		service.addChannel(ris);
		assertTrue(waitUntil(() -> service.canRender(Fixtures.signedFinal("probe"))), "the postop template is installed");
		return service;
	}

	private static String controlId(Report report) {
		try {
			return Fixtures.service(RisExport.class).entries(report.getId()).getLast().controlId();
		} catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> receivedIds(MllpPeer peer) {
		return peer.received().stream().map(m -> MllpPeer.field(m, "MSH", 9)).toList();
	}

	@Test
	void withoutRisHostTheReportIsNotSentWithTheReasonAndLeavesWhenAHostIsSet() throws Exception {
		Fixtures.risEndpoint(null, null);
		DistributionService service = Fixtures.service(DistributionService.class);
		ReportStore store = Fixtures.service(ReportStore.class);
		Report report = Fixtures.signedFinal("nohost");
		store.save(report);
		List<ChannelState> recorded = service.distribute(report);
		assertTrue(recorded.stream().anyMatch(s -> s.channel().equals("ris") && s.stage() == Stage.PENDING), "" + recorded);

		assertTrue(reaches(service, report.getId(), "ris", Stage.NOT_SENT), "" + service.states(report.getId()));
		ChannelState notSent = state(service, report.getId(), "ris");
		assertTrue(notSent.detail().startsWith("RIS not configured"), notSent.detail());
		assertEquals("F", notSent.step());

		// the radiologist sets the RIS in the preferences: no restart, no re-signing
		try (MllpPeer ris = new MllpPeer()) {
			Fixtures.risEndpoint("127.0.0.1", ris.port());
			assertTrue(reaches(service, report.getId(), "ris", Stage.DELIVERED), "" + service.states(report.getId()));
			assertEquals(List.of(controlId(report)), receivedIds(ris).stream().filter(controlId(report)::equals).toList(),
					"delivered once");
		}
	}

	@Test
	void aChangedRisPortTakesEffectOnTheNextSend() throws Exception {
		DistributionService service = Fixtures.service(DistributionService.class);
		ReportStore store = Fixtures.service(ReportStore.class);
		try (MllpPeer first = new MllpPeer(); MllpPeer second = new MllpPeer()) {
			Fixtures.risEndpoint("127.0.0.1", first.port());
			Report one = Fixtures.signedFinal("port1");
			store.save(one);
			service.distribute(one);
			assertTrue(reaches(service, one.getId(), "ris", Stage.DELIVERED), "" + service.states(one.getId()));

			Fixtures.risEndpoint("127.0.0.1", second.port());
			Report two = Fixtures.signedFinal("port2");
			store.save(two);
			service.distribute(two);
			assertTrue(reaches(service, two.getId(), "ris", Stage.DELIVERED), "" + service.states(two.getId()));
			assertTrue(receivedIds(first).contains(controlId(one)));
			assertFalse(receivedIds(first).contains(controlId(two)), "the first RIS did not get the second report");
			assertTrue(receivedIds(second).contains(controlId(two)), "the second report went to the new port");
		}
	}

	@Test
	void aSignedReportSavedButNeverQueuedIsQueuedWhenTheServiceStarts() throws Exception {
		FileReportStore store = new FileReportStore(dir.resolve("store"));
		new Ledger(dir.resolve("distribution")).baseline(); // the workstation has run with distribution before
		Report report = Fixtures.signedFinal("crash");
		store.save(report); // the workstation died here, before queueing
		try (MllpPeer ris = new MllpPeer()) {
			Fixtures.risEndpoint("127.0.0.1", ris.port());
			DistributionServiceImpl started = service(store);
			try {
				assertEquals(List.of(), started.states(report.getId()), "nothing recorded before the start");
				assertEquals(1, started.recover());
				assertTrue(reaches(started, report.getId(), "ris", Stage.DELIVERED), "" + started.states(report.getId()));
				assertEquals(0, started.recover(), "a queued report is not queued again");
				assertTrue(store.auditTrail(report.getId()).stream()
						.anyMatch(e -> e.action().equals("exported") && e.detail().startsWith("ris ")),
						"the export is in the audit trail: " + store.auditTrail(report.getId()));
			} finally {
				started.close();
			}
			DistributionServiceImpl restarted = service(store);
			try {
				assertEquals(0, restarted.recover(), "nor after the next start");
				assertEquals(1, receivedIds(ris).stream().filter(controlId(report)::equals).count());
			} finally {
				restarted.close();
			}
		}
	}

	@Test
	void reportsSignedBeforeTheFirstStartAreNotSentAgain() throws Exception {
		FileReportStore store = new FileReportStore(dir.resolve("store"));
		Report old = Fixtures.signedFinal("old");
		old.setSignedAt(java.util.Date.from(java.time.Instant.now().minusSeconds(3600)));
		store.save(old); // signed and sent by an earlier version, which kept no ledger
		DistributionServiceImpl first = service(store);
		try {
			assertEquals(0, first.recover(), "an upgrade does not send every signed report again");
			assertEquals(List.of(), first.states(old.getId()));
		} finally {
			first.close();
		}
	}

	@Test
	void aRecordCutShortBeforeQueueingIsQueuedAtStart() throws Exception {
		FileReportStore store = new FileReportStore(dir.resolve("store"));
		Report report = Fixtures.signedFinal("pending");
		store.save(report);
		// recorded as pending, then the process died before the channels were reached
		new Ledger(dir.resolve("distribution")).write(report.getId(), "F",
				List.of(new ChannelState(report.getId(), "ris", "RIS", "F", Stage.PENDING, "", null)));
		try (MllpPeer ris = new MllpPeer()) {
			Fixtures.risEndpoint("127.0.0.1", ris.port());
			DistributionServiceImpl started = service(store);
			try {
				assertEquals(1, started.recover());
				assertTrue(reaches(started, report.getId(), "ris", Stage.DELIVERED), "" + started.states(report.getId()));
			} finally {
				started.close();
			}
		}
	}

	@Test
	void aTemplateThatCannotRenderLeavesTheReportNotSentWithTheReason() throws Exception {
		FileReportStore store = new FileReportStore(dir.resolve("store"));
		Report report = Fixtures.signedFinal("norender");
		report.setTemplateId("org.spinerad.templates.missing");
		store.save(report);
		DistributionServiceImpl service = service(store);
		try {
			service.distribute(report);
			assertTrue(reaches(service, report.getId(), "ris", Stage.NOT_SENT));
			assertTrue(state(service, report.getId(), "ris").detail().contains("could not be rendered"),
					state(service, report.getId(), "ris").detail());
			assertTrue(Fixtures.service(RisExport.class).entries(report.getId()).isEmpty(), "nothing half-queued");
		} finally {
			service.close();
		}
	}
}
