package org.spinerad.templates.tumor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
		List<String> texts = draft.stream().map(ImpressionItem::getText).toList();
		ExpectedImpressions.assertStated(id, texts, GAPS);
		for (ImpressionItem item : draft) {
			assertNotNull(item.getDraftKey(), item.getText());
			assertFalse(item.isEdited(), item.getText());
			assertTrue(item.getText().endsWith("."), item.getText());
			assertFalse(item.getFindings().isEmpty(), "linked to its findings: " + item.getText());
		}
		assertEquals(draft.size(), draft.stream().map(ImpressionItem::getDraftKey).distinct().count(),
				"every drafted item has its own key");
		for (int i = 1; i < draft.size(); i++) {
			assertFalse(draft.get(i).isCritical() && !draft.get(i - 1).isCritical(), "critical items come first: " + texts);
		}
	}
}
