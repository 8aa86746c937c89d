package org.spinerad.fhir.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.distribution.DistributionService;
import org.spinerad.distribution.ExportArguments;
import org.spinerad.fhir.FhirException;
import org.spinerad.fhir.FhirStatus;
import org.spinerad.fhir.internal.Fhir;
import org.spinerad.fhir.internal.FhirReportBuilder;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;

/** {@code spinerad cli export-fhir}: writes the FHIR R4 transaction Bundle of a signed report. */
@Component(service = CliCommand.class)
public final class ExportFhirCommand implements CliCommand {

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	volatile DistributionService distribution;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	volatile PdfService pdf;

	@Override
	public String name() {
		return "export-fhir";
	}

	@Override
	public String summary() {
		return "Write the FHIR R4 resources of a signed report (transaction Bundle, JSON)";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli export-fhir --report FILE --out FILE.json [--text FILE]

				Writes the HL7 FHIR R4 transaction Bundle of a signed report: the Patient, the
				ImagingStudy, one Observation per finding and the DiagnosticReport (status
				preliminary, final, or amended once the report has addenda, as HL7 P/F/C), with
				the conclusion and the report's PDF and rendered text as presented forms (the PDF
				only when the report's template is installed). Entries are PUTs with ids
				derived from the report, so sending a later step updates the same resources.
				Nothing is sent; the workstation's FHIR channel sends to the configured server.

				Options:
				  --report FILE  the report (.xmi or .json), signed preliminary or final
				  --out FILE     where to write the Bundle (UTF-8 JSON)
				  --text FILE    the rendered plain-text report (UTF-8); default: render it with
				                 the report's template, or without one the impression (said on
				                 standard error)
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report", "out", "text"), Set.of(), name());
		Report report = ExportArguments.report(options, context, name());
		Path out = context.resolve(options.require("out", name()));
		FhirStatus status;
		Bundle bundle;
		try {
			status = FhirReportBuilder.check(report);
			bundle = new FhirReportBuilder().build(report, text(options, report, context), pdf(report, context));
		} catch (FhirException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		}
		try {
			AtomicFiles.write(out, Fhir.json(bundle).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CliException(name() + ": " + out + " cannot be written: " + e.getMessage()
					+ "; choose a writable folder", e);
		}
		context.err().println("wrote FHIR R4 transaction Bundle (DiagnosticReport " + status.code() + ", "
				+ bundle.getEntry().size() + " resources) to " + out);
		return OK;
	}

	private byte[] pdf(Report report, CommandContext context) {
		PdfService current = pdf;
		if (current == null) {
			context.err().println("note: the PDF service is not installed; the presented form is the text only");
			return null;
		}
		try {
			return current.render(report);
		} catch (PdfException e) {
			context.err().println("note: no PDF in the presented form: " + e.getMessage());
			return null;
		}
	}

	private String text(Options options, Report report, CommandContext context) throws CliException {
		return ExportArguments.text(options, report, context, name(), distribution, () -> {
			StringBuilder b = new StringBuilder("IMPRESSION\n");
			for (ImpressionItem item : report.getImpression()) {
				b.append("- ").append(item.getText()).append('\n');
			}
			return b.toString();
		}, "the presented form is the impression only");
	}
}
