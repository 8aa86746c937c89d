package org.spinerad.distribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.PacsService;
import org.spinerad.dicom.report.QueuedSend;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.store.ReportStore;
import org.spinerad.testsupport.Orthanc;

/**
 * The PACS channel makes one SR instance per signed step: sending a step
 * again (the PACS was down, the user retried) sends the same instance, and
 * the SR of the addendum names the final SR as its predecessor even when the
 * final one was still waiting in the failed queue.
 */
class PacsStepsTest {

	@TempDir
	Path dir;

	@AfterEach
	void forget() throws Exception {
		ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl", null);
	}

	private static List<QueuedSend> queued(String reportId) throws Exception {
		return Fixtures.service(PacsService.class).failedQueue().stream().filter(q -> reportId.equals(q.reportId()))
				.toList();
	}

	@Test
	void aRetriedStepIsTheSameInstanceAndTheAddendumNamesIt() throws Exception {
		DistributionService service = Fixtures.service(DistributionService.class);
		ReportStore store = Fixtures.service(ReportStore.class);
		ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl",
				"http://127.0.0.1:" + Orthanc.freePort() + "/dicom-web"); // nothing listens there
		Report report = Fixtures.signedFinal("pacsstep");
		store.save(report);
		service.distribute(report);
		assertTrue(Fixtures.reaches(service, report.getId(), "pacs", Stage.QUEUED), "" + service.states(report.getId()));
		ChannelState again = service.retry(report.getId(), "pacs");
		assertEquals(Stage.QUEUED, again.stage(), again.detail());
		List<String> recorded = StoredSrs.recorded(store, report.getId());
		assertEquals(1, recorded.size(), "one SR made for F: " + recorded);
		List<QueuedSend> waiting = queued(report.getId());
		assertEquals(1, waiting.size(), "the retry queued no second SR: " + waiting);
		assertEquals(2, waiting.get(0).attempts());
		assertEquals(recorded.get(0), "F=" + waiting.get(0).sopInstanceUid());

		try (Orthanc orthanc = Orthanc.start(Files.createDirectories(dir.resolve("orthanc")))) {
			ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl", orthanc.dicomWeb().toString());
			Addendum addendum = ReportFactory.eINSTANCE.createAddendum();
			addendum.setAuthor("Dr. Second Reader");
			addendum.setText("Retrolisthesis of L4 on L5 by 3 mm.");
			addendum.setCreatedAt(new Date());
			report.getAddenda().add(addendum);
			report.setStatus(ReportStatus.AMENDED);
			store.save(report);
			service.distribute(report);
			assertTrue(Fixtures.waitUntil(() -> {
				ChannelState s = Fixtures.state(service, report.getId(), "pacs");
				return s != null && s.step().equals("C1") && s.stage() == Stage.DELIVERED;
			}), "" + service.states(report.getId()));
			assertEquals(List.of(), queued(report.getId()), "the final SR left the queue with the addendum");
			assertEquals(Stage.DELIVERED, service.retry(report.getId(), "pacs").stage(), "sent once more");

			recorded = StoredSrs.recorded(store, report.getId());
			assertEquals(2, recorded.size(), "" + recorded);
			List<Path> files = StoredSrs.download(orthanc, dir.resolve("stored"));
			assertEquals(2, files.size(), "one instance per step, whatever the retries: " + files);
			String finalUid = recorded.get(0).substring("F=".length());
			String amendedUid = recorded.get(1).substring("C1=".length());
			DataSet amended = StoredSrs.read(dir.resolve("stored").resolve(amendedUid + ".dcm"));
			assertEquals(finalUid, StoredSrs.predecessor(amended).sopInstanceUid());
			DataSet fin = StoredSrs.read(dir.resolve("stored").resolve(finalUid + ".dcm"));
			assertEquals(fin.getString(Tag.SeriesInstanceUID), StoredSrs.predecessor(amended).seriesInstanceUid());
		}
	}
}
