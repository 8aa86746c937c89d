package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.dicom.report.BadFile;
import org.spinerad.dicom.report.ImportResult;
import org.spinerad.dicom.report.ImportedSeries;
import org.spinerad.dicom.report.ImportedStudy;
import org.spinerad.dicom.report.StudyImporter;

/** {@code cli import-dicom DIR|DICOMDIR}: lists the studies found and the bad files. */
@Component(service = CliCommand.class)
public final class ImportDicomCommand implements CliCommand {

	@Override
	public String name() {
		return "import-dicom";
	}

	@Override
	public String summary() {
		return "List the DICOM studies in a folder or DICOMDIR, and the files that cannot be used";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli import-dicom DIR|DICOMDIR

				Reads every regular file below DIR (or the files a DICOMDIR references), groups
				them by study and prints each study (patient, date, accession, series with
				pre/post contrast) and then each file that could not be used, with why:
				  bad: <file>: <reason>
				Named pipes, devices, sockets and links to folders are listed as bad, never
				read. Control characters are shown in caret notation (^[ for ESC).
				Exit code 0 when at least one study was found, else 1.
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of(), Set.of(), name());
		if (options.positional().size() != 1) {
			throw new CliException(name() + ": give one folder or DICOMDIR; see 'cli help " + name() + "'");
		}
		Path path = context.resolve(options.positional().get(0));
		ImportResult result;
		try {
			result = StudyImporter.create().importFrom(path);
		} catch (NoSuchFileException e) {
			throw new CliException(name() + ": " + path + " does not exist");
		} catch (IOException e) {
			throw new CliException(name() + ": cannot read " + path + ": " + e.getMessage(), e);
		}
		print(result, context.out());
		return result.studies().isEmpty() ? USER_ERROR : OK;
	}

	static void print(ImportResult result, PrintStream out) {
		out.printf(Locale.ROOT, "%d file(s) read, %d stud%s, %d bad file(s)%n", result.filesRead(),
				result.studies().size(), result.studies().size() == 1 ? "y" : "ies", result.badFiles().size());
		for (ImportedStudy s : result.studies()) {
			out.printf(Locale.ROOT, "study %s%n", or(s.studyInstanceUid()));
			out.printf(Locale.ROOT, "  patient: %s, id %s%n", or(s.patientName()), or(s.patientId()));
			out.printf(Locale.ROOT, "  date: %s, accession: %s, description: %s%n",
					s.studyDateTime() == null ? "-" : s.studyDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
					or(s.accessionNumber()), or(s.description()));
			if (s.contrastAgent() != null) {
				out.printf(Locale.ROOT, "  contrast: %s%n", or(s.contrastAgent()));
			}
			for (ImportedSeries x : s.series()) {
				out.printf(Locale.ROOT, "  series %s %s %s: %d instance(s)%s%n",
						x.seriesNumber() == null ? "-" : x.seriesNumber(), or(x.modality()), or(x.description()),
						x.instances(), x.postContrast() ? ", post contrast" : "");
			}
		}
		for (BadFile bad : result.badFiles()) {
			out.printf(Locale.ROOT, "bad: %s: %s%n", or(bad.file()), or(bad.reason()));
		}
	}

	/**
	 * @return a value as printed: "-" when missing; control characters (an ESC
	 *         sequence in a patient name or a file name) in caret notation, so
	 *         nothing read from a file drives the user's terminal
	 */
	private static String or(Object value) {
		return value == null ? "-" : BadFile.printable(value.toString());
	}
}
