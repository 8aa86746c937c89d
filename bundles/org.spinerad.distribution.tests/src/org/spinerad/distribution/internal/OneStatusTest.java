package org.spinerad.distribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.SrReference;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Addendum;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.fhir.FhirSettings;
import org.spinerad.pdf.PdfService;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.RisExport;
import org.spinerad.store.ReportStore;
import org.spinerad.testsupport.FhirPeer;
import org.spinerad.testsupport.MllpPeer;
import org.spinerad.testsupport.Orthanc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One status everywhere: a report signed final and then amended goes through
 * the distribution service of the running framework to every channel at once,
 * each against a real peer on loopback (an MLLP RIS, Orthanc, a FHIR server, a
 * PDF folder). Each peer ends with the amended state, has every step exactly
 * once, and the amended step names the final one.
 */
class OneStatusTest {

	private static final List<String> CHANNELS = List.of("fhir", "pacs", "pdf", "ris");

	@TempDir
	Path dir;

	@AfterEach
	void forget() throws Exception {
		Fixtures.risEndpoint(null, null);
		ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl", null);
		ServicePreferences.put(FhirSettings.NODE, "baseUrl", null);
		ServicePreferences.put("org.spinerad.pdf", "folder", null);
	}

	/** @return whether every channel has delivered the step */
	private static boolean delivered(DistributionService service, String reportId, String step)
			throws InterruptedException {
		return Fixtures.waitUntil(() -> {
			List<ChannelState> states = service.states(reportId);
			return states.stream().map(ChannelState::channel).sorted().toList().equals(CHANNELS) && states.stream()
					.allMatch(s -> s.step().equals(step) && s.stage() == Stage.DELIVERED);
		});
	}

	@Test
	void aFinalReportAndItsAddendumEndAmendedOnceOnEveryChannel() throws Exception {
		DistributionService service = Fixtures.service(DistributionService.class);
		ReportStore store = Fixtures.service(ReportStore.class);
		Fixtures.service(PdfService.class);
		assertTrue(Fixtures.waitUntil(() -> service.channels().stream().map(DistributionChannel::id).toList()
				.containsAll(CHANNELS)), "every channel is installed: " + service.channels());
		Path pdfs = dir.resolve("pdf");
		try (Orthanc orthanc = Orthanc.start(Files.createDirectories(dir.resolve("orthanc")));
				MllpPeer ris = new MllpPeer(); FhirPeer fhir = FhirPeer.start(dir.resolve("fhir"))) {
			Fixtures.risEndpoint("127.0.0.1", ris.port());
			ServicePreferences.put("org.spinerad.dicom.report", "pacsUrl", orthanc.dicomWeb().toString());
			ServicePreferences.put(FhirSettings.NODE, "baseUrl", fhir.baseUrl());
			ServicePreferences.put("org.spinerad.pdf", "folder", pdfs.toString());

			Report report = Fixtures.signedFinal("onestatus");
			store.save(report);
			service.distribute(report);
			assertTrue(delivered(service, report.getId(), "F"), "final: " + service.states(report.getId()));

			Addendum addendum = ReportFactory.eINSTANCE.createAddendum();
			addendum.setAuthor("Dr. Second Reader");
			addendum.setText("The L4 screw tip is 2 mm closer to the canal than stated.");
			addendum.setCreatedAt(new Date());
			report.getAddenda().add(addendum);
			report.setStatus(ReportStatus.AMENDED);
			report.setModifiedAt(addendum.getCreatedAt());
			store.save(report);
			service.distribute(report);
			assertTrue(delivered(service, report.getId(), "C1"), "amended: " + service.states(report.getId()));

			risHasFinalThenCorrected(ris, report);
			pacsHasTheAmendedSrNamingTheFinal(orthanc, store, report);
			fhirHasOneReportFinalThenAmended(fhir, report);
			pdfFolderHasBothStepsAndTheAmendedOneNamesTheFinal(pdfs, report);
		}
	}

	private static void risHasFinalThenCorrected(MllpPeer ris, Report report) throws Exception {
		List<String> controlIds = Fixtures.service(RisExport.class).entries(report.getId()).stream()
				.map(OutboxEntry::controlId).toList();
		assertEquals(2, controlIds.size(), "one ORU per step");
		List<String> messages = ris.received().stream()
				.filter(m -> controlIds.contains(MllpPeer.field(m, "MSH", 9))).toList();
		assertEquals(List.of("F", "C"), messages.stream().map(m -> MllpPeer.field(m, "OBR", 25)).toList(),
				"OBR-25 of each message, in order");
		assertEquals(MllpPeer.field(messages.get(0), "OBR", 3), MllpPeer.field(messages.get(1), "OBR", 3),
				"the correction names the same filler order as the final");
		assertEquals(MllpPeer.field(messages.get(0), "OBR", 2), MllpPeer.field(messages.get(1), "OBR", 2));
	}

