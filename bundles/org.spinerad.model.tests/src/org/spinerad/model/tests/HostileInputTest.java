package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIO.Format;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.samples.SampleCases;

/** Hostile and broken report files: refused with where, what and how to fix; nothing fetched. */
class HostileInputTest {

	private static final String NS = "http://spinerad.org/model/report/1.0";
	private static final Pattern LOCATED = Pattern.compile("^input: line \\d+, column \\d+: .+; .+");

	private Catcher catcher;
	private String json;
	private String xmi;

	@BeforeEach
	void setUp() throws Exception {
		catcher = new Catcher();
		json = new String(ReportIO.toBytes(SampleCases.load("INF-01"), Format.JSON), StandardCharsets.UTF_8);
		xmi = new String(ReportIO.toBytes(SampleCases.load("INF-01"), Format.XMI), StandardCharsets.UTF_8);
	}

	@AfterEach
	void tearDown() throws Exception {
		catcher.close();
	}

	/** Reads and expects a refusal; a guard (not a timing check) turns a hang into a failure. */
	private static String refused(String text, Format format) {
		ReportIOException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
				ReportIOException.class,
				() -> ReportIO.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, "input")));
		return e.getMessage();
	}

	private static String once(String text, String from, String to) {
		assertTrue(text.contains(from), from);
		return text.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
	}

	private String marrowClass(String to) {
		return once(json, "\"" + NS + "#//MarrowFinding\"", to);
	}

	// ---- item 1: nothing named by a report is fetched ---------------------------

	@Test
	void aJsonClassNamingAnotherAddressIsRefusedWithoutConnecting() {
		for (String uri : new String[] { catcher.url("m.json#//MarrowFinding"), catcher.url("m.ecore#//MarrowFinding"),
				"file:/etc/m.json#//MarrowFinding", "m.json#//MarrowFinding" }) {
			String message = refused(marrowClass("\"" + uri + "\""), Format.JSON);
			assertTrue(message.contains("is not a SpineRad class") && message.contains("regions[0].findings[0].eClass"),
					message);
			assertTrue(LOCATED.matcher(message).matches(), message);
		}
		String message = refused(once(json, "\"$ref\" : \"F3\"", "\"$ref\" : \"" + catcher.url("r.json#F3") + "\""),
				Format.JSON);
		assertTrue(message.contains("points outside this report"), message);
		assertEquals(0, catcher.connections(), "reading connected to the address named in the report");
	}

	@Test
	void anXmiNamespaceTypeSchemaOrReferenceElsewhereIsRefusedWithoutConnecting() {
		String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report:Report xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmi:version=\"2.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:report=\"" + NS
				+ "\" id=\"x\" formatVersion=\"1\"";
		String namespace = "<?xml version=\"1.0\"?>\n<evil:Report xmlns:evil=\"" + catcher.url("evil.xmi") + "\" id=\"x\"/>";
		String type = head + " xmlns:evil=\"" + catcher.url("evil.xmi") + "\">\n<regions kind=\"bone_marrow\">"
				+ "<findings xsi:type=\"evil:MarrowFinding\" id=\"F1\"/></regions>\n</report:Report>";
		String relative = "<?xml version=\"1.0\"?>\n<evil:Report xmlns:evil=\"evil.xmi\" id=\"x\"/>";
		String schema = head + " xmlns:evil=\"http://evil/ns\" xsi:schemaLocation=\"http://evil/ns "
				+ catcher.url("evil.xmi") + "\">\n<regions kind=\"bone_marrow\"><findings xsi:type=\"evil:MarrowFinding\"/>"
				+ "</regions></report:Report>";
		for (String text : new String[] { namespace, type, relative, schema }) {
			String message = refused(text, Format.XMI);
			assertTrue(message.contains("is not a SpineRad model"), message);
			assertTrue(LOCATED.matcher(message).matches(), message);
		}
		String href = head + ">\n<regions kind=\"bone_marrow\"><findings xsi:type=\"report:MarrowFinding\" id=\"F1\" from=\"L3\"/>"
				+ "</regions>\n<impression text=\"at L3\"><findings xsi:type=\"report:MarrowFinding\" href=\""
				+ catcher.url("r.xmi#F1") + "\"/></impression></report:Report>";
		String message = refused(href, Format.XMI);
		assertTrue(message.startsWith("input: Impression item 1: the reference") && message.contains("points outside"),
				message);
		assertEquals(0, catcher.connections(), "reading connected to the address named in the report");
	}

	// ---- item 5: a finding of unknown class is never dropped ------------------------

	@Test
	void aFindingWithAMisspelledOrMissingClassIsALocatedError() {
		String misspelled = refused(marrowClass("\"" + NS + "#//MarowFinding\""), Format.JSON);
		assertTrue(misspelled.contains("unknown class 'MarowFinding'; use one of MarrowFinding"), misspelled);
		assertTrue(misspelled.startsWith("input: line 80, column 18: at regions[0].findings[0].eClass"), misspelled);
		String missing = refused(once(json, "\"eClass\" : \"" + NS + "#//MarrowFinding\",", ""), Format.JSON);
		assertTrue(missing.contains("has no \"eClass\"") && missing.contains("add \"eClass\""), missing);
		assertTrue(LOCATED.matcher(missing).matches(), missing);
		String xmiType = refused(once(xmi, "xsi:type=\"report:MarrowFinding\"", "xsi:type=\"report:MarowFinding\""),
				Format.XMI);
		assertTrue(xmiType.contains("unknown class 'MarowFinding'"), xmiType);
	}

	// ---- item 6: broken references, ids, dates and numbers ---------------------------

	@Test
	void danglingReferencesAndDuplicateIdsAreRefused() {
		String dangling = refused(once(json, "\"$ref\" : \"F3\"", "\"$ref\" : \"F99\""), Format.JSON);
		assertTrue(dangling.contains("no finding has the id 'F99'") && dangling.contains("F1, F2, F3"), dangling);
		String duplicate = refused(once(json, "\"id\" : \"F2\"", "\"id\" : \"F1\""), Format.JSON);
		assertTrue(duplicate.contains("the id 'F1' is used twice (first at line"), duplicate);
		String xmiDangling = refused(once(xmi, "findings=\"F3", "findings=\"F99"), Format.XMI);
		assertTrue(xmiDangling.contains("no finding has the id 'F99'"), xmiDangling);
		assertTrue(LOCATED.matcher(xmiDangling).matches(), xmiDangling);
		String xmiDuplicate = refused(xmi.replaceAll("\\bF2\\b", "F1"), Format.XMI);
		assertTrue(xmiDuplicate.contains("the id 'F1' is also used by"), xmiDuplicate);
	}

	@Test
	void impossibleDatesAndHugeNumbersAreRefused() {
		String date = refused(once(json, "\"2026-11-02T08:40:00.000+00:00\"", "\"2026-13-45T08:40:00.000+00:00\""),
				Format.JSON);
		assertTrue(date.contains("at study.studyDateTime: '2026-13-45T08:40:00.000+00:00' is not a real date"), date);
		String number = refused(once(json, "\"weightKg\" : 82.0", "\"weightKg\" : 1e400"), Format.JSON);
		assertTrue(number.contains("at patient.weightKg: the number 1e400 is out of range"), number);
		String xmiDate = refused(once(xmi, "2026-11-02T08:40:00.000+0000", "2026-13-45T08:40:00.000+0000"), Format.XMI);
		assertTrue(xmiDate.contains("'studyDateTime' is not valid") && xmiDate.contains("not a real date"), xmiDate);
		assertTrue(LOCATED.matcher(xmiDate).matches(), xmiDate);
		String xmiNumber = refused(once(xmi, "weightKg=\"82.0\"", "weightKg=\"1e400\""), Format.XMI);
		assertTrue(xmiNumber.contains("'weightKg' is not valid (the number 1e400 is out of range)"), xmiNumber);
	}

	// ---- item 10: scalars where objects belong do not hang ---------------------------------

	@Test
	void aScalarWhereAFindingOrSequenceBelongsIsAnErrorNotAHang() {
		for (String scalar : new String[] { "\"x\"", "null", "3" }) {
			String message = refused(once(json, "\"findings\" : [ {", "\"findings\" : [ " + scalar + ", {"),
					Format.JSON);
			assertTrue(message.contains("at regions[0].findings[0]: "), message);
			assertTrue(LOCATED.matcher(message).matches(), message);
		}
		int end = json.indexOf("} ]", json.indexOf("\"sequences\""));
		String sequences = json.substring(0, end) + "}, 7 ]" + json.substring(end + 3);
		String message = refused(sequences, Format.JSON);
		assertTrue(message.contains("at exam.sequences[9]: expected a Sequence object {...} but found the number 7"),
				message);
	}

	// ---- item 17: clear messages --------------------------------------------------------

	@Test
	void malformedXmlAndEntityExpansionGetClearMessages() {
		String malformed = refused(xmi.substring(0, xmi.indexOf("<clinical")) + "<clinical\n</report:Report>",
				Format.XMI);
		assertTrue(malformed.contains("the XML is malformed") && malformed.contains("correct the XML there"), malformed);
		assertTrue(LOCATED.matcher(malformed).matches(), malformed);
		StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [" + entities + "]>\n<report:Report xmlns:report=\"" + NS
				+ "\" id=\"x\" author=\"&l9;\"/>";
		String message = refused(laughs, Format.XMI);
		assertTrue(message.startsWith("input: line 2, column ") && message.contains("declares a DOCTYPE")
				&& message.contains("remove the <!DOCTYPE"), message);
	}

	@Test
	void wrongJsonTypesGetClearMessages() {
		String eClass = refused(marrowClass("{\"name\": \"MarrowFinding\"}"), Format.JSON);
		assertTrue(eClass.contains("\"eClass\" must be a string naming a class but is an object; write e.g."), eClass);
		int at = json.indexOf("\"enhancement\" : {");
		String enhancement = json.substring(0, at) + "\"enhancement\" : true" + json.substring(json.indexOf('}', at) + 1);
		String message = refused(enhancement, Format.JSON);
		assertTrue(message.contains("at regions[0].findings[0].enhancement: expected an Enhancement object {...} but found true"),
				message);
		assertTrue(LOCATED.matcher(message).matches(), message);
	}
}
