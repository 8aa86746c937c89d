package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.WidgetIds;

/** The real workstation comes up with its window and both placeholder parts. */
class WorkstationTest {

	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void windowShowsWorklistAndReportParts() throws Exception {
		Shell window = ui.shell("Spine MRI Reporting");
		Composite worklist = ui.get("org.spinerad.ui.part.worklist", Composite.class);
		Composite report = ui.get("org.spinerad.ui.part.report", Composite.class);
		ui.waitUntil("both parts laid out with a size", Duration.ofSeconds(10),
				() -> worklist.getSize().x > 50 && report.getSize().x > 50 && worklist.isVisible()
						&& report.isVisible());
		assertTrue(report.getSize().x > worklist.getSize().x, "the report area is wider than the worklist");
		assertEquals(window, worklist.getShell());

		Path png = ui.screenshot(window, Screenshots.file("workstation"));
		ImageData picture = new ImageLoader().load(png.toString())[0];
		assertEquals(window.getSize().x, picture.width);
		assertTrue(Files.size(png) > 1000, "a real picture, not an empty file");
	}

	@Test
	void partsAreContributedToTheApplicationModel() {
		BundleContext context = FrameworkUtil.getBundle(WorkstationTest.class).getBundleContext();
		ServiceReference<IWorkbench> reference = context.getServiceReference(IWorkbench.class);
		assertNotNull(reference, "the e4 workbench runs as an OSGi service");
		MApplication application = context.getService(reference).getApplication();
		EModelService models = application.getContext().get(EModelService.class);
		for (String id : new String[] { "org.spinerad.ui.part.worklist", "org.spinerad.ui.part.report" }) {
			MPart part = (MPart) models.find(id, application);
			assertNotNull(part, id + " is in the application model");
			assertTrue(part.isToBeRendered() && part.getWidget() != null, id + " is rendered");
		}
	}

	@Test
	void widgetIdKeyOfTestSupportMatchesTheUi() {
		assertEquals(WidgetIds.KEY, Ui.ID_KEY);
	}
}
