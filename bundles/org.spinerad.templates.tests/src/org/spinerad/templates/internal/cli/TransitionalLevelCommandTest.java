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
import org.spinerad.model.DiscFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.TransitionalAnatomy;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.internal.FixtureTemplate;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.SigningCheckImpl;
import org.spinerad.templates.internal.TemplateRegistryImpl;
import org.spinerad.templates.internal.TemplateServiceImpl;

/** {@code cli validate} on the sacral disc of a lumbarized S1, and on a level that does not exist. */
class TransitionalLevelCommandTest {

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

	private static Report withSacralDisc(TransitionalAnatomy anatomy) throws Exception {
		Report report = SampleCases.load("POST-01");
		report.setTemplateId(new FixtureTemplate().id());
		report.getExam().setTransitionalAnatomy(anatomy);
		DiscFinding disc = ReportFactory.eINSTANCE.createDiscFinding();
		disc.setId("F20");
		disc.setFrom(SpineLevel.valueOf("S1-S2"));
		disc.setDescription("rudimentary disc");
		Reports.region(report, RegionKind.DISC).orElseThrow().getFindings().add(disc);
		Reports.region(report, RegionKind.DISC).orElseThrow().setStatement(null);
		Reports.region(report, RegionKind.DISC).orElseThrow().setNormal(false);
		return report;
	}

	@Test
	void theSacralDiscValidatesOnlyWithALumbarizedS1() throws Exception {
		ReportIO.write(withSacralDisc(TransitionalAnatomy.LUMBARIZED_S1), dir.resolve("lumbarized.json"));
		assertTrue(Files.readString(dir.resolve("lumbarized.json")).contains("\"from\" : \"S1-S2\""));
		assertEquals(0, command().run(List.of("--report", "lumbarized.json"), context()), out());
		assertTrue(out().contains("\n0 error(s)") || out().startsWith("0 error(s)"), out());
		out.reset();
		ReportIO.write(withSacralDisc(TransitionalAnatomy.NONE), dir.resolve("none.json"));
		assertEquals(1, command().run(List.of("--report", "none.json"), context()), out());
		assertTrue(out().contains("[level.transitional-disc]") && out().contains("finding F20")
				&& out().contains("set the exam's transitional anatomy to lumbarized S1"), out());
	}

	@Test
	void aLevelThatDoesNotExistIsRefusedWithLineAndColumn() throws Exception {
		ReportIO.write(withSacralDisc(TransitionalAnatomy.LUMBARIZED_S1), dir.resolve("r.json"));
		String json = Files.readString(dir.resolve("r.json")).replace("\"S1-S2\"", "\"S2-S3\"");
		Files.writeString(dir.resolve("r.json"), json);
		String[] lines = json.split("\n", -1);
		int line = 0;
		while (!lines[line].contains("S2-S3")) {
			line++;
		}
		String where = "line " + (line + 1) + ", column " + (lines[line].indexOf("\"S2-S3\"") + 1) + ": ";
		CliException e = assertThrows(CliException.class, () -> command().run(List.of("--report", "r.json"), context()));
		assertTrue(e.getMessage().contains(where + "at regions[1].findings["), e.getMessage());
		assertTrue(e.getMessage().contains("'S2-S3' is not a spinal level (There is no disc between S2 and S3)"),
				e.getMessage());
	}
}
