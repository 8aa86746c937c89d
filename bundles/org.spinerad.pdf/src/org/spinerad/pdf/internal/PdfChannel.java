package org.spinerad.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionChannel;
import org.spinerad.distribution.Rendition;
import org.spinerad.model.Report;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.pdf.PdfException;
import org.spinerad.pdf.PdfService;

/**
 * A folder as a distribution channel: the PDF of every signed step
 * (preliminary, final, each addendum) is written there as
 * {@code <report id>-<step>.pdf}, atomically; an amended report's PDF says which
 * final report it amends. A step whose file is already there is not written
 * again. Without a configured folder nothing is written and the state says how
 * to set one.
 */
@Component(service = DistributionChannel.class)
public final class PdfChannel implements DistributionChannel {

	@Reference
	volatile PdfService pdf;

	/** For Declarative Services. */
	public PdfChannel() {
	}

	/** A channel on a given PDF service (tools and tests). */
	public PdfChannel(PdfService pdf) {
		this.pdf = pdf;
	}

	@Override
	public String id() {
		return "pdf";
	}

	@Override
	public String label() {
		return "PDF";
	}

	@Override
	public boolean appliesTo(Report report) {
		return SignedStep.of(report) != null;
	}

	@Override
	public ChannelState send(Report report, Rendition rendition) {
		ChannelState base = new ChannelState(report.getId(), id(), label(), SignedStep.of(report), Stage.QUEUED, "",
				null);
		Optional<Path> folder;
		try {
			folder = PdfSettings.folder();
		} catch (IllegalArgumentException e) {
			return base.with(Stage.NOT_SENT, e.getMessage());
		}
		if (folder.isEmpty()) {
			return base.with(Stage.NOT_SENT, PdfSettings.NOT_CONFIGURED);
		}
		try {
			Path file = folder.get().resolve(pdf.fileName(report));
			if (Files.isRegularFile(file)) {
				return base.with(Stage.DELIVERED, "already written: " + file);
			}
			byte[] document = pdf.render(report);
			Files.createDirectories(folder.get());
			AtomicFiles.write(file, document);
			return base.with(Stage.DELIVERED, "written: " + file);
		} catch (PdfException e) {
			return base.with(Stage.NOT_SENT, e.getMessage());
		} catch (IOException e) {
			return base.with(Stage.NOT_SENT, "the PDF cannot be written in " + folder.get() + ": " + e.getMessage()
					+ "; check that the folder exists and is writable, then retry");
		}
	}
}
