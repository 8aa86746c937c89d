package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisSettings;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

/** Checks a message read back with HAPI field by field against the report it carries. */
final class MessageChecks {

	private MessageChecks() {
	}

	static Message parse(String text) throws HL7Exception {
		PipeParser parser = Hl7.lenient().getPipeParser();
		synchronized (parser) {
			return parser.parse(text);
		}
	}

	/** The profile of the README, field by field. */
	static void assertOru(Message parsed, Report report, ResultStatus status, String controlId, String text,
			RisSettings settings) throws HL7Exception {
		ORU_R01 oru = assertInstanceOf(ORU_R01.class, parsed);
		Terser t = new Terser(oru);
		assertEquals("ORU", t.get("/MSH-9-1"));
		assertEquals("R01", t.get("/MSH-9-2"));
		assertEquals("ORU_R01", t.get("/MSH-9-3"));
		assertEquals("2.5.1", t.get("/MSH-12"));
		assertEquals(controlId, t.get("/MSH-10"));
		assertEquals(settings.sendingApplication(), t.get("/MSH-3"));
		assertEquals(settings.sendingFacility(), t.get("/MSH-4"));
		assertEquals(settings.receivingApplication(), t.get("/MSH-5"));
		assertEquals(settings.receivingFacility(), t.get("/MSH-6"));
		assertEquals("P", t.get("/MSH-11"));
		assertEquals("UNICODE UTF-8", t.get("/MSH-18"));
		assertEquals(null, t.get("/MSH-15"), "original acknowledgement mode");

		assertEquals(report.getPatient().getPatientId(), t.get("/.PID-3-1"));
		String[] name = report.getPatient().getName().split("\\^");
		assertEquals(name[0], t.get("/.PID-5-1"));
		assertEquals(name[1], t.get("/.PID-5-2"));

		String accession = report.getStudy().getAccessionNumber();
		assertEquals("RE", t.get("/.ORC-1"));
		assertEquals(accession, t.get("/.ORC-2-1"));
		assertEquals(accession, t.get("/.ORC-3-1"));
		assertEquals(accession, t.get("/.OBR-2-1"));
		assertEquals(accession, t.get("/.OBR-3-1"));
		assertEquals(report.getStudy().getStudyDescription(), t.get("/.OBR-4-2"));
		assertEquals(status.code(), t.get("/.OBR-25"));
		assertEquals(report.getSigner(), t.get("/.OBR-32-1-2"));
		assertEquals("MR", t.get("/.OBR-24"));
		ORU_R01_ORDER_OBSERVATION order = oru.getPATIENT_RESULT().getORDER_OBSERVATION();
		Instant observed = order.getOBR().getObservationDateTime().getTime().getValueAsDate().toInstant();
		assertEquals(report.getStudy().getStudyDateTime().toInstant(), observed, "OBR-7 is the study time");
		Instant changed = order.getOBR().getResultsRptStatusChngDateTime().getTime().getValueAsDate().toInstant();
		assertEquals(statusTime(report, status), changed, "OBR-22 is the time of signing or of the addendum");

		List<OBX> observations = new ArrayList<>();
		for (ORU_R01_OBSERVATION observation : order.getOBSERVATIONAll()) {
			observations.add(observation.getOBX());
		}
		List<String> expectedLines = expectedLines(text);
		List<ImpressionItem> items = report.getImpression();
		assertEquals(expectedLines.size() + (items.isEmpty() ? 0 : 1), observations.size(),
				"one OBX per line of text, and one for the impression");
		for (int i = 0; i < expectedLines.size(); i++) {
			OBX obx = observations.get(i);
			assertEquals(Integer.toString(i + 1), obx.getSetIDOBX().getValue());
			assertEquals("TX", obx.getValueType().getValue());
			assertEquals(OruMessageBuilder.BODY_CODE, obx.getObservationIdentifier().getIdentifier().getValue());
			assertEquals("LN", obx.getObservationIdentifier().getNameOfCodingSystem().getValue());
			assertEquals(status.code(), obx.getObservationResultStatus().getValue());
			String value = value(obx.getObservationValue(0));
			assertEquals(expectedLines.get(i), value == null ? "" : value, "line " + (i + 1) + " (blank: empty OBX-5)");
		}
		if (!items.isEmpty()) {
			OBX impression = observations.get(observations.size() - 1);
			assertEquals(OruMessageBuilder.IMPRESSION_CODE,
					impression.getObservationIdentifier().getIdentifier().getValue());
			assertEquals(status.code(), impression.getObservationResultStatus().getValue());
			assertEquals(items.size(), impression.getObservationValueReps(), "one repetition per impression item");
			for (int i = 0; i < items.size(); i++) {
				ImpressionItem item = items.get(i);
				String expected = (i + 1) + ". " + (item.isCritical() ? "CRITICAL: " : "") + item.getText().strip();
				assertEquals(expected, value(impression.getObservationValue(i)));
			}
			boolean critical = items.stream().anyMatch(ImpressionItem::isCritical);
			assertEquals(critical ? "AA" : null, impression.getAbnormalFlags().length == 0 ? null
					: impression.getAbnormalFlags(0).getValue());
		}
	}

	static String value(Varies varies) {
		return varies.getData() == null ? null : ((ca.uhn.hl7v2.model.Primitive) varies.getData()).getValue();
	}

	/** The lines of a rendered text as the profile sends them, computed independently of the builder. */
	static List<String> expectedLines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
			lines.add(line.replaceAll("\\s+$", ""));
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	static Instant statusTime(Report report, ResultStatus status) {
		return switch (status) {
		case PRELIMINARY -> report.getPreliminaryAt().toInstant();
		case FINAL -> report.getSignedAt().toInstant();
		case CORRECTED -> report.getAddenda().get(report.getAddenda().size() - 1).getCreatedAt().toInstant();
		};
	}

	static ZoneId zone() {
		return ZoneId.of("Europe/Zurich");
	}

	static void assertContains(String haystack, String needle) {
		assertTrue(haystack.contains(needle), "expected <" + needle + "> in <" + haystack + ">");
	}
}
