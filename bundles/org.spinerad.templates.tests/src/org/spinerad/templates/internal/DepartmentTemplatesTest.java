package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.RenderResult;
import org.spinerad.templates.TemplateError;

/** An admin customizes a template in the department folder: check, publish, version, diff, revert. */
class DepartmentTemplatesTest {

	@TempDir
	Path folder;

	private final FixtureTemplate template = new FixtureTemplate();

	private TemplateServiceImpl service() {
		return new TemplateServiceImpl(folder, new SandboxedRenderer());
	}

	@Test
	void aBrokenTemplateFailsTheCheckWithItsLocationAndIsNotPublished() throws Exception {
		TemplateServiceImpl service = service();
		List<String> problems = service.check(template, "report.txt.ftl", "HEADER\n${patient.name\n");
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).startsWith("org.spinerad.templates.fixture/report.txt.ftl, line 2, column"),
				problems.get(0));
		assertThrows(TemplateError.class, () -> service.publish(template, "report.txt.ftl", "${", "admin"));
		assertFalse(Files.exists(folder.resolve(template.id()).resolve("report.txt.ftl")), "nothing written");
		assertEquals("1.0.0", service.effectiveVersion(template));
	}

	@Test
	void aTemplateThatFailsOnOneExampleCaseIsRefused() {
		// only the tumor cases have a known primary cancer: the others make this fail
		List<String> problems = service().check(template, "report.txt.ftl", "${clinical.knownPrimaryCancer}");
		assertFalse(problems.isEmpty());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("example case INF-01: ")), problems.toString());
		assertTrue(problems.stream().noneMatch(p -> p.startsWith("example case TUM-01: ")), problems.toString());
	}

	@Test
	void publishingVersionsTheTemplateAndReportsRecordIt() throws Exception {
		TemplateServiceImpl service = service();
		String source = service.source(template, "report.txt.ftl").replace("test template", "department template");
		assertEquals(List.of(), service.check(template, "report.txt.ftl", source));
		assertEquals("1.0.0-dept.1", service.publish(template, "report.txt.ftl", source, "Admin A"));
		Report report = SampleCases.load("TUM-02");
		RenderResult result = service.render(report, template, OutputFormat.TEXT);
		assertTrue(result.text().startsWith("MRI SPINE WITH CONTRAST: DEPARTMENT TEMPLATE"), result.text());
		assertEquals("1.0.0-dept.1", result.templateVersion());
		assertEquals("department", result.origin());
		assertTrue(result.text().contains("Template: org.spinerad.templates.fixture 1.0.0-dept.1"));
		assertEquals("1.0.0-dept.2", service.publish(template, "report.txt.ftl", source + "\nFOOTER", "Admin B"));
		assertTrue(Files.exists(folder.resolve(template.id()).resolve("history/1/report.txt.ftl")),
				"every published version is kept");
		assertTrue(Files.readString(folder.resolve(template.id()).resolve("history/2/published.properties"))
				.contains("author=Admin B"));
	}

	@Test
	void diffAgainstTheShippedDefaultAndRevert() throws Exception {
		TemplateServiceImpl service = service();
		assertEquals("", service.diff(template, "report.txt.ftl"));
		String source = service.source(template, "report.txt.ftl").replace("test template", "our template");
		service.publish(template, "report.txt.ftl", source, "Admin");
		String diff = service.diff(template, "report.txt.ftl");
		assertTrue(diff.contains("--- shipped/report.txt.ftl"), diff);
		assertTrue(diff.contains("-<@page title=\"MRI spine with contrast: test template\"/>"), diff);
		assertTrue(diff.contains("+<@page title=\"MRI spine with contrast: our template\"/>"), diff);
		service.revert(template, "report.txt.ftl");
		assertEquals("", service.diff(template, "report.txt.ftl"));
		assertEquals("1.0.0", service.effectiveVersion(template));
		assertTrue(service.render(SampleCases.load("INF-03"), template, OutputFormat.TEXT).text()
				.startsWith("MRI SPINE WITH CONTRAST: TEST TEMPLATE"));
	}

	@Test
	void aBrokenFileInTheFolderGivesAnErrorNotACrash() throws Exception {
		Path dir = Files.createDirectories(folder.resolve(template.id()));
		Files.writeString(dir.resolve("report.txt.ftl"), "<#list impression as>");
		Report report = SampleCases.load("INF-01");
		TemplateError e = assertThrows(TemplateError.class, () -> service().render(report, template, OutputFormat.TEXT));
		assertTrue(e.describe().contains("line 1"), e.describe());
	}

	@Test
	void showAndDiffRefuseAFileThatLinksOutOfTheFolder() throws Exception {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET");
		Path dir = Files.createDirectories(folder.resolve(template.id()));
		Files.createSymbolicLink(dir.resolve("report.txt.ftl"), secret);
		TemplateServiceImpl service = service();
		TemplateError shown = assertThrows(TemplateError.class, () -> service.source(template, "report.txt.ftl"));
		assertTrue(shown.getMessage().contains("links out of the department folder"), shown.describe());
		TemplateError diff = assertThrows(TemplateError.class, () -> service.diff(template, "report.txt.ftl"));
		assertFalse(diff.getMessage().contains("SECRET"), diff.describe());
	}

	@Test
	void aDepartmentRewordsThePhrasesOfEveryReportThroughTheLibrary() throws Exception {
		TemplateServiceImpl service = service();
		String shipped = service.shippedSource(template, "lib/phrases.ftl");
		String ours = shipped.replace("\"T1 \" + l.t1 + ref", "\"on T1 \" + l.t1 + ref");
		assertEquals(List.of(), service.check(template, "lib/phrases.ftl", ours));
		assertEquals("1.0.0-dept.1", service.publish(template, "lib/phrases.ftl", ours, "Admin"));
		String text = service.render(SampleCases.load("INF-01"), template, OutputFormat.TEXT).text();
		assertTrue(text.contains("on T1 hypointense relative to disc"), text);
		assertTrue(service.diff(template, "lib/phrases.ftl").contains("+    <#local p = p + [\"on T1 \""));
		service.revert(template, "lib/phrases.ftl");
		assertFalse(service.render(SampleCases.load("INF-01"), template, OutputFormat.TEXT).text().contains("on T1"));
	}

	@Test
	void fileNamesCannotEscapeTheFolder() {
		assertThrows(TemplateError.class, () -> service().publish(template, "../../evil.ftl", "x", "admin"));
		assertThrows(TemplateError.class, () -> service().source(template, "/etc/passwd"));
		assertThrows(TemplateError.class, () -> service().source(template, "lib/../../x.ftl"));
		assertThrows(TemplateError.class, () -> service().source(template, "lib/.hidden.ftl"));
	}
}
