package org.spinerad.ui.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.spinerad.dicom.report.PacsService;
import org.spinerad.dicom.report.SendResult;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.ui.internal.dialogs.UiPreferences;

/**
 * Sends a signed report on: as DICOM SR to the PACS when one is configured
 * (failures are queued for retry). Runs in the background; the result is shown
 * when it arrives.
 */
public final class Delivery {

	private static final ExecutorService SENDER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "spinerad-delivery");
		t.setDaemon(true);
		return t;
	});

	private Delivery() {
	}

	/** Sends a signed report; returns at once. */
	public static void afterSigning(Report report, IEclipseContext context, Shell shell) {
		UISynchronize sync = context.get(UISynchronize.class);
		String pacsUrl = UiPreferences.get(UiPreferences.PACS_URL);
		PacsService pacs = context.get(PacsService.class);
		if (pacs == null || pacsUrl.isBlank() || report.getStatus() == ReportStatus.PRELIMINARY) {
			return;
		}
		System.setProperty("spinerad.pacs.url", pacsUrl);
		SENDER.execute(() -> {
			String message;
			try {
				SendResult result = pacs.send(report);
				message = result.message();
			} catch (Exception e) {
				message = "The structured report could not be prepared for the PACS: " + e.getMessage();
			}
			String shown = message;
			sync.asyncExec(() -> {
				if (!shell.isDisposed()) {
					MessageDialog.openInformation(shell, "PACS", shown);
				}
			});
		});
	}
}
