package org.spinerad.templates.infection.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
class InfectionImpressionDraftTest {

	/** Expected items the draft cannot state, and why. */
	private static final Map<String, String> GAPS = Map.of();

	@TempDir
	Path folder;

	private final InfectionTemplate template = new InfectionTemplate();

	@ParameterizedTest
	@ValueSource(strings = { "INF-01", "INF-02", "INF-03" })
	void draftsTheExpectedImpressionInOrder(String id) throws Exception {
		Report report = SampleCases.load(id);
		report.getImpression().clear();
		List<ImpressionItem> draft = new TemplateServiceImpl(folder, new SandboxedRenderer()).draftImpression(report,
				template);
		ExpectedImpressions.assertDrafted(id, draft, GAPS);
	}

	@org.junit.jupiter.api.Test
	void aDepartmentRewordsTheDraftThroughCheckAndPublish() throws Exception {
		TemplateServiceImpl service = new TemplateServiceImpl(folder, new SandboxedRenderer());
		String name = "lib/impression.ftl";
		String shipped = service.shippedSource(template, name);
		String reworded = shipped.replace("No epidural or paraspinal collection.", "No epidural or paraspinal fluid collection.");
		assertTrue(service.check(template, name, reworded).isEmpty(), "the reworded file passes the check");
		assertFalse(service.check(template, name, shipped.replace("<#function sentence i>", "<#function sentence>")).isEmpty(),
				"a broken wording file is refused by the check");
		service.publish(template, name, reworded, "admin");
		Report report = SampleCases.load("INF-03");
		report.getImpression().clear();
		assertTrue(service.draftImpression(report, template).stream()
				.anyMatch(i -> i.getText().equals("No epidural or paraspinal fluid collection.")));
	}
}
