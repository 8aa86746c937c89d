package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.OutputFormat;

/** Decision support says which findings it left out for want of a level. */
class UnlocatedFindingsTest {

	@TempDir
	Path folder;

	private TemplateServiceImpl service() {
		return new TemplateServiceImpl(folder, new SandboxedRenderer());
	}

	@Test
	void aFindingWithoutALevelIsStatedAsSkippedByDecisionSupport() throws Exception {
		Report report = SampleCases.load("INF-01");
		EpiduralFinding epidural = (EpiduralFinding) Reports.region(report, RegionKind.EPIDURAL).orElseThrow().getFindings().get(0);
		epidural.setFrom(null);
		epidural.setTo(null);
		List<Conclusion> conclusions = service().decide(report, new FixtureTemplate());
		Conclusion skipped = conclusions.stream().filter(c -> c.ruleId().equals(TemplateServiceImpl.UNLOCATED_RULE))
				.findFirst().orElseThrow(() -> new AssertionError("no statement of the skipped finding: " + conclusions));
		assertEquals(ConclusionLevel.WARNING, skipped.level());
		assertEquals("skipped by decision support: F3", skipped.value());
		assertEquals("F3", skipped.reasons().get(0).findingId());
		String text = service().render(report, new FixtureTemplate(), OutputFormat.TEXT).text();
		assertTrue(text.contains("Findings without a level: skipped by decision support: F3"), text);
		assertTrue(service().decide(SampleCases.load("INF-01"), new FixtureTemplate()).stream()
				.noneMatch(c -> c.ruleId().equals(TemplateServiceImpl.UNLOCATED_RULE)), "nothing to say when all have levels");
	}

}
