package org.spinerad.fhir.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.testsupport.FhirPeer;

/**
 * Every resource of the export, and the transaction Bundle itself (as
 * exported, and as sent to a server), validated by HAPI's instance validator
 * against base R4 (the FHIR test server's {@code $validate}): preliminary, final and amended reports of an example
 * case of each template have no error. Warnings are allowed and counted.
 */
class FhirValidationTest {

	private static FhirPeer peer;

	@BeforeAll
	static void start() throws Exception {
		peer = FhirPeer.start(TestReports.target("fhir-peer"));
	}

	@AfterAll
	static void stop() throws Exception {
		peer.close();
	}

	static Stream<Arguments> signedReports() {
		List<Arguments> all = new ArrayList<>();
		for (String caseId : List.of("INF-01", "TUM-01", "POST-01")) {
			for (ReportStatus status : List.of(ReportStatus.PRELIMINARY, ReportStatus.FINAL, ReportStatus.AMENDED)) {
				all.add(Arguments.of(caseId, status));
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("signedReports")
	void everyResourceValidatesAgainstBaseR4WithoutErrors(String caseId, ReportStatus status) throws Exception {
		Report report = TestReports.signed(caseId, status);
		Bundle bundle = new FhirReportBuilder().build(report, TestReports.text(report),
				TestReports.pdf().render(report));
		List<Resource> resources = new ArrayList<>();
		bundle.getEntry().forEach(e -> resources.add(e.getResource()));
		resources.add(bundle.copy());
		resources.add(FhirReportBuilder.onServer(bundle.copy(), peer.baseUrl()));
		List<String> errors = new ArrayList<>();
		Map<String, Integer> warnings = new TreeMap<>();
		for (Resource resource : resources) {
			HttpResponse<String> answer = TestReports.post(peer.baseUrl(), resource.fhirType() + "/$validate",
					Fhir.json(resource));
			assertEquals(200, answer.statusCode(), resource.fhirType() + ": " + answer.body());
			for (OperationOutcomeIssueComponent issue : Fhir.parse(OperationOutcome.class, answer.body()).getIssue()) {
				if (issue.getSeverity() == IssueSeverity.ERROR || issue.getSeverity() == IssueSeverity.FATAL) {
					errors.add(resource.fhirType() + " " + issue.getLocation() + ": " + issue.getDiagnostics());
				} else if (issue.getSeverity() == IssueSeverity.WARNING) {
					warnings.merge(resource.fhirType(), 1, Integer::sum);
				}
			}
		}
		System.out.println("FHIR validation " + caseId + " " + status + ": " + resources.size() + " resources, "
				+ errors.size() + " errors, warnings " + warnings);
		assertTrue(errors.isEmpty(), String.join("\n", errors));
	}
}
