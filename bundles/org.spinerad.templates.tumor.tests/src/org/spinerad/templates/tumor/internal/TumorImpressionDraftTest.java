package org.spinerad.templates.tumor.internal;


import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.TemplateServiceImpl;
import org.spinerad.testsupport.ExpectedImpressions;

/**
 * The drafted impression of each example case, made from its findings with the
 * impression removed, states every item of the guide's expected impression, in
 * order: level, key finding and grade or score.
 */
class TumorImpressionDraftTest {

	/** Expected items the draft cannot state, and why. */
	private static final Map<String, String> GAPS = Map.of();

	@TempDir
	Path folder;

	private final TumorTemplate template = new TumorTemplate();

	@ParameterizedTest
	@ValueSource(strings = { "TUM-01", "TUM-02", "TUM-03", "TUM-04" })
	void draftsTheExpectedImpressionInOrder(String id) throws Exception {
		Report report = SampleCases.load(id);
		report.getImpression().clear();
		List<ImpressionItem> draft = new TemplateServiceImpl(folder, new SandboxedRenderer()).draftImpression(report,
				template);
		ExpectedImpressions.assertDrafted(id, draft, GAPS);
	}
}
