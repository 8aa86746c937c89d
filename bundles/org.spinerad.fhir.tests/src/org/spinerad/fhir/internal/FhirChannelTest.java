package org.spinerad.fhir.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
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

class FhirChannelTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path dir;
	private FhirTestServer server;
	private final AtomicReference<FhirSettings> settings = new AtomicReference<>(
			FhirSettings.defaults().withRetries(Duration.ofMillis(20), Duration.ofMillis(200)));
	private FhirChannel channel;

	@BeforeEach
	void start() throws Exception {
		server = new FhirTestServer();
		channel = new FhirChannel(new FhirOutbox(dir.resolve("outbox")), settings::get);
	}

	@AfterEach
	void stop() {
		channel.deactivate();
		server.close();
	}

	private void configure() {
		settings.set(settings.get().withBaseUrl(server.baseUrl()));
		channel.settingsChanged();
	}

	private ChannelState send(Report report) {
		return channel.send(report, new Rendition(TestReports.text(report), report.getTemplateId(), "1"));
	}

	private boolean reaches(ChannelState sent, Stage stage) throws InterruptedException {
		return TestReports.waitUntil(() -> channel.state(sent).map(s -> s.stage() == stage).orElse(false), WAIT);
	}

	@Test
	void waitsWhileNotConfiguredAndLeavesOnceTheUrlIsSet() throws Exception {
		Report report = TestReports.signed("INF-01", ReportStatus.FINAL);
		ChannelState sent = send(report);
		assertEquals(Stage.NOT_SENT, sent.stage());
		assertTrue(sent.detail().contains("FHIR server not configured"), sent.detail());
		configure();
		assertTrue(reaches(sent, Stage.DELIVERED));
		assertEquals(1, server.transactions());
	}

	@Test
	void retriesUntilTheServerTakesItThenDeliversOnce() throws Exception {
		configure();
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

	@Test
	void refusalIsShownWithTheServersReason() throws Exception {
		configure();
		server.failNext(1, 422);
		ChannelState sent = send(TestReports.signed("INF-02", ReportStatus.FINAL));
		assertTrue(reaches(sent, Stage.REJECTED));
		String detail = channel.state(sent).orElseThrow().detail();
		assertTrue(detail.contains("HTTP 422") && detail.contains("test server told to fail"), detail);
	}

	@Test
	void amendmentUpdatesTheSameResourcesAndReadsBackTheSameContent() throws Exception {
		configure();
		Report report = TestReports.signed("INF-03", ReportStatus.FINAL);
		assertTrue(reaches(send(report), Stage.DELIVERED));
		TestReports.amend(report);
		ChannelState amended = send(report);
		assertEquals("C1", FhirChannel.step(report, org.spinerad.fhir.FhirStatus.of(report)));
		assertTrue(reaches(amended, Stage.DELIVERED));
		assertEquals(2, server.transactions());
		String drKey = "DiagnosticReport/" + FhirReportBuilder.reportResourceId(report.getId());
		assertEquals(List.of(drKey), server.ids("DiagnosticReport"), "one report on the server");
		List<String> history = server.history(drKey);
		assertEquals(2, history.size());
		assertEquals("final", Fhir.parse(DiagnosticReport.class, history.get(0)).getStatus().toCode());
		assertEquals("amended", Fhir.parse(DiagnosticReport.class, history.get(1)).getStatus().toCode());
		Bundle expected = new FhirReportBuilder().build(report, TestReports.text(report));
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
	void queuedStepSurvivesARestartAndOlderStepsAreSuperseded() throws Exception {
		Report report = TestReports.signed("TUM-01", ReportStatus.FINAL);
		send(report);
		TestReports.amend(report);
		send(report);
		channel.deactivate();
		channel = new FhirChannel(new FhirOutbox(dir.resolve("outbox")), settings::get);
		List<FhirOutbox.Entry> entries = channel.outbox().entries(report.getId());
		assertEquals(State.CANCELLED, entries.get(0).state());
		assertEquals(State.QUEUED, entries.get(1).state());
		configure();
		assertTrue(TestReports.waitUntil(() -> server.transactions() == 1, WAIT));
		ChannelState amended = new ChannelState(report.getId(), "fhir", "FHIR", "C1", Stage.QUEUED, "", null);
		assertTrue(reaches(amended, Stage.DELIVERED));
		assertEquals(1, server.history("DiagnosticReport/" + FhirReportBuilder.reportResourceId(report.getId()))
				.size());
	}

	private String read(String typeAndId) throws Exception {
		var http = java.net.http.HttpClient.newHttpClient();
		var response = http.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/" + typeAndId)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertEquals(200, response.statusCode(), typeAndId);
		return response.body();
	}
}
