package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.SrExportException;
import org.spinerad.model.Report;

/** {@code cli export-sr --report FILE --out FILE.dcm}: writes the report as DICOM SR. */
@Component(service = CliCommand.class)
public final class ExportSrCommand implements CliCommand {

	@Override
	public String name() {
		return "export-sr";
	}

	@Override
	public String summary() {
		return "Write a report as a DICOM Comprehensive SR (TID 2000) file";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli export-sr --report FILE --out FILE.dcm [--force]

				Writes the report (.xmi or .json) as a DICOM Part 10 file: Comprehensive SR,
				TID 2000 Basic Diagnostic Imaging Report, new Series and SOP Instance UIDs.
				Completion and verification flags follow the report status.
				Control characters that DICOM text does not allow are replaced (said on
				standard error). Prints the SOP Instance UID. Exit code 1 when the report has
				no Study Instance UID, a final report is not signed, a signed report fails the
				checks of signing (cli validate --signing), or --out exists without --force.

				Options:
				  --report FILE  the report
				  --out FILE     the DICOM file to write
				  --force        overwrite --out
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report", "out"), Set.of("force"), name());
		Report report = ReportArguments.read(options.require("report", name()), context);
		Path out = context.resolve(options.require("out", name()));
		if (Files.exists(out) && !options.has("force")) {
			throw new CliException(name() + ": " + out + " exists; use --force to overwrite it");
		}
		try {
			new SrExporter().write(report, out, note -> context.err().println("note: " + note));
		} catch (SrExportException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CliException(name() + ": cannot write " + out + ": " + e.getMessage(), e);
		}
		String uid = DicomReader.read(out).dataSet().getString(Tag.SOPInstanceUID);
		context.out().println("wrote " + out + " (SOP Instance UID " + uid + ")");
		return OK;
	}
}
