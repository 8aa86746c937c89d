package org.spinerad.distribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.report.internal.DicomWebClient;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.store.ReportStore;
import org.spinerad.testsupport.Orthanc;

/**
 * The PACS channel of the running framework against a real Orthanc: without
 * a PACS URL a final report is "not sent" with the reason; with the URL set in
 * the preferences at run time, a retry stores the SR.
 */
class DistributionPacsTest {

	@TempDir
	Path dir;

	@AfterEach
	void forget() throws Exception {
		ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl", null);
	}

	@Test
	void aFinalReportReachesThePacsOnceItsUrlIsSet() throws Exception {
		ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl", null);
		DistributionService service = Fixtures.service(DistributionService.class);
		Report report = Fixtures.signedFinal("pacs");
		Fixtures.service(ReportStore.class).save(report);
		service.distribute(report);
		assertTrue(Fixtures.reaches(service, report.getId(), "pacs", Stage.NOT_SENT), "" + service.states(report.getId()));
		assertTrue(Fixtures.state(service, report.getId(), "pacs").detail().startsWith("PACS not configured"));

		try (Orthanc orthanc = Orthanc.start(Files.createDirectories(dir.resolve("orthanc")))) {
			ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl", orthanc.dicomWeb().toString());
			ChannelState retried = service.retry(report.getId(), "pacs");
			assertEquals(Stage.DELIVERED, retried.stage(), retried.detail());
			assertEquals(Stage.DELIVERED, Fixtures.state(service, report.getId(), "pacs").stage());
			assertEquals(1, new DicomWebClient(orthanc.dicomWeb()).searchSeries(report.getStudy().getStudyInstanceUid())
					.size(), "one SR series on the PACS");
		}
	}
}
