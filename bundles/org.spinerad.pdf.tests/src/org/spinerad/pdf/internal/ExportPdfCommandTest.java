package org.spinerad.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ReportIO;

/** {@code cli export-pdf}: the command as registered in the running framework. */
class ExportPdfCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		CliCommand command = PdfFixtures.service(CliCommand.class, "export-pdf");
		return command.run(List.of(args), new CommandContext(new PrintStream(new ByteArrayOutputStream(), true,
				StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir));
	}

	@Test
	void writesThePdfOfASignedReport() throws Exception {
		Report report = PdfFixtures.signedFinal("POST-01");
		ReportIO.write(report, dir.resolve("report.json"));
		assertEquals(CliCommand.OK, run("--report", "report.json", "--out", "report.pdf"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("wrote the PDF"), err.toString(StandardCharsets.UTF_8));
		String text = PdfFixtures.text(dir.resolve("report.pdf"));
		assertTrue(text.contains("accession " + PdfFixtures.words(report.getStudy().getAccessionNumber())), text);
		assertTrue(text.contains("electronically signed by"), text);
	}

	@Test
	void aDraftIsAUserErrorAndNothingIsWritten() throws Exception {
		Report report = PdfFixtures.signedFinal("POST-01");
		report.setStatus(ReportStatus.DRAFT);
		ReportIO.write(report, dir.resolve("draft.json"));
		CliException e = assertThrows(CliException.class, () -> run("--report", "draft.json", "--out", "draft.pdf"));
		assertTrue(e.getMessage().startsWith("export-pdf: draft.json: A draft has no PDF"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("draft.pdf")));
	}

	@Test
	void theOutputIsRequired() throws Exception {
		ReportIO.write(PdfFixtures.signedFinal("POST-01"), dir.resolve("report.json"));
		CliException e = assertThrows(CliException.class, () -> run("--report", "report.json"));
		assertTrue(e.getMessage().contains("--out"), e.getMessage());
	}
}
