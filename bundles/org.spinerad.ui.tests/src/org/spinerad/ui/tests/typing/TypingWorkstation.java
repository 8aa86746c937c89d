package org.spinerad.ui.tests.typing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.store.StoreException;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.parts.ReportPart;
import org.spinerad.ui.session.ReportSession;

/**
 * The real workstation (the product's e4 application, unchanged) plus a typist
 * thread. Once the window is up, the typist, in mode
 * <ul>
 * <li>{@code type}: opens a report and types into a region's remark field
 * without end, one key at a time through the real widget and its listeners, at
 * {@value #PACE_MILLIS} ms per key; prints "ready N" (N: the remark's length
 * before typing), then "typed N" after each key;</li>
 * <li>{@code quit}: types {@value #QUIT_AFTER} keys the same way, then closes
 * the workstation as the Quit command does;</li>
 * <li>{@code recover}: waits for the recovery question of the start, prints
 * "question TEXT", answers Yes, then prints "recovered N" (N: the length of the
 * remark in the report now open).</li>
 * </ul>
 * Run in a separate JVM by the tests of this package.
 */
public final class TypingWorkstation implements IApplication {

	/** The report typed into, one of the example cases the store starts with. */
	public static final String REPORT_ID = "case-TUM-01";
	/** The field typed into. */
	public static final String FIELD_ID = "org.spinerad.ui.report.region.bone_marrow.remark";
	/** Time between two keys: 50 keys a second, several times a fast typist. */
	public static final long PACE_MILLIS = 20;

	/** System property that selects the mode. */
	public static final String MODE = "spinerad.test.mode";
	/** Keys typed before quitting in mode {@code quit}. */
	public static final int QUIT_AFTER = 20;

	private static final String E4_APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application";

	/** @return the i-th typed character (from 1): a..z repeated, so a draft can be checked against it */
	public static char key(int i) {
		return (char) ('a' + (i - 1) % 26);
	}

	@Override
	public Object start(IApplicationContext context) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Thread typist = new Thread(() -> {
			try {
				type(out);
			} catch (Throwable e) {
				out.println("failed " + e);
				e.printStackTrace(out);
			}
		}, "typist");
		typist.setDaemon(true);
		typist.start();
		return workstation().start(context);
	}

	private static IApplication workstation() throws Exception {
		IExtension extension = RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.applications",
				E4_APPLICATION);
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			for (IConfigurationElement run : element.getChildren("run")) {
				return (IApplication) run.createExecutableExtension("class");
			}
		}
		throw new IllegalStateException("no application " + E4_APPLICATION);
	}

	private static void type(PrintStream out) throws Exception {
		org.osgi.framework.Bundle self = FrameworkUtil.getBundle(TypingWorkstation.class);
		if (self.getBundleContext() == null) {
			self.start(org.osgi.framework.Bundle.START_TRANSIENT); // a test bundle is not started by itself
		}
		BundleContext bundles = self.getBundleContext();
		ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(bundles, IWorkbench.class, null);
		tracker.open();
		IWorkbench workbench = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
		if (workbench == null) {
			throw new IllegalStateException("the workbench did not start");
		}
		MApplication application = workbench.getApplication();
		Ui ui = Ui.of(Display.getDefault()); // the workbench's display exists by now
		String mode = System.getProperty(MODE, "type");
		if (mode.equals("recover")) {
			recover(ui, application, out);
			return;
		}
		ui.shell("Spine MRI Reporting");
		ui.get("org.spinerad.ui.part.worklist.table", org.eclipse.swt.widgets.Table.class);
		ReportSession session = application.getContext().get(ReportSession.class);
		ui.onUi(() -> {
			try {
				session.open(REPORT_ID);
			} catch (StoreException e) {
				throw new IllegalStateException(e);
			}
			EPartService parts = application.getContext().get(EPartService.class);
			parts.activate(parts.findPart(ReportPart.ID), true);
			return null;
		});
		Text field = ui.get(FIELD_ID, Text.class);
		ui.focus(field);
		out.println("ready " + ui.onUi(field::getCharCount));
		int keys = mode.equals("quit") ? QUIT_AFTER : Integer.MAX_VALUE;
		for (int i = 1; i <= keys; i++) {
			char c = key(i);
			ui.onUi(() -> {
				key(field, SWT.KeyDown, c);
				field.setSelection(field.getCharCount());
				field.insert(String.valueOf(c));
				key(field, SWT.KeyUp, c);
				return null;
			});
			out.println("typed " + i);
			Thread.sleep(PACE_MILLIS);
		}
		out.println("quit");
		ui.onUi(workbench::close);
	}

	private static void recover(Ui ui, MApplication application, PrintStream out) {
		java.util.concurrent.atomic.AtomicReference<org.eclipse.swt.widgets.Shell> question = new java.util.concurrent.atomic.AtomicReference<>();
		ui.waitUntil("the recovery question", java.time.Duration.ofSeconds(60), () -> ui.onUi(() -> {
			for (org.eclipse.swt.widgets.Shell shell : ui.display().getShells()) {
				if (shell.isVisible() && shell.getText().equals("Recover unsaved work")) {
					question.set(shell);
				}
			}
			return question.get() != null;
		}));
		ui.onUi(() -> {
			for (org.eclipse.swt.widgets.Label label : ui.all(question.get(), org.eclipse.swt.widgets.Label.class)) {
				if (label.getText().contains("report(s)")) {
					out.println("question " + label.getText().replace('\n', ' '));
				}
			}
			for (org.eclipse.swt.widgets.Button button : ui.all(question.get(), org.eclipse.swt.widgets.Button.class)) {
				if (button.getText().replace("&", "").equals("Yes")) {
					button.notifyListeners(SWT.Selection, new Event());
				}
			}
			return null;
		});
		ReportSession session = application.getContext().get(ReportSession.class);
		ui.waitUntil("the recovery to end", java.time.Duration.ofSeconds(30), () -> ui.onUi(() -> {
			for (org.eclipse.swt.widgets.Shell shell : ui.display().getShells()) {
				if (shell.isVisible() && shell.getText().equals("Recover unsaved work")) {
					return false;
				}
			}
			return true;
		}));
		String remark = ui.onUi(() -> {
			try {
				session.open(REPORT_ID);
			} catch (StoreException e) {
				throw new IllegalStateException(e);
			}
			var region = org.spinerad.model.query.Reports.region(session.report().orElseThrow(),
					org.spinerad.model.RegionKind.BONE_MARROW).orElseThrow();
			return region.getRemark() == null ? "" : region.getRemark();
		});
		out.println("recovered " + remark.length());
	}

	private static void key(Text field, int type, char c) {
		Event event = new Event();
		event.type = type;
		event.character = c;
		event.keyCode = c;
		field.notifyListeners(type, event);
	}

	@Override
	public void stop() {
		// killed, never stopped
	}
}
