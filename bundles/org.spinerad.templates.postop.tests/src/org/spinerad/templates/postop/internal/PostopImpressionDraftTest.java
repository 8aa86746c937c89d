package org.spinerad.templates.postop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.AxialPosition;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.TemplateServiceImpl;
import org.spinerad.testsupport.ExpectedImpressions;

/**
 * The drafted impression of each example case, made from its findings with the
 * impression removed, states every item of the guide's expected impression, in
 * order: level, key finding and grade or score.
 */
class PostopImpressionDraftTest {

	/** Expected items the draft cannot state, and why. */
	private static final Map<String, String> GAPS = Map.of();

	@TempDir
	Path folder;

	private final PostopTemplate template = new PostopTemplate();

	@ParameterizedTest
	@ValueSource(strings = { "POST-01", "POST-02", "POST-03" })
	void draftsTheExpectedImpressionInOrder(String id) throws Exception {
		Report report = SampleCases.load(id);
		report.getImpression().clear();
		List<ImpressionItem> draft = new TemplateServiceImpl(folder, new SandboxedRenderer()).draftImpression(report,
				template);
		ExpectedImpressions.assertDrafted(id, draft, GAPS);
	}

	@Test
	void draftsTheRecordedNerveRootAndAxialPosition() throws Exception {
		assertTrue(draft("POST-01").contains(
				"Ventrolateral epidural fibrosis at left L5-S1 encasing the left S1 nerve root. No recurrent or residual disc herniation."),
				draft("POST-01").toString());
		assertTrue(draft("POST-02").get(0).endsWith(", displacing the right L5 nerve root."), draft("POST-02").toString());
		assertTrue(draft("POST-03").contains("Dorsal epidural fibrosis at L4. No recurrent or residual disc herniation."),
				draft("POST-03").toString());
		Report report = SampleCases.load("POST-01");
		report.getImpression().clear();
		EpiduralFinding scar = (EpiduralFinding) Reports.findings(report).stream()
				.filter(f -> "F4".equals(f.getId())).findFirst().orElseThrow();
		scar.setNerveRoot(null);
		scar.setAxialPosition(AxialPosition.UNSPECIFIED);
		assertEquals("Epidural fibrosis at left L5-S1 encasing the nerve root. No recurrent or residual disc herniation.",
				texts(report).get(0), "without a recorded root or position the draft says neither");
	}

	private List<String> draft(String id) throws Exception {
		Report report = SampleCases.load(id);
		report.getImpression().clear();
		return texts(report);
	}

	private List<String> texts(Report report) throws Exception {
		return new TemplateServiceImpl(folder, new SandboxedRenderer()).draftImpression(report, template).stream()
				.map(ImpressionItem::getText).toList();
	}
}
