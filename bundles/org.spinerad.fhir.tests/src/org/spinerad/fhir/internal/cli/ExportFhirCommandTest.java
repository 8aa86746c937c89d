package org.spinerad.fhir.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.fhir.internal.Fhir;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ReportIO;
import org.spinerad.samples.SampleCases;

/** {@code cli export-fhir}: the Bundle of a signed report, and the refusal of a draft. */
class ExportFhirCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(new ByteArrayOutputStream(), true),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
		return new ExportFhirCommand().run(List.of(args), context);
	}

	@Test
	void writesTheBundleWithTheGivenText() throws Exception {
		Report report = SampleCases.load("INF-02");
		report.setSigner("Dr. Example Radiologist");
		report.setPreliminaryAt(new Date(0));
		report.setSignedAt(new Date(1000));
		report.setStatus(ReportStatus.FINAL);
		ReportIO.write(report, dir.resolve("report.json"));
		Files.writeString(dir.resolve("report.txt"), "THE RENDERED REPORT\n", StandardCharsets.UTF_8);
		assertEquals(CliCommand.OK, run("--report", "report.json", "--text", "report.txt", "--out", "out.json"));
		Bundle bundle = Fhir.parse(Bundle.class, Files.readString(dir.resolve("out.json"), StandardCharsets.UTF_8));
		DiagnosticReport dr = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(DiagnosticReport.class::isInstance).map(DiagnosticReport.class::cast).findFirst().orElseThrow();
		assertEquals("final", dr.getStatus().toCode());
		assertEquals("THE RENDERED REPORT\n",
				new String(dr.getPresentedFormFirstRep().getData(), StandardCharsets.UTF_8));
		String said = err.toString(StandardCharsets.UTF_8);
		assertTrue(said.contains("DiagnosticReport final"), said);
	}

	@Test
	void refusesADraftSayingHowToFixIt() throws Exception {
		ReportIO.write(SampleCases.load("INF-02"), dir.resolve("draft.json"));
		CliException e = assertThrows(CliException.class,
				() -> run("--report", "draft.json", "--out", "out.json"));
		assertTrue(e.getMessage().startsWith("export-fhir: ") && e.getMessage().contains("sign it"), e.getMessage());
		assertTrue(Files.notExists(dir.resolve("out.json")));
	}
}
