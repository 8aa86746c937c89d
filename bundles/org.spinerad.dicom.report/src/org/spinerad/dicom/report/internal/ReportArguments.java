package org.spinerad.dicom.report.internal;

import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;

/** Reading the report named on the command line. */
final class ReportArguments {

	private ReportArguments() {
	}

	static Report read(String path, CommandContext context) throws CliException {
		try {
			return ReportIO.read(context.resolve(path));
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}
}