	private void pacsHasTheAmendedSrNamingTheFinal(Orthanc orthanc, ReportStore store, Report report)
			throws Exception {
		List<Path> files = StoredSrs.download(orthanc, dir.resolve("stored"));
		assertEquals(2, files.size(), "the PACS holds one SR per step: " + files);
		List<String> recorded = StoredSrs.recorded(store, report.getId());
		assertEquals(List.of("F", "C1"), recorded.stream().map(r -> r.substring(0, r.indexOf('='))).toList());
		Map<String, Path> byUid = files.stream().collect(Collectors.toMap(
				f -> f.getFileName().toString().replace(".dcm", ""), Function.identity()));
		Path finalFile = byUid.get(recorded.get(0).substring(2));
		Path amendedFile = byUid.get(recorded.get(1).substring(3));
		DataSet finalSr = StoredSrs.read(finalFile);
		DataSet amendedSr = StoredSrs.read(amendedFile);

		for (DataSet sr : List.of(finalSr, amendedSr)) {
			assertEquals("COMPLETE", sr.getString(Tag.CompletionFlag));
			assertEquals("VERIFIED", sr.getString(Tag.VerificationFlag));
			assertEquals("FINAL", sr.getString(Tag.PreliminaryFlag));
		}
		assertEquals(1, finalSr.getSequence(Tag.VerifyingObserverSequence).size());
		assertEquals(2, amendedSr.getSequence(Tag.VerifyingObserverSequence).size(), "signer, then the addendum's author");
		assertNull(StoredSrs.predecessor(finalSr));
		assertEquals(new SrReference(finalSr.getString(Tag.StudyInstanceUID), finalSr.getString(Tag.SeriesInstanceUID),
				finalSr.getString(Tag.SOPClassUID), finalSr.getString(Tag.SOPInstanceUID)),
				StoredSrs.predecessor(amendedSr));

		String dump = StoredSrs.dcmtk("dcmdump", amendedFile);
		assertTrue(dump.contains("PredecessorDocumentsSequence"), dump);
		assertTrue(dump.contains(finalSr.getString(Tag.SOPInstanceUID)), dump);
		String tree = StoredSrs.dcmtk("dsrdump", amendedFile);
		// dsrdump shortens texts to their first characters
		assertTrue(tree.contains("\"Addendum\")=SEPARATE") && tree.contains("The L4 screw tip"), tree);
		assertTrue(tree.matches("(?s).*Predecessor Docs +: 1\n.*"), tree);
		assertFalse(StoredSrs.dcmtk("dsrdump", finalFile).contains("The L4 screw tip"));
	}

	private static void fhirHasOneReportFinalThenAmended(FhirPeer fhir, Report report) throws Exception {
		JsonNode found = fhirGet(fhir, "DiagnosticReport?identifier="
				+ URLEncoder.encode(report.getId(), StandardCharsets.UTF_8));
		List<String> reports = new ArrayList<>();
		found.path("entry").forEach(entry -> reports.add("DiagnosticReport/" + entry.path("resource").path("id").asText()));
		assertEquals(1, reports.size(), "one DiagnosticReport for the report: " + found);
		List<JsonNode> history = new ArrayList<>();
		fhirGet(fhir, reports.get(0) + "/_history").path("entry").forEach(entry -> history.add(entry.path("resource")));
		history.sort(Comparator.comparingInt(r -> r.path("meta").path("versionId").asInt()));
		assertEquals(List.of("final", "amended"), history.stream().map(r -> r.path("status").asText()).toList());
		for (JsonNode version : history) {
			assertEquals(reports.get(0), "DiagnosticReport/" + version.path("id").asText(), "the same resource");
			assertTrue(version.path("identifier").findValuesAsText("value").contains(report.getId()));
		}
		assertTrue(history.getLast().path("conclusion").asText().contains("closer to the canal"));
		assertFalse(history.getFirst().path("conclusion").asText().contains("closer to the canal"));
	}

	/** @return the JSON the FHIR server answers to a GET of {@code path} */
	private static JsonNode fhirGet(FhirPeer fhir, String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(fhir.baseUrl() + "/" + path))
						.header("Accept", "application/fhir+json").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertEquals(200, answer.statusCode(), path + ": " + answer.body());
		return new ObjectMapper().readTree(answer.body());
	}

	private static void pdfFolderHasBothStepsAndTheAmendedOneNamesTheFinal(Path pdfs, Report report)
			throws Exception {
		List<String> names;
		try (Stream<Path> files = Files.list(pdfs)) {
			names = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(report.getId() + "-"))
					.sorted().toList();
		}
		assertEquals(List.of(report.getId() + "-C1.pdf", report.getId() + "-F.pdf"), names);
		String amended = StoredSrs.pdfText(pdfs.resolve(report.getId() + "-C1.pdf")).replaceAll("\\s+", " ");
		assertTrue(amended.contains("AMENDED"), amended);
		assertTrue(amended.contains("This report amends the final report signed"), amended);
		assertTrue(amended.contains(report.getId() + "-F.pdf"), amended);
		assertFalse(StoredSrs.pdfText(pdfs.resolve(report.getId() + "-F.pdf")).contains("AMENDED"));
	}
}
