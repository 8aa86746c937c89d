package org.spinerad.fhir.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.Rendition;
import org.spinerad.fhir.FhirSettings;
import org.spinerad.fhir.internal.FhirOutbox.State;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.pdf.PdfService;
import org.spinerad.testsupport.FhirPeer;

/**
 * The FHIR channel against a real FHIR server (HAPI's RestfulServer in its own
 * JVM, {@link FhirPeer}): delivery, amendment, restart, the PDF in the
 * presented form, all read back over REST. Refusals and outages come from
 * {@link FhirTestServer}, which can be told to fail.
 */
class FhirChannelTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static FhirPeer peer;
	private static PdfService pdf;

	@TempDir
	Path dir;
	private final AtomicReference<FhirSettings> settings = new AtomicReference<>(
			FhirSettings.defaults().withRetries(Duration.ofMillis(20), Duration.ofMillis(200)));
	private FhirChannel channel;

	@BeforeAll
	static void startServer() throws Exception {
		peer = FhirPeer.start(TestReports.target("fhir-peer"));
		pdf = TestReports.pdf();
	}

	@AfterAll
	static void stopServer() throws Exception {
		peer.close();
	}

	@BeforeEach
	void start() {
		channel = new FhirChannel(new FhirOutbox(dir.resolve("outbox")), settings::get, pdf);
	}

	@AfterEach
	void stop() {
		channel.deactivate();
	}

	private void configure(String baseUrl) {
		settings.set(settings.get().withBaseUrl(baseUrl));
		channel.settingsChanged();
	}

	private ChannelState send(Report report) {
		return channel.send(report, new Rendition(TestReports.text(report), report.getTemplateId(), "1"));
	}

	private boolean reaches(ChannelState sent, Stage stage) throws InterruptedException {
		return TestReports.waitUntil(() -> channel.state(sent).map(s -> s.stage() == stage).orElse(false), WAIT);
	}

	private static String drKey(Report report) {
		return "DiagnosticReport/" + FhirReportBuilder.reportResourceId(report.getId());
	}

	/** @return the versions of a resource on the server, oldest first */
	private static List<Resource> history(String typeAndId) throws Exception {
		HttpResponse<String> answer = TestReports.get(peer.baseUrl(), typeAndId + "/_history");
		if (answer.statusCode() == 404) {
			return List.of();
		}
		assertEquals(200, answer.statusCode(), answer.body());
		return Fhir.parse(Bundle.class, answer.body()).getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.toList().reversed();
	}

	private static String read(String typeAndId) throws Exception {
		HttpResponse<String> answer = TestReports.get(peer.baseUrl(), typeAndId);
		assertEquals(200, answer.statusCode(), typeAndId + ": " + answer.body());
		return answer.body();
	}

	@Test
	void waitsWhileNotConfiguredAndLeavesOnceTheUrlIsSet() throws Exception {
		Report report = TestReports.signed("INF-01", ReportStatus.FINAL);
		ChannelState sent = send(report);
		assertEquals(Stage.NOT_SENT, sent.stage());
		assertTrue(sent.detail().contains("FHIR server not configured"), sent.detail());
		configure(peer.baseUrl());
		assertTrue(reaches(sent, Stage.DELIVERED));
		assertEquals(1, history(drKey(report)).size());
	}

	@Test
	void retriesUntilTheServerTakesItThenDeliversOnce() throws Exception {
		try (FhirTestServer server = new FhirTestServer()) {
			configure(server.baseUrl());
			server.failNext(2, 503);
			Report report = TestReports.signed("TUM-02", ReportStatus.PRELIMINARY);
			ChannelState sent = send(report);
			assertTrue(reaches(sent, Stage.DELIVERED));
			assertEquals(1, server.transactions());
			FhirOutbox.Entry entry = channel.outbox().entries(report.getId()).get(0);
			assertEquals(3, entry.attempts());
			assertEquals(Stage.DELIVERED, send(report).stage(), "the same step again is not sent twice");
			assertEquals(1, server.transactions());
		}
	}

	@Test
	void refusalIsShownWithTheServersReason() throws Exception {
		try (FhirTestServer server = new FhirTestServer()) {
			configure(server.baseUrl());
			server.failNext(1, 422);
			ChannelState sent = send(TestReports.signed("INF-02", ReportStatus.FINAL));
			assertTrue(reaches(sent, Stage.REJECTED));
			String detail = channel.state(sent).orElseThrow().detail();
			assertTrue(detail.contains("HTTP 422") && detail.contains("test server told to fail"), detail);
		}
	}

	@Test
	void amendmentUpdatesTheSameResourcesAndReadsBackTheSameContent() throws Exception {
		configure(peer.baseUrl());
		Report report = TestReports.signed("INF-03", ReportStatus.FINAL);
		assertTrue(reaches(send(report), Stage.DELIVERED));
		TestReports.amend(report);
		ChannelState amended = send(report);
		assertEquals("C1", FhirChannel.step(report, org.spinerad.fhir.FhirStatus.of(report)));
		assertTrue(reaches(amended, Stage.DELIVERED));
		String search = TestReports.get(peer.baseUrl(),
				"DiagnosticReport?identifier=" + java.net.URLEncoder.encode(
						FhirReportBuilder.REPORT_ID_SYSTEM + "|" + report.getId(), java.nio.charset.StandardCharsets.UTF_8))
				.body();
		assertEquals(1, Fhir.parse(Bundle.class, search).getEntry().size(), "one report on the server: " + search);
		List<Resource> versions = history(drKey(report));
		assertEquals(2, versions.size());
		assertEquals("final", ((DiagnosticReport) versions.get(0)).getStatus().toCode());
		assertEquals("amended", ((DiagnosticReport) versions.get(1)).getStatus().toCode());
		FhirOutbox.Entry sent = channel.outbox().entries(report.getId()).stream()
				.filter(e -> e.step().equals("C1")).findFirst().orElseThrow();
		Bundle expected = Fhir.parse(Bundle.class, channel.outbox().bundle(sent));
		assertTrue(expected.getEntry().size() > 3, "Patient, ImagingStudy, Observations, DiagnosticReport");
		for (Bundle.BundleEntryComponent e : expected.getEntry()) {
			String json = read(e.getRequest().getUrl());
			Resource back = Fhir.parse(Resource.class, json);
			back.setMeta(null);
			assertTrue(back.equalsDeep(e.getResource()), e.getRequest().getUrl() + " differs:\n" + json);
			if (back instanceof Observation o) {
				assertEquals("amended", o.getStatus().toCode());
			}
		}
	}

	@Test
	void thePresentedFormIsThePdfWithAccessionAndSignerThenTheText() throws Exception {
		configure(peer.baseUrl());
		Report report = TestReports.signed("TUM-03", ReportStatus.FINAL);
		assertTrue(reaches(send(report), Stage.DELIVERED));
		DiagnosticReport dr = Fhir.parse(DiagnosticReport.class, read(drKey(report)));
		assertEquals(2, dr.getPresentedForm().size());
		Attachment form = dr.getPresentedForm().get(0);
		assertEquals("application/pdf", form.getContentType());
		assertEquals("text/plain", dr.getPresentedForm().get(1).getContentType());
		Path file = TestReports.target("fhir").resolve("TUM-03-presented-form.pdf");
		Files.write(file, form.getData());
		assertEquals("%PDF-", new String(form.getData(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
		String text = TestReports.pdfText(file);
		assertTrue(text.contains(report.getStudy().getAccessionNumber()), text);
		assertTrue(text.contains(TestReports.SIGNER), text);
	}

	@Test
	void queuedStepSurvivesARestartAndOlderStepsAreSuperseded() throws Exception {
		Report report = TestReports.signed("TUM-01", ReportStatus.FINAL);
		send(report);
		TestReports.amend(report);
		send(report);
		channel.deactivate();
		channel = new FhirChannel(new FhirOutbox(dir.resolve("outbox")), settings::get, pdf);
		List<FhirOutbox.Entry> entries = channel.outbox().entries(report.getId());
		assertEquals(State.CANCELLED, entries.get(0).state());
		assertEquals(State.QUEUED, entries.get(1).state());
		configure(peer.baseUrl());
		ChannelState amended = new ChannelState(report.getId(), "fhir", "FHIR", "C1", Stage.QUEUED, "", null);
		assertTrue(reaches(amended, Stage.DELIVERED));
		List<Resource> versions = history(drKey(report));
		assertEquals(1, versions.size());
		assertEquals("amended", ((DiagnosticReport) versions.get(0)).getStatus().toCode());
	}
}
