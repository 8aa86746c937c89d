package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.ris.internal.MessageChecks.assertContains;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;
import org.spinerad.samples.SampleCases;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;

class OruMessageBuilderTest {

	private static final RisSettings SETTINGS = RisSettings.defaults();
	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static String build(Report report, String text, String controlId) throws RisException {
		return new OruMessageBuilder(SETTINGS, MessageChecks.zone()).build(report, text,
				ResultStatus.of(report), controlId, NOW);
	}

	@Test
	void everyExampleCaseBuildsAndReadsBackAsFinal() throws Exception {
		for (String id : SampleCases.IDS) {
			Report report = TestReports.signed(id, ReportStatus.FINAL);
			String text = TestReports.text(report);
			String controlId = ControlIds.next();
			Message parsed = MessageChecks.parse(build(report, text, controlId));
			MessageChecks.assertOru(parsed, report, ResultStatus.FINAL, controlId, text, SETTINGS);
		}
	}

	@Test
	void theResultStatusFollowsTheReport() throws Exception {
		Report preliminary = TestReports.signed("TUM-01", ReportStatus.PRELIMINARY);
		Report amended = TestReports.signed("TUM-01", ReportStatus.AMENDED);
		assertEquals(ResultStatus.PRELIMINARY, ResultStatus.of(preliminary));
		assertEquals(ResultStatus.CORRECTED, ResultStatus.of(amended));
		String text = TestReports.text(preliminary);
		MessageChecks.assertOru(MessageChecks.parse(build(preliminary, text, "P-1")), preliminary,
				ResultStatus.PRELIMINARY, "P-1", text, SETTINGS);
		MessageChecks.assertOru(MessageChecks.parse(build(amended, text, "C-1")), amended, ResultStatus.CORRECTED,
				"C-1", text, SETTINGS);
		Message p = MessageChecks.parse(build(preliminary, text, "P-2"));
		assertEquals("IP", new Terser(p).get("/.ORC-5"), "a preliminary order is in process");
	}

	@Test
	void delimitersAndBackslashesInTheTextAreEscapedAndComeBackUnchanged() throws Exception {
		Report report = TestReports.signed("INF-01", ReportStatus.FINAL);
		report.getPatient().setName("O'NEIL|SMITH^MARY&ANN");
		String text = TestReports.text(report);
		String encoded = build(report, text, "ESC-1");
		assertContains(encoded, "Special: a\\F\\b\\S\\c\\R\\d\\E\\e\\T\\f \\E\\.br\\E\\ \\E\\H\\E\\ x\\E\\X41\\E\\ end");
		assertFalse(encoded.contains("\\.br\\ "), "no backslash of the text reaches the RIS as a formatting command");
		assertContains(encoded, "O'NEIL\\F\\SMITH^MARY\\T\\ANN");
		Message parsed = MessageChecks.parse(encoded);
		MessageChecks.assertOru(parsed, report, ResultStatus.FINAL, "ESC-1", text, SETTINGS);
		assertEquals("O'NEIL|SMITH", new Terser(parsed).get("/.PID-5-1"));
		assertEquals("MARY&ANN", new Terser(parsed).get("/.PID-5-2"));
	}

	@Test
	void controlBytesInTheNameAndTextBecomeHexEscapes() throws Exception {
		Report report = TestReports.signed("INF-01", ReportStatus.FINAL);
		report.getPatient().setName("DOE\u0000\u001b[2J^JA\u000b\u001c\u000cNE\u0007");
		String text = "Line one\u001c mid\r\u0000bell\u0007 esc\u001b[31m del\u007f tab\tend";
		String encoded = build(report, text, "CTRL-1");
		for (char c : encoded.toCharArray()) {
			assertTrue(c >= 0x20 && c != 0x7F || c == '\r' || c == '\t',
					"no raw control byte but segment ends and tabs: " + (int) c);
		}
		assertContains(encoded, "DOE\\X00\\\\X1B\\[2J^JA\\X0B\\\\X1C\\\\X0C\\NE\\X07\\");
		assertContains(encoded, "Line one\\X1C\\ mid");
		assertContains(encoded, "\\X00\\bell\\X07\\ esc\\X1B\\[31m del\\X7F\\ tab\tend");
	}

