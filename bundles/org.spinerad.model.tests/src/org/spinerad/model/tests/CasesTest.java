package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIO.Format;
import org.spinerad.model.query.Reports;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;
import org.spinerad.samples.SampleCases;

/** Every example case of the domain guide exists as a JSON fixture that reads, validates and round-trips. */
class CasesTest {

	static final List<String> IDS = SampleCases.IDS;

	@ParameterizedTest
	@FieldSource("IDS")
	void caseIsAValidReportReadyForSigning(String id) throws Exception {
		Report report = SampleCases.load(id);
		assertEquals("case-" + id, report.getId());
		assertEquals(6, report.getRegions().size(), "all six regions");
		assertFalse(report.getImpression().isEmpty(), "the expected impression is in the fixture");
		List<Problem> problems = Validation.validate(report, Phase.SIGNING);
		assertFalse(Validation.hasErrors(problems), problems.toString());
		assertTrue(Reports.findings(report).stream().allMatch(f -> f.getId() != null));
	}

	@ParameterizedTest
	@FieldSource("IDS")
	void caseRoundTripsThroughXmiAndJson(String id) throws Exception {
		Report report = SampleCases.load(id);
		for (Format format : Format.values()) {
			Report back = ReportIO.read(new java.io.ByteArrayInputStream(ReportIO.toBytes(report, format)), format,
					id);
			assertTrue(EcoreUtil.equals(report, back), id + " survives " + format);
		}
	}

	/**
	 * Every case stored as format version 1 (items without a category were the
	 * most urgent ones) reads, validates as before and converts, in both formats.
	 */
	@ParameterizedTest
	@FieldSource("IDS")
	void caseStoredAsVersionOneReadsAndConverts(String id) throws Exception {
		Report report = VersionOne.meaning(SampleCases.load(id));
		for (Format format : Format.values()) {
			String v1 = VersionOne.text(report, format);
			Report back = ReportIO.read(new java.io.ByteArrayInputStream(v1.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					format, id);
			assertEquals(ReportIO.FORMAT_VERSION, back.getFormatVersion());
			assertTrue(EcoreUtil.equals(report, back), id + " as version 1 " + format + " reads with the meaning it had");
			assertFalse(Validation.hasErrors(Validation.validate(back, Phase.SIGNING)), id);
		}
	}
}
