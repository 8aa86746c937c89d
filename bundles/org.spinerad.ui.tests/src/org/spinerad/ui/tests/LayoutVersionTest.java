package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.IModelResourceHandler;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.app.internal.VersionedLayout;

/**
 * The window layout a user leaves (sash widths, part sizes) is restored at the
 * next start of the same version; one saved by a version with another layout,
 * or before layouts had versions, is dropped, so the user gets this version's
 * layout without resetting anything. Loads and saves through the same handler
 * the running workstation uses, in a workspace of its own.
 */
class LayoutVersionTest {

	private static final String WORKLIST_STACK = "org.spinerad.app.partstack.worklist";

	@TempDir
	Path workspace;

	@Test
	void theWorkstationKeepsItsLayoutWithAVersion() {
		assertInstanceOf(VersionedLayout.class, Workbench.application().getContext().get(IModelResourceHandler.class),
				"the product names the versioned layout handler");
	}

	@Test
	void aLayoutOfAnotherVersionIsDroppedAndOneOfThisVersionIsRestored() throws Exception {
		Path folder = workspace.resolve(".metadata/.plugins/org.eclipse.e4.workbench");
		String shipped = worklistWeight(load(handler()));

		// the user drags the sash: the worklist takes 70 parts; quitting saves the layout with its version
		VersionedLayout first = handler();
		Resource layout = load(first);
		worklist(layout).setContainerData("70");
		first.save();
		assertTrue(Files.exists(folder.resolve("workbench.xmi")));
		assertEquals(String.valueOf(VersionedLayout.VERSION),
				Files.readString(folder.resolve("org.spinerad.layout.version")).strip());

		assertEquals("70", worklistWeight(load(handler())), "the next start of this version restores the layout");

		// the same layout saved by the version before (no version beside it) is dropped at start
		Files.delete(folder.resolve("org.spinerad.layout.version"));
		assertEquals(shipped, worklistWeight(load(handler())), "an older version's layout gives way to this one's");

		// and so is one of an older numbered version
		VersionedLayout again = handler();
		layout = load(again);
		worklist(layout).setContainerData("70");
		again.save();
		Files.writeString(folder.resolve("org.spinerad.layout.version"), (VersionedLayout.VERSION - 1) + "\n");
		assertEquals(shipped, worklistWeight(load(handler())));
	}

	/** A handler of the layout in the test's own workspace, as the workstation makes it at start. */
	private VersionedLayout handler() throws Exception {
		IEclipseContext running = Workbench.application().getContext();
		IEclipseContext context = running.createChild("layout in " + workspace);
		Location location = ((Location) running.get("instanceLocation")).createLocation(null,
				workspace.toUri().toURL(), false);
		context.set("instanceLocation", location);
		context.set(IWorkbench.PERSIST_STATE, Boolean.TRUE);
		context.set(IWorkbench.CLEAR_PERSISTED_STATE, Boolean.FALSE);
		return ContextInjectionFactory.make(VersionedLayout.class, context);
	}

	private static Resource load(VersionedLayout handler) {
		return handler.loadMostRecentModel();
	}

	private static String worklistWeight(Resource layout) {
		return worklist(layout).getContainerData();
	}

	private static MUIElement worklist(Resource layout) {
		MApplication application = (MApplication) layout.getContents().get(0);
		for (var it = ((EObject) application).eAllContents(); it.hasNext();) {
			if (it.next() instanceof MUIElement element && WORKLIST_STACK.equals(element.getElementId())) {
				return element;
			}
		}
		throw new AssertionError("no worklist stack in the layout");
	}
}