	/** Sets the collapse of the first marrow finding, as a file edited after signing would. */
	static void collapse(Report report, int percent) {
		report.eAllContents().forEachRemaining(object -> {
			if (object instanceof org.spinerad.model.MarrowFinding marrow) {
				marrow.setCollapsePercent(percent);
			}
		});
	}

	@Test
	void aSignedReportThatFailsTheChecksOfSigningIsRefused() {
		Report report = TestReports.signed("TUM-01", ReportStatus.FINAL);
		collapse(report, -5000);
		RisException refused = assertThrows(RisException.class, () -> OruMessageBuilder.check(report));
		assertContains(refused.getMessage(), "fails the checks of signing");
		assertContains(refused.getMessage(), "-5000");
		assertContains(refused.getMessage(), "nothing was sent");
	}

	@Test
	void segmentsComeInTheOrderOfTheProfile() throws Exception {
		Report report = TestReports.signed("POST-01", ReportStatus.FINAL);
		report.getPatient().setSex(Sex.FEMALE);
		report.getPatient().setName("DOE^JANE^Q^DR^III");
		String encoded = build(report, "one line", "ORDER-1");
		String[] segments = encoded.split("\r");
		assertEquals("MSH", segments[0].substring(0, 3));
		assertEquals("PID", segments[1].substring(0, 3));
		assertEquals("ORC", segments[2].substring(0, 3));
		assertEquals("OBR", segments[3].substring(0, 3));
		assertEquals("OBX|1|TX|18782-3^Radiology Study observation (narrative)^LN||one line", segments[4]
				.substring(0, "OBX|1|TX|18782-3^Radiology Study observation (narrative)^LN||one line".length()));
		assertTrue(segments[5].startsWith("OBX|2|TX|19005-8^"), segments[5]);
		assertEquals(6, segments.length);
		Terser t = new Terser(MessageChecks.parse(encoded));
		assertEquals("F", t.get("/.PID-8"));
		assertEquals("DOE", t.get("/.PID-5-1"));
		assertEquals("JANE", t.get("/.PID-5-2"));
		assertEquals("Q", t.get("/.PID-5-3"));
		assertEquals("III", t.get("/.PID-5-4"), "XPN puts the suffix fourth");
		assertEquals("DR", t.get("/.PID-5-5"), "and the prefix fifth");
		assertEquals("20261126130000+0100", t.get("/MSH-7"), "message time to the second, with the zone");
	}

	@Test
	void whatTheRisNeedsIsChecked() {
		Report draft = SampleCases.load("INF-02");
		RisException e = assertThrows(RisException.class, () -> OruMessageBuilder.check(draft));
		assertContains(e.getMessage(), "sign it");
		Report noAccession = TestReports.signed("INF-02", ReportStatus.FINAL);
		noAccession.getStudy().setAccessionNumber(" ");
		e = assertThrows(RisException.class, () -> OruMessageBuilder.check(noAccession));
		assertContains(e.getMessage(), "accession");
		Report ok = TestReports.signed("INF-02", ReportStatus.FINAL);
		e = assertThrows(RisException.class, () -> build(ok, "  \n ", "X"));
		assertContains(e.getMessage(), "empty");
		e = assertThrows(RisException.class, () -> build(ok, "text", "has space"));
		assertContains(e.getMessage(), "control id");
	}

	@Test
	void controlIdsAreUniqueAndFitMsh10() {
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String id = ControlIds.next();
			assertEquals(20, id.length(), id);
			assertTrue(ControlIds.isValid(id), id);
			assertTrue(ids.add(id), "unique: " + id);
		}
	}

	@Test
	void theFallbackTextCarriesTheImpressionAndAddenda() throws Exception {
		Report report = TestReports.signed("INF-01", ReportStatus.AMENDED);
		String text = PlainReportText.of(report, MessageChecks.zone());
		assertContains(text, "IMPRESSION:");
		assertContains(text, "1. CRITICAL: Ventral epidural abscess");
		assertContains(text, "ADDENDUM 2026-11-21 09:05 by Dr. Second Reader:");
		MessageChecks.assertOru(MessageChecks.parse(build(report, text, "FB-1")), report, ResultStatus.CORRECTED,
				"FB-1", text, SETTINGS);
	}
}
