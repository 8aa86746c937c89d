package org.spinerad.ui.internal;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.distribution.DistributionException;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.store.OutboxMessage;

/**
 * Hands a signed, saved report to the distribution service, which records it
 * durably and queues it on every channel (RIS, PACS, ...) in the background.
 * Where it stands shows in the worklist and the status bar.
 */
public final class Delivery {

	private Delivery() {
	}

	/**
	 * @return the messages to save with a signed report (the department database's outbox), so the report and
	 *         its messages are committed together; empty with the folder store
	 */
	public static List<OutboxMessage> queuedWithSigning(Report report, IEclipseContext context) {
		DistributionService distribution = context.get(DistributionService.class);
		return distribution == null ? List.of() : distribution.outboxMessages(report);
	}

	/** Sends a signed report on; returns at once. */
	public static void afterSigning(Report report, IEclipseContext context, Shell shell) {
		DistributionService distribution = context.get(DistributionService.class);
		if (distribution == null) {
			MessageDialog.openError(shell, "Sending the report", PatientLine.about(report,
					"The report is signed and saved, but the distribution "
					+ "service is not installed, so it was not sent: install the bundle org.spinerad.distribution; "
					+ "the report is sent at the next start"));
			return;
		}
		try {
			distribution.distribute(report);
		} catch (DistributionException e) {
			MessageDialog.openError(shell, "Sending the report", PatientLine.about(report,
					"The report is signed and saved, but it was not sent: " + e.getMessage()));
		}
	}
}
