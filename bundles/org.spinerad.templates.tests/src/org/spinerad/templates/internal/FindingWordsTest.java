package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.ParaspinalSite;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.OutputFormat;

/** Words of findings that said more than was seen. */
class FindingWordsTest {

	@TempDir
	Path folder;

	private String render(Report report) throws Exception {
		return new TemplateServiceImpl(folder, new SandboxedRenderer()).render(report, new FixtureTemplate(),
				OutputFormat.TEXT).text();
	}

	@Test
	void aDeformedThecalSacDoesNotDeformTheCord() throws Exception {
		// TUM-01: Bilsky 1b, the thecal sac deformed and the cord not touched
		Report report = SampleCases.load("TUM-01");
		String text = render(report);
		assertFalse(text.contains("deforming the cord"), text);
		assertTrue(text.contains("deforming the thecal sac without touching the cord"), text);
	}

	@Test
	void aThoracicParaspinalFindingIsNotCalledPsoas() throws Exception {
		Report report = SampleCases.load("TUM-01");
		ParaspinalFinding p = (ParaspinalFinding) Reports.region(report, RegionKind.PARASPINAL).orElseThrow()
				.getFindings().get(0);
		p.setSite(ParaspinalSite.PSOAS); // what a site never chosen reads as: the default literal
		p.setFrom(SpineLevel.valueOf("T6"));
		String thoracic = render(report);
		assertFalse(thoracic.toLowerCase().contains("psoas"), thoracic);
		p.setFrom(SpineLevel.valueOf("L3"));
		assertTrue(render(report).contains("psoas"), "at L3 the psoas is a possible site");
	}
}
