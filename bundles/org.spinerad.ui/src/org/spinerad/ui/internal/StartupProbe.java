package org.spinerad.ui.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;
import org.spinerad.ui.WidgetIds;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * Times the workstation's start when {@code -Dspinerad.startup.trace=<file>} is given (the cold-start harness of
 * releng/benchmarks does): when the workbench model is ready, when the window is shown, and, with
 * {@code -Dspinerad.startup.open=<accession>}, when that report is open with an editable field. It appends one
 * line of epoch milliseconds to the file, with the processor time the process has used until then, and, with
 * {@code -Dspinerad.startup.exit=true}, closes the workstation.
 * Without the trace property it does nothing.
 */
public final class StartupProbe {

	private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());
	private static final String TRACE = System.getProperty("spinerad.startup.trace");
	/** How long the probe waits for the editable report before it records a failure. */
	private static final long GIVE_UP_MILLIS = 60_000;
	/** Every report has regions: a region's statement or remark is the first field a radiologist types into. */
	private static final String REGION_FIELD = "org.spinerad.ui.report.region.";

	private long model;

	@PostConstruct
	void modelReady() {
		model = System.currentTimeMillis();
	}

	@Inject
	@Optional
	void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, IEclipseContext context) {
		if (TRACE == null) {
			return;
		}
		long window = System.currentTimeMillis();
		Display display = Display.getCurrent();
		String accession = System.getProperty("spinerad.startup.open");
		if (accession == null) {
			finish(context, window, 0);
			return;
		}
		ReportSession session = context.get(ReportSession.class);
		try {
			String id = session.store().list().stream().filter(s -> accession.equals(s.accessionNumber()))
					.map(ReportSummary::id).findFirst().orElseThrow(() -> new StoreException(
							"no report with accession " + accession + " in " + session.store().location()));
			session.open(id);
			EPartService parts = context.get(EPartService.class);
			var part = parts == null ? null : parts.findPart(ReportPart.ID);
			if (part != null) {
				parts.activate(part, true);
			}
		} catch (StoreException e) {
			LOG.log(Level.WARNING, "Startup trace: " + e.getMessage());
			finish(context, window, -1);
			return;
		}
		waitForEditor(display, context, window, window + GIVE_UP_MILLIS);
	}

	/** Polls each event-loop turn (at most every 5 ms) until an editable, visible field of the report is shown. */
	private void waitForEditor(Display display, IEclipseContext context, long window, long deadline) {
		display.asyncExec(() -> {
			if (editable(display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0])) {
				finish(context, window, System.currentTimeMillis());
			} else if (System.currentTimeMillis() > deadline) {
				finish(context, window, -1);
			} else {
				display.timerExec(5, () -> waitForEditor(display, context, window, deadline));
			}
		});
	}

	private static boolean editable(Control control) {
		if (control instanceof Text text && text.isVisible() && text.getEditable()
				&& String.valueOf(text.getData(WidgetIds.KEY)).startsWith(REGION_FIELD)) {
			return true;
		}
		if (control instanceof Composite composite && !(control instanceof Shell shell && shell.getParent() != null)) {
			for (Control child : composite.getChildren()) {
				if (editable(child)) {
					return true;
				}
			}
		}
		return false;
	}

	private void finish(IEclipseContext context, long window, long editor) {
		// the processor time of all threads until now: what the start cost, whatever else the machine runs
		long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
		String line = "model=" + model + " window=" + window + " editable=" + editor + " cpu=" + cpu + "\n";
		try {
			Files.writeString(Path.of(TRACE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Startup trace not written to " + TRACE + ": " + e.getMessage());
		}
		if (Boolean.getBoolean("spinerad.startup.exit")) {
			IWorkbench workbench = context.get(IWorkbench.class);
			Display.getCurrent().asyncExec(() -> workbench.close());
		}
	}
}
