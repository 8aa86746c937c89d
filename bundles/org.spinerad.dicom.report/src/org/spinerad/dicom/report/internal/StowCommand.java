package org.spinerad.dicom.report.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.dicom.report.DicomWebException;
import org.spinerad.dicom.report.PacsSettings;
import org.spinerad.dicom.report.QueuedSend;
import org.spinerad.dicom.report.SendResult;
import org.spinerad.dicom.report.SrExportException;
import org.spinerad.model.Report;

/** {@code cli stow --report FILE [--url URL]}: sends the report as SR to the PACS over STOW-RS. */
@Component(service = CliCommand.class)
public final class StowCommand implements CliCommand {

	@Override
	public String name() {
		return "stow";
	}

	@Override
	public String summary() {
		return "Send a signed report as DICOM SR to the PACS (DICOMweb STOW-RS); retry failed sends";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli stow --report FILE [--url URL]
				       spinerad cli stow --retry [--url URL]

				Exports the report (preliminary, final or amended) as SR and stores it on
				the PACS. When the PACS cannot take it, the SR is kept in the failed queue
				(system property spinerad.stow.queue, else dicom/stow-failed in the
				workspace) and the command exits with 1. --retry sends every queued SR
				again and removes those the PACS stores.

				Options:
				  --report FILE  the report (.xmi or .json)
				  --url URL      DICOMweb base URL, e.g. http://pacs:8042/dicom-web
				                 (default: system property spinerad.pacs.url)
				  --retry        send the failed queue again
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report", "url"), Set.of("retry"), name());
		DicomWebPacs.ClientSource clients;
		if (options.get("url").isPresent()) {
			URI url;
			try {
				url = PacsSettings.parse(options.get("url").get());
			} catch (DicomWebException e) {
				throw new CliException(name() + ": " + e.getMessage(), e);
			}
			clients = () -> new DicomWebClient(url);
		} else {
			clients = DicomWebClient::fromSettings;
		}
		DicomWebPacs pacs = new DicomWebPacs(clients, StowQueue.defaultQueue(), new SrExporter());
		if (options.has("retry")) {
			List<SendResult> results = pacs.retryAll();
			int failed = 0;
			for (SendResult r : results) {
				context.out().println(r.sopInstanceUid() + ": " + r.message());
				failed += r.stored() ? 0 : 1;
			}
			context.out().println(results.size() - failed + " stored, " + failed + " still queued in "
					+ pacs.queue().folder());
			return failed == 0 ? OK : USER_ERROR;
		}
		Report report = ReportArguments.read(options.require("report", name()), context);
		SendResult result;
		try {
			result = pacs.send(report);
		} catch (SrExportException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		}
		if (result.stored()) {
			context.out().println(result.sopInstanceUid() + ": " + result.message());
			return OK;
		}
		QueuedSend queued = result.queued();
		throw new CliException(name() + ": " + result.message() + "; queued as " + queued.file()
				+ "; retry with 'cli stow --retry'");
	}
}
