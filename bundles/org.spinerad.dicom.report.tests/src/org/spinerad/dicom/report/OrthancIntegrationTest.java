package org.spinerad.dicom.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.internal.DicomWebClient;
import org.spinerad.dicom.report.internal.DicomWebPacs;
import org.spinerad.dicom.report.internal.SrExporter;
import org.spinerad.dicom.report.internal.StowQueue;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.testsupport.Orthanc;

/**
 * Against a real Orthanc with DICOMweb on loopback: STOW-RS of an image and of
 * our SR, QIDO-RS finds them; a failed send is queued durably and a retry
 * stores it.
 */
class OrthancIntegrationTest {

	@TempDir
	static Path dir;

	static Orthanc orthanc;

	@BeforeAll
	static void start() throws Exception {
		orthanc = Orthanc.start(Files.createDirectories(dir.resolve("orthanc")));
	}

	@AfterAll
	static void stop() throws Exception {
		if (orthanc != null) {
			orthanc.close();
		}
	}

	@Test
	void storeWithStowAndFindWithQido() throws Exception {
		DicomWebClient client = new DicomWebClient(orthanc.dicomWeb());
		// import an MR image made by dump2dcm into a signed sample report, as the workstation does
		Path image = StudyFiles.write(dir.resolve("img"), "IM1", StudyFiles.STUDY, 1, 1);
		ImportedStudy imported = StudyImporter.create(SrExporterTest.ZONE).importFrom(image).studies().get(0);
		Report report = SrExporterTest.sample("INF-01", ReportStatus.FINAL);
		StudyImporter.create(SrExporterTest.ZONE).fill(report, imported);
		String study = report.getStudy().getStudyInstanceUid();
		assertEquals(StudyFiles.STUDY, study);
		StowResult imageResult = client.store(List.of(Files.readAllBytes(image)));
		assertTrue(imageResult.success(), imageResult + "\n" + orthanc.log());

		byte[] sr = new SrExporter(SrExporterTest.ZONE, SrExporterTest.CLOCK).toBytes(report);
		String srUid = DicomReader.read(sr).dataSet().getString(Tag.SOPInstanceUID);
		StowResult srResult = client.store(List.of(sr));
		assertTrue(srResult.success(), srResult.message());
		assertEquals(List.of(srUid), srResult.stored());

		List<WorklistStudy> found = client.searchStudies(StudyQuery.mr(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)));
		WorklistStudy hit = found.stream().filter(s -> s.studyInstanceUid().equals(study)).findFirst().orElse(null);
		assertNotNull(hit, found.toString());
		assertEquals("MÜLLER^JÜRGEN", hit.patientName());
		assertEquals(LocalDate.of(2026, 11, 2), hit.studyDate());
		assertEquals("ACC-77", hit.accessionNumber());
		assertTrue(hit.modalities().contains("MR"), hit.toString());
		assertTrue(client.searchStudies(StudyQuery.mr(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2))).isEmpty());

		List<SeriesSummary> series = client.searchSeries(study);
		assertTrue(series.stream().anyMatch(s -> "SR".equals(s.modality()) && Integer.valueOf(9001).equals(s.seriesNumber())),
				series.toString());
	}

	@Test
	void failedSendIsQueuedAndRetried() throws Exception {
		StowQueue queue = new StowQueue(dir.resolve("queue"));
		URI down = URI.create("http://127.0.0.1:" + Orthanc.freePort() + "/dicom-web");
		DicomWebPacs offline = new DicomWebPacs(() -> new DicomWebClient(down), queue, new SrExporter());
		Report report = SrExporterTest.sample("TUM-02", ReportStatus.FINAL);
		SendResult failed = offline.send(report);
		assertFalse(failed.stored());
		assertTrue(failed.message().contains("cannot connect"), failed.message());
		assertEquals(1, queue.list().size());
		assertEquals(report.getId(), queue.list().get(0).reportId());
		assertTrue(Files.exists(queue.folder().resolve(failed.sopInstanceUid() + ".dcm")));

		// refused by the server (wrong path): queued again, attempts counted
		DicomWebPacs wrong = new DicomWebPacs(() -> new DicomWebClient(orthanc.rest().resolve("/nothing-here")), queue,
				new SrExporter());
		SendResult refused = wrong.retry(queue.list().get(0));
		assertFalse(refused.stored());
		assertTrue(refused.message().contains("HTTP 404"), refused.message());
		assertEquals(2, queue.list().get(0).attempts());

		// a new queue object on the same folder (a restart) sees it, and a retry stores it
		DicomWebPacs online = new DicomWebPacs(() -> new DicomWebClient(orthanc.dicomWeb()),
				new StowQueue(dir.resolve("queue")), new SrExporter());
		List<SendResult> retried = online.retryAll();
		assertEquals(1, retried.size());
		assertTrue(retried.get(0).stored(), retried.get(0).message());
		assertEquals(failed.sopInstanceUid(), retried.get(0).sopInstanceUid(), "the same instance is sent again");
		assertTrue(online.failedQueue().isEmpty());
		assertTrue(new DicomWebClient(orthanc.dicomWeb()).searchSeries(report.getStudy().getStudyInstanceUid())
				.stream().anyMatch(s -> "SR".equals(s.modality())));
	}

	@Test
	void draftsAreNotSent() {
		DicomWebPacs pacs = new DicomWebPacs(() -> new DicomWebClient(orthanc.dicomWeb()),
				new StowQueue(dir.resolve("queue-drafts")), new SrExporter());
		SrExportException e = org.junit.jupiter.api.Assertions.assertThrows(SrExportException.class,
				() -> pacs.send(SrExporterTest.sample("INF-03", ReportStatus.DRAFT)));
		assertTrue(e.getMessage().contains("draft"), e.getMessage());
	}
}
