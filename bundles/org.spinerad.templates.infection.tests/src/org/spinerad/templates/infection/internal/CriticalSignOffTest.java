package org.spinerad.templates.infection.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.validation.Problem;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.SigningCheck;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.SigningCheckImpl;
import org.spinerad.templates.internal.TemplateRegistryImpl;
import org.spinerad.templates.internal.TemplateServiceImpl;
import org.spinerad.templates.internal.cli.ValidateCommand;
import org.spinerad.testsupport.CriticalSignOff;

/**
 * Critical results of the infection cases reach sign-off: refused without a
 * communication record even when nothing is flagged critical by hand,
 * accepted with the case's record; the same through {@code cli validate --signing}.
 */
class CriticalSignOffTest {

	@TempDir
	Path dir;

	private SigningCheck check;

	private SigningCheck check() {
		if (check == null) {
			TemplateRegistryImpl registry = new TemplateRegistryImpl();
			registry.addTemplate(new InfectionTemplate());
			check = new SigningCheckImpl(registry,
					new TemplateServiceImpl(dir.resolve("dept"), new SandboxedRenderer()));
		}
		return check;
	}

	private List<String> errors(Report report) {
		return check().check(report).stream().filter(Problem::isError).map(Problem::code).toList();
	}

	private int validate(Report report, String name, ByteArrayOutputStream out) throws Exception {
		ReportIO.write(report, dir.resolve(name));
		return new ValidateCommand(check()).run(List.of("--report", name, "--signing"),
				new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, dir));
	}

	@ParameterizedTest
	@ValueSource(strings = { "INF-01", "INF-02" })
	void aCriticalCaseIsRefusedWithoutARecordAndAcceptedWithOne(String id) throws Exception {
		CriticalSignOff.assertRefusedWithoutRecord(id, SampleCases.load(id), this::errors, this::validate);
	}

	@Test
	void epiduralAbscessIsCategoryOneAndNewSpondylodiscitisOneToTwo() {
		List<Conclusion> needed = check().communicationNeeded(SampleCases.load("INF-01"));
		assertEquals(InfectionDecisionSupport.CRITICAL_RULE, needed.get(0).ruleId(), needed.toString());
		assertEquals(AcrCategory.CATEGORY_1, needed.get(0).acrCategory());
		assertTrue(needed.stream().anyMatch(c -> c.ruleId().equals(Spondylodiscitis.RULE)
				&& c.acrCategory() == AcrCategory.CATEGORY_1_2), needed.toString());
	}

	@Test
	void aModicMimicNeedsNoCommunication() {
		Report report = SampleCases.load("INF-03");
		assertEquals(List.of(), check().communicationNeeded(report));
		assertEquals(List.of(), errors(report));
	}
}
