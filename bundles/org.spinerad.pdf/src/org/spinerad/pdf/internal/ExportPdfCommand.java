package org.spinerad.pdf.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.model.Report;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;

/** {@code cli export-pdf}: writes the PDF of a signed report. */
@Component(service = CliCommand.class)
public final class ExportPdfCommand implements CliCommand {

	@Reference
	volatile PdfService pdf;

	/** For Declarative Services. */
	public ExportPdfCommand() {
	}

	/** A command on a given PDF service (tests). */
	public ExportPdfCommand(PdfService pdf) {
		this.pdf = pdf;
	}

	@Override
	public String name() {
		return "export-pdf";
	}

	@Override
	public String summary() {
		return "Write the PDF of a signed report (A4, fonts embedded, PDF/A-2b)";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli export-pdf --report FILE --out FILE.pdf

				Renders the report's HTML with its template and lays it out on A4 pages:
				institution, patient and accession on every page, page x of y, a
				PRELIMINARY or AMENDED banner where it applies, the signature block with
				signer and time, and the addenda. The fonts are embedded (PDF/A-2b). The
				institution is the preference 'institution' of org.spinerad.pdf, else the
				study's. A draft has no PDF (exit 1).

				Options:
				  --report FILE   the report (.xmi or .json), signed preliminary, final or amended
				  --out FILE      where to write the PDF (replaced if it exists)
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report", "out"), Set.of(), name());
		Path reportFile = context.resolve(options.require("report", name()));
		Path out = context.resolve(options.require("out", name()));
		Report report;
		try {
			report = ReportIO.read(reportFile);
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
		byte[] document;
		try {
			document = pdf.render(report);
		} catch (PdfException e) {
			throw new CliException(name() + ": " + reportFile.getFileName() + ": " + e.getMessage(), e);
		}
		try {
			AtomicFiles.write(out, document);
		} catch (IOException e) {
			throw new CliException(name() + ": " + out + " cannot be written: " + e.getMessage()
					+ "; choose a writable folder", e);
		}
		context.err().println("wrote the PDF (" + document.length / 1024 + " KB, step " + SignedStep.of(report)
				+ ") to " + out);
		return OK;
	}
}
