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
import org.spinerad.ris.RisExport;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.internal.dialogs.UiPreferences;

/**
 * Sends a signed report on: to the RIS as HL7 ORU^R01 through the durable
 * outbox (preliminary P, final F, addendum C) and as DICOM SR to the PACS, each
 * when configured (PACS failures are queued for retry). Runs in the
 * background; problems are shown when they arrive; the RIS delivery state shows
 * in the worklist.
 */
public final class Delivery {

	private static final ExecutorService SENDER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "spinerad-delivery");
		t.setDaemon(true);
		return t;
	});

	private Delivery() {
	}

	private static void queueForRis(Report report, IEclipseContext context, Shell shell, UISynchronize sync) {
		RisExport ris = context.get(RisExport.class);
		String host = UiPreferences.get(UiPreferences.RIS_HOST);
		if (ris == null || host.isBlank()) {
			return;
		}
		ris.applySettings(ris.settings().withEndpoint(host, Integer.parseInt(UiPreferences.get(UiPreferences.RIS_PORT))));
		TemplateService templates = context.get(TemplateService.class);
		TemplateRegistry registry = context.get(TemplateRegistry.class);
		SENDER.execute(() -> {
			String problem = null;
			try {
				TemplateProvider template = registry.find(report.getTemplateId()).orElseThrow(
						() -> new IllegalStateException("the template " + report.getTemplateId() + " is not installed"));
				String text = templates.render(report, template, OutputFormat.TEXT).text();
				ris.queue(report, text);
			} catch (TemplateError e) {
				problem = "The report text could not be rendered for the RIS: " + e.describe();
			} catch (Exception e) {
				problem = "The report could not be queued for the RIS: " + e.getMessage();
			}
			if (problem != null) {
				String shown = problem;
				sync.asyncExec(() -> {
					if (!shell.isDisposed()) {
						MessageDialog.openError(shell, "RIS", shown);
					}
				});
			}
		});
	}

	/** Sends a signed report; returns at once. */
	public static void afterSigning(Report report, IEclipseContext context, Shell shell) {
		UISynchronize sync = context.get(UISynchronize.class);
		queueForRis(report, context, shell, sync);
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
