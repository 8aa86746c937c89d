package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.RenderResult;

/** The shared layouts render the example cases like a radiologist writes. */
class RenderingTest {

	@TempDir
	Path folder;

	private TemplateServiceImpl service() {
		return new TemplateServiceImpl(folder, new SandboxedRenderer());
	}

	@Test
	void textReportHasAllSectionsInOrder() throws Exception {
		Report report = SampleCases.load("INF-01");
		Report before = EcoreUtil.copy(report);
		RenderResult result = service().render(report, new FixtureTemplate(), OutputFormat.TEXT);
		String text = result.text();
		int last = -1;
		for (String heading : new String[] { "CLINICAL INDICATION", "TECHNIQUE", "COMPARISON", "FINDINGS",
				"IMPRESSION", "RECOMMENDATIONS", "COMMUNICATION OF CRITICAL RESULTS" }) {
			int at = text.indexOf("\n" + heading + "\n");
			assertTrue(at > last, heading + " follows the previous section:\n" + text);
			last = at;
		}
		assertTrue(text.contains("Contrast: gadobutrol 1 mmol/mL, 0.1 mmol/kg (8.2 mL) intravenously"), text);
		assertTrue(text.contains("1. Ventral epidural abscess at L3-L4"), text);
		assertTrue(text.contains("\nLevels are counted from C2.\n"), text);
		assertTrue(text.contains("[critical]"), text);
		assertTrue(text.contains("Bone marrow:\n"), text);
		assertTrue(text.indexOf("Bone marrow:") < text.indexOf("Discs:")
				&& text.indexOf("Discs:") < text.indexOf("Epidural space:"), "regions in anatomical order");
		assertTrue(text.contains("DRAFT - not signed."));
		assertEquals("org.spinerad.templates.fixture", result.templateId());
		assertEquals("1.0.0", result.templateVersion());
		assertEquals("shipped", result.origin());
		assertTrue(EcoreUtil.equals(before, report), "rendering never changes the report");
	}

	@Test
	void transitionalAnatomyIsDecidedOnTheRecordedValueAndWrittenWithItsLabel() throws Exception {
		Report report = SampleCases.load("INF-01");
		report.getExam().setTransitionalAnatomy(org.spinerad.model.TransitionalAnatomy.LUMBARIZED_S1);
		String text = service().render(report, new FixtureTemplate(), OutputFormat.TEXT).text();
		assertTrue(text.contains("; transitional anatomy: lumbarized S1. Correlate the level intraoperatively"), text);
		report.getExam().setTransitionalAnatomy(org.spinerad.model.TransitionalAnatomy.NOT_ASSESSED);
		assertFalse(service().render(report, new FixtureTemplate(), OutputFormat.TEXT).text().contains("transitional"));
	}

	@Test
	void everyRemarkIsRendered() throws Exception {
		Report report = SampleCases.load("POST-02");
		String text = service().render(report, new FixtureTemplate(), OutputFormat.TEXT).text();
		org.spinerad.model.query.Reports.findings(report).stream().filter(f -> f.getRemark() != null)
				.forEach(f -> assertTrue(text.contains(f.getRemark().strip().substring(0, Math.min(40, f.getRemark().strip().length()))),
						"remark of " + f.getId() + " is in the report"));
	}

	@Test
	void criticalImpressionItemsComeFirst() throws Exception {
		Report report = SampleCases.load("INF-01");
		report.getImpression().move(report.getImpression().size() - 1, 0);
		String text = service().render(report, new FixtureTemplate(), OutputFormat.TEXT).text();
		assertTrue(text.contains("1. Ventral epidural abscess"), text);
	}

	@Test
	void htmlIsEscaped() throws Exception {
		Report report = SampleCases.load("TUM-01");
		report.getPatient().setName("<script>alert(1)</script>");
		report.getRegions().get(0).setRemark("a < b & c");
		String html = service().render(report, new FixtureTemplate(), OutputFormat.HTML).text();
		assertFalse(html.contains("<script>"), "markup in data is escaped");
		assertTrue(html.contains("A &lt; b &amp; c."), html);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
	}

	@Test
	void aRegionWithFindingsNeverPrintsItsNormalStatement() throws Exception {
		Report report = SampleCases.load("TUM-01");
		org.spinerad.model.Region epidural = org.spinerad.model.query.Reports
				.region(report, org.spinerad.model.RegionKind.EPIDURAL).orElseThrow();
		epidural.setNormal(true);
		epidural.setStatement("No epidural tumor extension; no thecal sac deformity.");
		for (OutputFormat format : OutputFormat.values()) {
			String text = service().render(report, new FixtureTemplate(), format).text();
			assertFalse(text.contains("No epidural tumor extension"), "an old contradictory report stays consistent:\n" + text);
			assertTrue(text.contains("T6: "), text);
		}
		String text = service().render(report, new FixtureTemplate(), OutputFormat.TEXT).text();
		assertTrue(text.contains("Intervertebral discs normal."), "a region without findings keeps its statement:\n" + text);
	}

	@Test
	void everyExampleCaseRendersInBothFormats() throws Exception {
		TemplateServiceImpl service = service();
		for (String id : SampleCases.IDS) {
			Report report = SampleCases.load(id);
			String text = service.render(report, new FixtureTemplate(), OutputFormat.TEXT).text();
			assertTrue(text.contains("IMPRESSION\n1. "), id + ":\n" + text);
			service.render(report, new FixtureTemplate(), OutputFormat.HTML);
		}
	}

	@Test
	void comparisonDateIsClosedInParentheses() throws Exception {
		String text = service().render(SampleCases.load("TUM-01"), new FixtureTemplate(), OutputFormat.TEXT).text();
		assertTrue(text.contains("Staging CT 2 weeks earlier (T6 lesion lytic) (2026-10-22)."), text);
	}

	@Test
	void numbersAreWrittenTheSameInEveryLocale() throws Exception {
		java.util.Locale before = java.util.Locale.getDefault();
		java.util.Locale.setDefault(java.util.Locale.GERMANY);
		try {
			String text = service().render(SampleCases.load("INF-01"), new FixtureTemplate(), OutputFormat.TEXT).text();
			assertTrue(text.contains("(8.2 mL)"), text);
		} finally {
			java.util.Locale.setDefault(before);
		}
	}

	@Test
	void dicomNamesReadNaturally() {
		assertEquals("Jane Doe", ReportView.displayName("DOE^JANE"));
		assertEquals("Anna Maria Smith", ReportView.displayName("SMITH^ANNA^MARIA"));
	}
}
