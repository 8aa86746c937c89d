package org.spinerad.fhir.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinerad.fhir.FhirException;
import org.spinerad.fhir.FhirStatus;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.samples.SampleCases;

class FhirReportBuilderTest {

	/** The clinical codes the domain guide verifies (section 8) that the export may use. */
	private static final Set<String> VERIFIED = Set.of("RID38594", "RID7890", "RID7111", "RID7361", "RID18593",
			"RID7901", "128477000");
	/** Structural codes of FHIR and HL7 tables (identifier types, service section). */
	private static final Set<String> STRUCTURAL_SYSTEMS = Set.of(FhirReportBuilder.V2_0203,
			FhirReportBuilder.V2_0074);

	static List<String> cases() {
		return SampleCases.IDS;
	}

	@ParameterizedTest
	@MethodSource("cases")
	void oneObservationPerFindingCodedOnlyWithVerifiedCodes(String caseId) throws Exception {
		Report report = TestReports.signed(caseId, ReportStatus.FINAL);
		Bundle bundle = new FhirReportBuilder().build(report, TestReports.text(report), null);
		long findings = report.getRegions().stream().mapToLong(r -> r.getFindings().size()).sum();
		List<Observation> observations = resources(bundle, Observation.class);
		assertEquals(findings, observations.size(), caseId);
		DiagnosticReport dr = resources(bundle, DiagnosticReport.class).get(0);
		assertEquals(findings, dr.getResult().size());
		for (Coding c : codings(bundle)) {
			if (!STRUCTURAL_SYSTEMS.contains(c.getSystem())) {
				assertTrue(VERIFIED.contains(c.getCode()), caseId + ": unverified code " + c.getSystem() + "|"
						+ c.getCode());
			}
		}
		for (Observation o : observations) {
			assertTrue(o.hasValue() && o.hasBodySite() && o.getCode().hasText(), caseId);
			assertEquals(Observation.ObservationStatus.FINAL, o.getStatus());
		}
	}

	@ParameterizedTest
	@EnumSource(value = ReportStatus.class, names = { "PRELIMINARY", "FINAL", "AMENDED" })
	void statusMatchesTheHl7ResultStatus(ReportStatus status) throws Exception {
		Report report = TestReports.signed("INF-01", status);
		DiagnosticReport dr = resources(new FhirReportBuilder().build(report, "text", null), DiagnosticReport.class).get(0);
		FhirStatus expected = FhirStatus.of(report);
		assertEquals(expected.code(), dr.getStatus().toCode());
		assertEquals(switch (status) {
		case PRELIMINARY -> "P";
		case FINAL -> "F";
		default -> "C";
		}, expected.hl7());
		assertEquals("COMPLETE", expected.completionFlag());
		assertEquals(status == ReportStatus.PRELIMINARY ? "UNVERIFIED" : "VERIFIED", expected.verificationFlag());
	}

	@Test
	void amendedKeepsTheIdsOfTheOriginalAndCarriesTheAddendum() throws Exception {
		Report report = TestReports.signed("INF-03", ReportStatus.FINAL);
		Bundle original = new FhirReportBuilder().build(report, "final text", null);
		TestReports.amend(report);
		Bundle amended = new FhirReportBuilder().build(report, "final text\nADDENDUM", null);
		assertEquals(ids(original), ids(amended));
		DiagnosticReport dr = resources(amended, DiagnosticReport.class).get(0);
		assertEquals("amended", dr.getStatus().toCode());
		assertTrue(dr.getConclusion().contains(TestReports.ADDENDUM), dr.getConclusion());
		assertEquals("final text\nADDENDUM", new String(dr.getPresentedFormFirstRep().getData(), StandardCharsets.UTF_8));
		assertEquals(report.getId(), dr.getIdentifierFirstRep().getValue());
	}

	@Test
	void jsonRoundTripKeepsEveryResource() throws Exception {
		Report report = TestReports.signed("TUM-01", ReportStatus.AMENDED);
		Bundle bundle = new FhirReportBuilder().build(report, TestReports.text(report), null);
		String json = Fhir.json(bundle);
		Bundle back = Fhir.parse(Bundle.class, json);
		assertEquals(json, Fhir.json(back));
		Patient patient = resources(back, Patient.class).get(0);
		assertEquals(report.getPatient().getPatientId(), patient.getIdentifierFirstRep().getValue());
		assertTrue(!patient.getIdElement().getIdPart().contains(report.getPatient().getPatientId()),
				"no patient id in resource URLs");
	}

	@Test
	void draftIsRefusedWithTheReason() {
		Report report = SampleCases.load("INF-01");
		FhirException e = assertThrows(FhirException.class, () -> new FhirReportBuilder().build(report, "x", null));
		assertTrue(e.getMessage().contains("sign it preliminary or final"), e.getMessage());
	}

	static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
				.map(type::cast).toList();
	}

	static List<String> ids(Bundle bundle) {
		return bundle.getEntry().stream().map(e -> e.getRequest().getUrl()).toList();
	}

	static List<Coding> codings(Base base) {
		List<Coding> out = new ArrayList<>();
		if (base instanceof Coding c) {
			out.add(c);
		}
		base.children().forEach(p -> p.getValues().forEach(v -> out.addAll(codings(v))));
		return out;
	}
}
