package org.spinerad.templates.postop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.OutputFormat;
import org.spinerad.testsupport.RegionsCheck;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.TemplateServiceImpl;

/** The shipped template renders its example cases like the expected reports. */
class PostopTemplateRenderingTest {

	@TempDir
	Path folder;

	private final PostopTemplate template = new PostopTemplate();

	@ParameterizedTest
	@ValueSource(strings = { "POST-01", "POST-02", "POST-03" })
	void rendersTheExpectedImpressionAndDecisions(String id) throws Exception {
		TemplateServiceImpl service = new TemplateServiceImpl(folder, new SandboxedRenderer());
		Report report = SampleCases.load(id);
		String text = service.render(report, template, OutputFormat.TEXT).text();
		int number = 1;
		for (ImpressionItem item : report.getImpression().stream().sorted((a, b) -> Boolean.compare(b.isCritical(), a.isCritical())).toList()) {
			String expected = number++ + ". " + item.getText().strip();
			assertTrue(text.contains(expected.endsWith(".") ? expected : expected + "."), id + " has '" + expected + "':\n" + text);
		}
		String decisions = text.substring(Math.max(0, text.indexOf("\nDECISION SUPPORT")));
		for (Conclusion c : service.decide(report, template)) {
			// informational ones too (e.g. SINS 0 to 6, Bilsky 0 to 1b, a negative work-up)
			assertTrue(decisions.contains("- " + c.label() + ": " + c.value()), id + " shows " + c.label() + " ("
					+ c.level() + ") in the decision support:\n" + text);
		}
		assertTrue(text.startsWith("MRI SPINE WITH CONTRAST"), text);
		assertTrue(text.contains("Template: " + template.id() + " 1.0.0"), text);
		RegionsCheck.inAnatomicalOrder(text);
		String html = service.render(report, template, OutputFormat.HTML).text();
		assertTrue(html.contains("<ol class=\"impression\">"), html);
	}

	@Test
	void theFormOffersEveryRegionWithANormalStatement() {
		var form = template.form();
		assertEquals(6, form.regions().size());
		form.regions().forEach(r -> assertFalse(r.normalStatement().isBlank(), r.kind() + " has a normal statement"));
		assertTrue(form.regions().stream().flatMap(r -> r.fields().stream()).anyMatch(f -> f.required()),
				"the template marks required fields");
	}
}
