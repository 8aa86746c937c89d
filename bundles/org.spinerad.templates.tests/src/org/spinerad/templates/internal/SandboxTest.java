package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.TemplateError;

import freemarker.template.Configuration;

/** Admin templates are untrusted: known template-injection payloads are refused. */
class SandboxTest {

	@TempDir
	Path folder;

	private final SandboxedRenderer renderer = new SandboxedRenderer(Duration.ofMillis(1500), 100_000);

	private String render(String source) throws Exception {
		Configuration cfg = renderer.configuration(new FixtureTemplate(), folder, Map.of("evil.ftl", source));
		Map<String, Object> model = ReportView.of(SampleCases.load("INF-01"), List.of(), "x", "1");
		return renderer.render(cfg, "evil.ftl", "evil.ftl", model);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// class instantiation through ?new (Execute runs shell commands)
			"<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
			"${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\",\"/etc/passwd\")}",
			"<#assign j=\"freemarker.template.utility.JythonRuntime\"?new()><@j>import os</@j>",
			"${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
			// the ?api escape to Java methods
			"${patient?api.getClass().getName()}",
			"<#assign cl=report?api.class.getClassLoader()>${cl}",
			// reaching Java methods on the data model
			"${patient.getClass()}",
			"${patient.class.protectionDomain.codeSource.location}",
			// evaluating a payload built at run time
			"${\"\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")\"?eval}",
			"<#assign t=\"<#assign e='freemarker.template.utility.Execute'?new()>${e('id')}\"?interpret><@t/>",
			// file access outside the template folders
			"<#include \"/etc/passwd\">",
			"<#include \"../../../../../../etc/passwd\">",
			"<#include \"file:///etc/passwd\">",
			"<#import \"http://example.org/x.ftl\" as x>",
			// static models and the object wrapper's hidden statics
			"${statics[\"java.lang.System\"].getProperty(\"user.home\")}",
			"${.data_model?keys?join(\",\")}${.data_model.getClass()}" })
	void injectionPayloadsAreRefused(String payload) {
		TemplateError e = assertThrows(TemplateError.class, () -> render(payload), payload);
		assertFalse(e.getMessage().contains("uid="), "no command ran");
		assertFalse(e.getMessage().contains("root:"), "no file was read");
	}

	@Test
	void theDepartmentFolderCannotBeLeftThroughLinks() throws Exception {
		Path secret = Files.writeString(folder.getParent().resolve("secret-" + System.nanoTime() + ".ftl"), "SECRET");
		Path templateDir = Files.createDirectories(folder.resolve("t"));
		Files.createSymbolicLink(templateDir.resolve("link.ftl"), secret);
		Configuration cfg = renderer.configuration(new FixtureTemplate(), templateDir, Map.of());
		TemplateError e = assertThrows(TemplateError.class, () -> renderer.render(cfg, "link.ftl", "link.ftl", Map.of()));
		assertFalse(e.getMessage().contains("SECRET"));
		Files.delete(secret);
	}

	@Test
	void aLoopThatNeverEndsIsStoppedAtTheTimeLimit() {
		long start = System.nanoTime();
		TemplateError e = assertThrows(TemplateError.class, () -> render("<#list 1.. as i><#if i < 0>x</#if></#list>"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(e.getMessage().contains("longer than the limit"), e.getMessage());
		assertTrue(millis < 10_000, "stopped promptly: " + millis + " ms");
	}

	@Test
	void endlessOutputIsCapped() {
		TemplateError e = assertThrows(TemplateError.class, () -> render("<#list 1.. as i>xxxxxxxxxx</#list>"));
		assertTrue(e.getMessage().contains("exceeded the limit of 100000 characters"), e.getMessage());
	}

	@Test
	void errorsNameTemplateLineColumnAndExpression() {
		TemplateError e = assertThrows(TemplateError.class, () -> render("line one\n  ${patient.nonsense.deeper}"));
		assertEquals("evil.ftl", e.templateName());
		assertEquals(2, e.line());
		assertEquals(5, e.column());
		assertEquals("patient.nonsense", e.expression());
		assertTrue(e.describe().startsWith("evil.ftl, line 2, column 5: "), e.describe());
	}

	@Test
	void syntaxErrorsNameLineAndColumn() {
		TemplateError e = assertThrows(TemplateError.class, () -> render("ok\n<#if x>unclosed"));
		assertTrue(e.line() >= 2, e.describe());
		assertTrue(e.getMessage().startsWith("syntax error"), e.getMessage());
	}

	@Test
	void harmlessBuiltinsStillWork() throws Exception {
		assertEquals("CASE-INF-01 5", render("${report.id?upper_case} ${impression?size}"));
	}
}
