package org.spinerad.templates.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.internal.FixtureTemplate;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.SigningCheckImpl;
import org.spinerad.templates.internal.TemplateRegistryImpl;
import org.spinerad.templates.internal.TemplateServiceImpl;

/** {@code cli validate}, on real files. */
class ValidateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private CommandContext context() {
		return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, dir);
	}

	private ValidateCommand command() {
		TemplateRegistryImpl registry = new TemplateRegistryImpl();
		registry.addTemplate(new FixtureTemplate());
		return new ValidateCommand(new SigningCheckImpl(registry, new TemplateServiceImpl(dir.resolve("dept"),
				new SandboxedRenderer())));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void validatePrintsDiagnosticsAndExitsWithOneOnErrors() throws Exception {
		Report report = SampleCases.load("INF-01");
		report.setTemplateId(new FixtureTemplate().id());
		ReportIO.write(report, dir.resolve("ok.xmi"));
		assertEquals(0, command().run(List.of("--report", "ok.xmi", "--signing"), context()), out());
		assertTrue(out().endsWith("0 error(s), 0 warning(s)\n"), out());
		out.reset();
		report.getExam().getContrast().setVolumeMl(30.0);
		report.getCommunications().clear();
		ReportIO.write(report, dir.resolve("bad.json"));
		assertEquals(1, command().run(List.of("--report", "bad.json", "--signing"), context()));
		assertTrue(out().contains("error: Exam, contrast") && out().contains("The volume 30.0 mL does not match"), out());
		assertTrue(out().contains("[critical.communication]"), out());
		assertTrue(out().contains("2 error(s)"), out());
	}

	@Test
	void aReportWhoseTemplateIsNotInstalledCannotPassSigning() throws Exception {
		Report report = SampleCases.load("INF-01");
		report.setTemplateId("org.spinerad.templates.absent");
		ReportIO.write(report, dir.resolve("r.json"));
		assertEquals(1, command().run(List.of("--report", "r.json", "--signing"), context()));
		assertTrue(out().contains("'org.spinerad.templates.absent' is not installed"), out());
		out.reset();
		assertEquals(0, command().run(List.of("--report", "r.json"), context()), out());
	}

	@Test
	void validateForSigningRefusesARegionThatIsNormalAndHasFindings() throws Exception {
		Report report = SampleCases.load("INF-01");
		report.setTemplateId(new FixtureTemplate().id());
		org.spinerad.model.query.Reports.region(report, org.spinerad.model.RegionKind.EPIDURAL).orElseThrow()
				.setStatement("No epidural abscess.");
		ReportIO.write(report, dir.resolve("contradiction.json"));
		assertEquals(0, command().run(List.of("--report", "contradiction.json"), context()),
				"while editing it is a warning");
		out.reset();
		assertEquals(1, command().run(List.of("--report", "contradiction.json", "--signing"), context()));
		assertTrue(out().contains("error: " + org.spinerad.model.validation.Words.region(org.spinerad.model.RegionKind.EPIDURAL)), out());
		assertTrue(out().contains("remove the normal statement or the findings [region.normal-with-findings]"), out());
	}

	@Test
	void validateForSigningNamesTheMissingHeaderFields() throws Exception {
		Report report = SampleCases.load("INF-01");
		report.setTemplateId(new FixtureTemplate().id());
		report.getStudy().setAccessionNumber(null);
		report.getStudy().setClinicalIndication("  ");
		report.getPatient().setSex(org.spinerad.model.Sex.UNKNOWN);
		ReportIO.write(report, dir.resolve("header.json"));
		assertEquals(0, command().run(List.of("--report", "header.json"), context()), "a draft may lack them: " + out());
		out.reset();
		assertEquals(1, command().run(List.of("--report", "header.json", "--signing"), context()));
		for (String field : List.of("sex", "accession number", "clinical indication")) {
			assertTrue(out().contains("The study header has no " + field
					+ "; enter it in the header at the top of the report before signing [signoff.header]"), out());
		}
		assertTrue(out().contains("3 error(s)"), out());
	}

	@Test
	void validateOfAnUnreadableFileIsAUserError() throws Exception {
		Files.writeString(dir.resolve("x.json"), "{ not json");
		CliException e = assertThrows(CliException.class,
				() -> command().run(List.of("--report", "x.json"), context()));
		assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
		assertThrows(CliException.class, () -> command().run(List.of(), context()));
		String json = new String(ReportIO.toBytes(SampleCases.load("INF-01"), ReportIO.Format.JSON),
				StandardCharsets.UTF_8).replaceFirst("#//MarrowFinding\"", "#//MarowFinding\"");
		Files.writeString(dir.resolve("f.json"), json);
		CliException unknown = assertThrows(CliException.class,
				() -> command().run(List.of("--report", "f.json"), context()));
		assertTrue(unknown.getMessage().matches(".*f\\.json: line \\d+, column \\d+: .*"), unknown.getMessage());
	}
}
