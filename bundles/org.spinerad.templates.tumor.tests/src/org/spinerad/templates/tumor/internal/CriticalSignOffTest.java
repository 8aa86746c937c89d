package org.spinerad.templates.tumor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DecisionOverride;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.validation.Problem;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.AcrCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.SigningCheck;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.SigningCheckImpl;
import org.spinerad.templates.internal.TemplateRegistryImpl;
import org.spinerad.templates.internal.TemplateServiceImpl;
import org.spinerad.templates.internal.cli.ValidateCommand;
import org.spinerad.testsupport.CriticalSignOff;

/**
 * Critical results of the tumor cases reach sign-off: refused without a
 * communication record even when nothing is flagged critical by hand,
 * accepted with the case's record; the same through {@code cli validate --signing}.
 */
class CriticalSignOffTest {

	@TempDir
	Path dir;

	private TemplateServiceImpl service;
	private SigningCheck check;

	private SigningCheck check() {
		if (check == null) {
			TemplateRegistryImpl registry = new TemplateRegistryImpl();
			registry.addTemplate(new TumorTemplate());
			service = new TemplateServiceImpl(dir.resolve("dept"), new SandboxedRenderer());
			check = new SigningCheckImpl(registry, service);
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
	@ValueSource(strings = { "TUM-02", "TUM-04" })
	void aCriticalCaseIsRefusedWithoutARecordAndAcceptedWithOne(String id) throws Exception {
		CriticalSignOff.assertRefusedWithoutRecord(id, SampleCases.load(id), this::errors, this::validate);
	}

	@Test
	void highGradeCompressionIsCategoryOneAndUnstableSinsOneToTwo() {
		List<Conclusion> needed = check().communicationNeeded(SampleCases.load("TUM-02"));
		assertTrue(needed.stream().anyMatch(c -> c.ruleId().equals(TumorDecisionSupport.BILSKY_RULE)
				&& c.acrCategory() == AcrCategory.CATEGORY_1), needed.toString());
		assertTrue(needed.stream().anyMatch(c -> c.ruleId().equals(TumorDecisionSupport.SINS_RULE)
				&& c.acrCategory() == AcrCategory.CATEGORY_1_2), needed.toString());
		assertEquals(AcrCategory.CATEGORY_1, needed.get(0).acrCategory());
	}

	@Test
	void sinsSevenNeedsANotificationOrARoutineChoice() throws Exception {
		Report report = SampleCases.load("TUM-01");
		assertFalse(errors(report).isEmpty());
		assertTrue(errors(report).stream().allMatch(SigningCheck.DECISION_NOTIFICATION::equals), errors(report).toString());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(1, validate(report, "tum01.json", out), out.toString());
		CriticalCommunication routine = ReportFactory.eINSTANCE.createCriticalCommunication();
		routine.setRoutine(true);
		routine.setAcrCategory(3);
		report.getCommunications().add(routine);
		assertEquals(List.of(), errors(report));
		String text = service.render(report, new TumorTemplate(), OutputFormat.TEXT).text();
		assertTrue(text.contains("Routine communication (ACR category 3)"), text);
		assertTrue(text.contains("[ACR category 2\u20133: communicate within hours to days]"), text);
	}

	@Test
	void overridingACriticalConclusionNeedsAReasonThatIsPrinted() throws Exception {
		Report report = SampleCases.load("TUM-02");
		CriticalSignOff.unflag(report);
		List<Conclusion> needed = check().communicationNeeded(report);
		assertFalse(needed.isEmpty());
		for (Conclusion c : needed) {
			DecisionOverride o = ReportFactory.eINSTANCE.createDecisionOverride();
			o.setRuleId(c.ruleId());
			o.setSuggestion(c.value());
			o.setDecision("not critical");
			report.getOverrides().add(o);
		}
		assertTrue(errors(report).contains(SigningCheck.OVERRIDE_REASON), errors(report).toString());
		assertFalse(errors(report).contains(SigningCheck.DECISION_COMMUNICATION), errors(report).toString());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(1, validate(report, "override.json", out), out.toString());
		assertTrue(out.toString().contains("has no reason"), out.toString());
		report.getOverrides().forEach(o -> o.setReason("Reviewed with the prior CT: artefact"));
		assertEquals(List.of(), errors(report));
		String text = service.render(report, new TumorTemplate(), OutputFormat.TEXT).text();
		assertTrue(text.contains("reason: Reviewed with the prior CT: artefact"), text);
	}
}
